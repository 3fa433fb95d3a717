import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// The cmark-backed document model on tricky Markdown.
struct DocumentModelTests {
  private func statuses(_ body: String) -> [String: SectionStatus] {
    Dictionary(uniqueKeysWithValues: TestSupport.lint(body).sections.map { ($0.name, $0.status) })
  }

  @Test func textInHTMLBlocksIsPlacedAndScanned() {
    let document = TestSupport.parse("<p>\nSee <b>docs</b> #12 here\nFixes #13 <!-- Fixes #14 -->\n</p>\n")
    #expect(IssueReferences(in: document, platform: .github).all.map(\.issue) == ["#12", "#13"])
    #expect(
      IssueReferences(in: document, platform: .github).all.map(\.position) == [
        SourcePosition(line: 2, column: 17), SourcePosition(line: 3, column: 1),
      ])
    #expect(document.comments.map(\.text) == ["Fixes #14"])
    #expect(document.proseLines.contains { $0.text.contains("docs") && $0.position?.line == 2 })
  }

  @Test func aHashAboveAnUnderlineIsSetext() {
    #expect(TestSupport.parse("#tag\n---\n").headings.map(\.kind) == [.setext])
  }

  @Test func atxAndSetextHeadingsOpenSections() {
    let document = TestSupport.parse("Summary\n=======\nText.\n\nWhy\n---\nBecause.\n\n### Testing ###\nRan it.\n")
    #expect(document.headings.map(\.kind) == [.setext, .setext, .atx])
    #expect(document.headings.map(\.level) == [1, 2, 3])
    #expect(document.headings.map(\.text) == ["Summary", "Why", "Testing"])
    #expect(document.headings.map { $0.position?.line } == [1, 5, 9])
  }

  @Test func headingsInCodeQuotesAndListsDoNotOpenSections() {
    let body = """
      ```
      ## What
      ```
      > ## Why
      > quoted

      - ## Testing
        listed
      """
    #expect(TestSupport.parse(body).headings.isEmpty)
    #expect(statuses(body).values.allSatisfy { $0 == .missing })
  }

  @Test func sectionRunsToNextHeadingOfSameOrHigherLevel() {
    let body = """
      ## What
      ### Details
      Adds INT8 export.
      ## Why
      """
    let result = statuses(body)
    #expect(result["What"] == .filled)  // the sub-heading's content belongs to What
    #expect(result["Why"] == .empty)
  }

  @Test func htmlCommentsDoNotFillASection() {
    let body = "## Testing\n<!-- Describe how you tested. -->\n\nSome <!-- inline --> text\n"
    #expect(statuses(body)["Testing"] == .filled)
    #expect(statuses("## Testing\n<!--\nmulti-line\nprompt\n-->\n")["Testing"] == .empty)
    #expect(statuses("## Testing\nBefore <!-- x --> \n")["Testing"] == .filled)
    #expect(statuses("## Testing\n<!-- x --><!-- y -->\n")["Testing"] == .empty)
  }

  @Test func placeholdersAreEmptyButNoneAnswersBreakingChange() {
    #expect(statuses("## Why\nTODO\n")["Why"] == .empty)
    #expect(statuses("## Why\n- TBD\n- ...\n")["Why"] == .empty)
    #expect(statuses("## Why\nN/A\n")["Why"] == .empty)
    #expect(statuses("## Why\nNone\n")["Why"] == .empty)
    #expect(statuses("## Breaking change\nNone\n")["Breaking change"] == .filled)
    #expect(statuses("## Breaking change\nNo breaking changes.\n")["Breaking change"] == .filled)
    #expect(statuses("## Breaking change\nNone — default behaviour unchanged.\n")["Breaking change"] == .filled)
    #expect(statuses("## Breaking change\nTODO\n")["Breaking change"] == .empty)
  }

  @Test func codeImagesLinksAndTasksAreContentButFenceInfoIsNot() {
    #expect(statuses("## Testing\n```\nswift test\n```\n")["Testing"] == .filled)
    #expect(statuses("## Testing\n```release-note\n```\n")["Testing"] == .empty)
    #expect(statuses("## Testing\n![run](shot.png)\n")["Testing"] == .filled)
    #expect(statuses("## Testing\n<img src=\"shot.png\">\n")["Testing"] == .filled)
    #expect(statuses("## Testing\n[CI run](https://ci.example/1)\n")["Testing"] == .filled)
    #expect(statuses("## Testing\n- [ ] manual\n")["Testing"] == .filled)
  }

  @Test func emojiNumberingAndPunctuationAreNormalisedAway() {
    let document = TestSupport.parse("## 1. :rocket: What's *new*?\n## 2) 🧪 Test-plan\n## `How` it works\n")
    #expect(document.headings.map(\.normalized) == ["what s new", "test plan", "how it works"])
    #expect(statuses("## :memo: Summary\nText.\n## ✅ Test plan:\nRan.\n")["Testing"] == .filled)
    #expect(HeadingNormalizer.normalize("1️⃣ Why") == "why")
  }

  @Test func aliasesMatchExactlyNotBySubstring() {
    let result = statuses(
      "## Reformat\nText.\n## Why are these changes needed?\nText.\n## Motivation and context\nText.\n")
    #expect(result["Why"] == .missing)
    #expect(result["How"] == .missing)
  }

  @Test func firstHeadingOfACanonicalSectionCounts() {
    let result = TestSupport.lint("## Summary\n<!-- -->\n## Description\nReal text.\n")
    let what = result.sections.first { $0.name == "What" }
    #expect(what?.heading == "Summary")
    #expect(what?.status == .empty)
  }

  @Test func pseudoHeadings() {
    let body = """
      **Why:** because edge devices need it.

      **Testing**
      Ran the suite.

      **How**: per-channel scales.
      """
    let document = TestSupport.parse(body)
    #expect(document.headings.map(\.text) == ["Why", "Testing", "How"])
    #expect(document.headings.allSatisfy { $0.kind == .pseudo })
    let result = statuses(body)
    #expect(result["Why"] == .filled)
    #expect(result["Testing"] == .filled)
    #expect(result["How"] == .filled)
    #expect(statuses("**Why:**\n\n**Testing:** ran it.\n")["Why"] == .empty)
    #expect(TestSupport.parse("***Why:*** speed.\n").headings.map(\.text) == ["Why"])
    #expect(
      TestSupport.parse("**How `quantize()` works:** per channel.\n").headings.map(\.text) == ["How quantize() works"])
    #expect(statuses("**Testing `swift test`:**\n")["Testing"] == .missing)
  }

  /// Kubernetes-style labels: the parenthetical belongs to the label, so it neither fills the section the
  /// label opens nor the one before it.
  @Test func pseudoHeadingWithAParentheticalInEmphasis() {
    let body = """
      **What this PR does**:

      **Which issue(s) this PR fixes** *(optional, in `fixes #<issue number>` format)*:
      Fixes #12

      **Testing** _(how you checked it)_

      """
    let document = TestSupport.parse(body)
    #expect(document.headings.map(\.text) == ["What this PR does", "Which issue(s) this PR fixes", "Testing"])
    #expect(
      document.headings.map(\.note) == [nil, "(optional, in fixes #<issue number> format)", "(how you checked it)"])
    #expect(document.wordCount == 2)
    // Emphasis that is not a parenthetical, or prose after one, leaves bold text as prose.
    #expect(TestSupport.parse("**Note** *well*: prose.\n").headings.isEmpty)
    #expect(TestSupport.parse("**Note** *(really)* that this is prose.\n").headings.isEmpty)
  }

  @Test func pseudoHeadingsOnlyAtTopLevelAndOnTheFirstLine() {
    let document = TestSupport.parse(
      "- **Why:** in a list\n\n> **How:** quoted\n\nText first\n**Testing:** not first line\n")
    #expect(document.headings.isEmpty)
    #expect(TestSupport.parse("**Note** that this is prose.\n").headings.isEmpty)
  }

  @Test func pseudoHeadingNestsInAHeadingSection() {
    let body = "## Description\n**Why:** speed.\n\nMore description.\n## Testing\nRan.\n"
    let result = TestSupport.lint(body)
    #expect(result.sections.first { $0.name == "What" }?.content.words.contains("More") == true)
    #expect(statuses(body)["Why"] == .filled)
  }

  @Test func pseudoHeadingsCanBeTurnedOff() {
    var configuration = TestSupport.defaultConfiguration
    configuration.pseudoHeadings = false
    let result = TestSupport.lint("**Why:** because.\n", configuration: configuration)
    #expect(result.sections.first { $0.name == "Why" }?.status == .missing)
  }

  @Test func crlfAndLoneCRGiveTheSameResultAsLF() {
    let lf = "## What\nAdds <!-- c --> INT8.\n\n- [ ] task\n\nFixes #12\n"
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    let cr = lf.replacingOccurrences(of: "\n", with: "\r")
    let expected = TestSupport.lint(lf)
    for variant in [crlf, cr] {
      let result = TestSupport.lint(variant)
      #expect(result.sections == expected.sections)
      #expect(result.references == expected.references)
      #expect(result.diagnostics == expected.diagnostics)
    }
  }

  /// GFM's task items: a box, then whitespace (a line break counts) before any content.
  @Test func taskItems() {
    let document = TestSupport.parse(
      "- [ ] open\n- [x] done\n* [X] also done\n1. [ ] numbered\n- [] not a task\n- [ ]\n  next line\n")
    #expect(document.tasks.map(\.checked) == [false, true, true, false, false])
    #expect(document.tasks.map(\.text) == ["open", "done", "also done", "numbered", "next line"])
    #expect(document.tasks.map { $0.position?.line } == [1, 2, 3, 4, 6])
  }

  /// `- [ ]` with nothing after the box is a list item reading "[ ]", as GFM's spec and cmark-gfm have it.
  @Test(arguments: ["- [ ]\n", "- [x]", "- [ ]\n- [x]\n", "* [ ]**bold**\n", "- [ ]`code`\n"])
  func aBoxWithoutWhitespaceAfterItIsNoTask(body: String) {
    #expect(TestSupport.parse(body).tasks.isEmpty)
  }

  @Test func codeNeverCountsAsReferenceHeadingOrTask() {
    let document = TestSupport.parse("`Fixes #1`\n\n```\n- [ ] task\n## What\nCloses #2\n```\n")
    #expect(IssueReferences(in: document, platform: .github).all.isEmpty)
    #expect(document.tasks.isEmpty)
    #expect(document.headings.isEmpty)
    #expect(document.codeSpans.map(\.code) == ["Fixes #1"])
    #expect(document.codeBlocks.map(\.code) == ["- [ ] task\n## What\nCloses #2\n"])
  }

  @Test func linksAndImagesAreExposed() {
    let document = TestSupport.parse("See [docs](https://d.example) and ![shot](s.png).\n")
    #expect(document.links.map(\.destination) == ["https://d.example"])
    #expect(document.links.map(\.text) == ["docs"])
    #expect(document.images.map(\.source) == ["s.png"])
  }

  @Test func wordCountExcludesHeadingsCommentsAndCode() {
    let document = TestSupport.parse(
      "## Many heading words here\none two <!-- hidden words --> three `code span`\n```\nlots of code\n```\n")
    #expect(document.wordCount == 3)
  }

  @Test func positionsAreOneBasedUTF8Columns() {
    let document = TestSupport.parse("🚀 Fixes #12\n")
    #expect(IssueReferences(in: document, platform: .github).all.first?.position == SourcePosition(line: 1, column: 6))
  }

  @Test func positionsSurviveEntitiesAndEscapes() {
    let cases: [(String, Int)] = [
      ("&amp; Fixes #1\n", 7), ("a&nbsp;b Fixes #1\n", 10), ("\\*x\\* Fixes #1\n", 7), ("AT&T Fixes #1\n", 6),
      ("&#x1F680; Fixes #1\n", 11),
    ]
    for (body, column) in cases {
      #expect(TestSupport.references(body).all.first?.position == SourcePosition(line: 1, column: column), "\(body)")
    }
    let task = TestSupport.parse("- [ ] &lt;b&gt; Fixes #2\n")
    #expect(task.tasks.first?.text == "<b> Fixes #2")
    #expect(IssueReferences(in: task, platform: .github).all.first?.position == SourcePosition(line: 1, column: 17))
  }

  @Test func invalidUTF8AndEmptyInputAreHandled() {
    let invalid = String(decoding: [0x23, 0x23, 0x20, 0x57, 0x68, 0x79, 0x0A, 0xFF, 0xFE, 0x61, 0x0A], as: UTF8.self)
    let result = TestSupport.lint(invalid)
    #expect(result.sections.first { $0.name == "Why" }?.status == .filled)
    let empty = TestSupport.lint("")
    #expect(empty.sections.allSatisfy { $0.status == .missing })
    #expect(TestSupport.parse("").blocks.isEmpty)
  }

  @Test func byteOrderMarkIsIgnored() {
    #expect(TestSupport.parse("\u{FEFF}## What\nText.\n").headings.map(\.text) == ["What"])
  }

  @Test func deeplyNestedQuotesDoNotOverflowTheStack() {
    let body = String(repeating: "> ", count: 10_000) + "Fixes #1\n"
    let document = TestSupport.parse(body)
    #expect(document.blocks.count == 1)
  }

  /// What shows nothing says nothing: a link without text, an image without alt text, and what a script or
  /// style element holds.
  @Test(arguments: [
    "[](http://x)", "[ ](http://x)", "![](x.png)", "![ ](x.png)", "[![](x.png)](http://x)",
    "<script>Ran tests</script>",
    "<SCRIPT type=\"text/plain\">\nRan the suite\n</Script>",
    "<style>\nRan tests\n</style>", "<script>Ran tests", "*<script>Ran tests</script>*",
    "<span><script>Ran tests</script></span>", "TODO <style>Ran the whole suite</style>", "- <b></b><script>Ran tests",
  ])
  func invisibleContentLeavesASectionEmpty(_ content: String) {
    #expect(statuses("## Testing\n\(content)\n")["Testing"] == .empty, "\(content)")
  }

  @Test(arguments: [
    "[results](http://x)", "[`make test`](http://x)", "<p>Ran tests</p>", "<script></script>\n\nRan tests.",
    "<b>Ran tests</b>", "<span><script>x</script>Ran tests</span>", "- <script>x</script> Ran tests",
    "![screenshot of the dialog](x.png)", "[![](x.png) results](http://x)", "![`make test`](x.png)",
  ])
  func visibleContentFillsASection(_ content: String) {
    #expect(statuses("## Testing\n\(content)\n")["Testing"] == .filled, "\(content)")
  }

  /// An inline script or style element hides its text from every reader of the document, not only
  /// from section verdicts: headings, words, prose lines, leaves, links, images and code.
  @Test func inlineScriptOrStyleTextIsNowhere() {
    let document = TestSupport.parse(
      "## Why <script>x</script>\nSee <style>hidden `code` [link](http://x) ![](y.png)\ntext</style> here\n")
    #expect(document.headings.map(\.text) == ["Why"])
    #expect(document.wordCount == 2)
    #expect(document.proseLines.map { String($0.text) } == ["See  here"])
    #expect(document.leaves.map(\.text) == ["See  here"])
    #expect(document.links.isEmpty && document.images.isEmpty && document.codeSpans.isEmpty)
  }

  /// A leaf's text is the paragraph's text and code, a space for each line break, entities decoded, link
  /// text and alt text included; in a list item too, and for a task its text after the box.
  @Test func aLeafHoldsItsParagraphsTextAndCode() {
    let document = TestSupport.parse(
      "Text with `code`,\nsoft break and [link](u) ![alt](i) &amp; end\\\nhard\n\n- [x] done *well*\n")
    #expect(
      document.leaves.map(\.text) == ["Text with code, soft break and link alt & end hard", "[x] done well"])
    #expect(document.tasks.map(\.text) == ["done well"])
  }
}
