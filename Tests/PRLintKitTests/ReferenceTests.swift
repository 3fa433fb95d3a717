import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// Closing references and mentions, as GitHub's documented grammar predicts.
struct ReferenceTests {
  private func closes(_ body: String) -> [String] {
    TestSupport.lint(body).references.filter(\.closing).map(\.issue)
  }

  private func mentions(_ body: String) -> [String] {
    TestSupport.lint(body).references.filter { !$0.closing }.map(\.issue)
  }

  @Test(arguments: [
    ("Closes #10", ["#10"]), ("CLOSES #10", ["#10"]), ("Closes: #10", ["#10"]), ("fixed #3 today", ["#3"]),
    ("It resolves GH-7.", ["#7"]), ("fix gh-8", ["#8"]), ("Resolved octo/repo#9", ["octo/repo#9"]),
    ("Fixes https://github.com/octo/repo/issues/11", ["octo/repo#11"]),
    ("Closes <https://github.com/octo/repo/pull/12>", ["octo/repo#12"]), ("Fixes  #13", ["#13"]),
    ("partially resolves #14", ["#14"]), ("Fix #15.", ["#15"]),
  ])
  func closingReferences(body: String, expected: [String]) {
    #expect(closes(body) == expected)
  }

  @Test(arguments: [
    "Closes issue #5", "Fixes #", "Fixes #(issue)", "Closes #<issue number>", "Fixes #[Issue Number]",
    "prefixes #1", "Fixes#1", "`Fixes #1`", "<!-- Fixes #1 -->", "Fix for this issue https://github.com/o/r/issues/6",
    "Reverts owner/repo#20", "Closes ()[]",
  ])
  func closesNothing(body: String) {
    #expect(closes(body).isEmpty)
  }

  @Test func eachReferenceNeedsItsOwnKeyword() {
    #expect(closes("Fixes #1, #2") == ["#1"])
    #expect(mentions("Fixes #1, #2") == ["#2"])
    #expect(closes("Fixes #1, fixes #2") == ["#1", "#2"])
  }

  @Test func mentionsOutsideCodeAndComments() {
    #expect(
      mentions("See #4, GH-5, gh-6, octo/repo#7 and https://github.com/o/r/pull/8/files#r1 `#9` <!-- #10 -->")
        == ["#4", "#5", "#6", "octo/repo#7", "o/r#8"])
    #expect(mentions("[the issue](https://github.com/o/r/issues/3#issuecomment-1)") == ["o/r#3"])
    #expect(mentions("PR#1176 and https://github.com/o/r/issues and diffhunk://#diff-1").isEmpty)
    #expect(mentions("https://example.com/foo/bar#12").isEmpty)
  }

  @Test func duplicatesAreReportedOnceAndClosedIssuesAreNotMentions() {
    #expect(mentions("#3 and #3 again") == ["#3"])
    #expect(mentions("Fixes #3, see #3") == [])
  }

  @Test func nearMisses() {
    let document = TestSupport.parse("Fixes #1, #2 and #3\n\nCloses issue #5\n\n`Fixes #6`\n\n<!-- Resolves #7 -->\n")
    #expect(
      IssueReferences(in: document, platform: .github).nearMisses.map(\.kind) == [
        .listedAfterKeyword, .listedAfterKeyword, .wordBetween, .inCode, .inComment,
      ])
    #expect(IssueReferences(in: document, platform: .github).nearMisses.map(\.issue) == ["#2", "#3", "#5", "#6", "#7"])
    #expect(TestSupport.references("Fixes `#8`").nearMisses.map(\.kind) == [.inCode])
  }

  @Test func titleNeverCounts() {
    let result = TestSupport.lint("Body text.", title: "Fixes #12")
    #expect(result.references.isEmpty)
  }

  @Test func scanningIsLinearOnAdversarialText() {
    // Long runs that a naive matcher would retry at every offset.
    let runs = [
      String(repeating: "a-", count: 200_000), String(repeating: "#", count: 200_000),
      String(repeating: "fixes ", count: 100_000), String(repeating: "https://github.com/", count: 20_000),
    ]
    for text in runs {
      #expect(ReferenceScanner.scan(text).references.isEmpty)
    }
    // Once quadratic: a keyword before each of many code spans, and a long "Fixes #1, #2, …" list.
    let codeAfterKeywords = TestSupport.parse(String(repeating: "fix `#1` ", count: 50_000))
    #expect(IssueReferences(in: codeAfterKeywords, platform: .github).nearMisses.count == 50_000)
    let list = "Fixes #1" + (2...50_000).map { ", #\($0)" }.joined()
    let listed = TestSupport.parse(list)
    #expect(IssueReferences(in: listed, platform: .github).nearMisses.count == 49_999)
    #expect(IssueReferences(in: listed, platform: .github).nearMisses.last?.keyword == "Fixes")
  }

  @Test func everyClosingKeywordStartsWithALetterTheScannerChecksFirst() {
    for keyword in ReferenceScanner.gitHubKeywords + ReferenceScanner.gitLabKeywords {
      #expect(["c", "f", "r", "i"].contains(keyword.first), "keyword \(keyword)")
    }
  }

  /// A keyword in a link's text or an image's alt text is not read by the forge: the issue is only
  /// mentioned, and the keyword is a near miss. A keyword before a link to the issue still closes it.
  @Test(arguments: [
    ("![Fixes #1](shot.png)", [String](), ["#1"]), ("[Fixes #1](https://example.com)", [], ["#1"]),
    ("Fixes [#1](https://example.com)", ["#1"], []), ("Fixes <https://github.com/o/r/issues/1>", ["o/r#1"], []),
    ("[see](https://example.com) Fixes #2", ["#2"], []),
  ])
  func keywordsInLinkOrImageText(body: String, closes: [String], mentions: [String]) {
    let references = TestSupport.references(body)
    #expect(references.closing.map(\.issue) == closes, "\(body)")
    #expect(references.all.filter { !$0.closing }.map(\.issue) == mentions, "\(body)")
    #expect(references.nearMisses.map(\.kind) == (mentions.isEmpty ? [] : [.inLinkOrImageText]), "\(body)")
  }

  /// What an inline `<script>` or `<style>` element holds, up to its end tag or the paragraph's end, is
  /// dropped by the forge: it closes and mentions nothing. Other inline HTML keeps its text.
  @Test(arguments: [
    "See <script>Fixes #1</script> here", "Tested: <style>Fixes #1</style>", "a <SCRIPT type=\"x\">Fixes #1</Script>",
    "a <script>Fixes [the bug](https://github.com/o/r/issues/1)</script>", "See <script>Fixes #1",
    "See <script>\nFixes #1\n</script> here", "*<style>*Fixes #1*</style>*", "a <script/>Fixes #1</script>",
  ])
  func inlineScriptOrStyleHoldsNoReferences(body: String) {
    let references = TestSupport.references(body)
    #expect(references.all.isEmpty, "\(body)")
    #expect(references.nearMisses.isEmpty, "\(body)")
    #expect(TestSupport.lint(body).diagnostics.contains { $0.ruleID == "linked-issue" && $0.severity == .error })
  }

  @Test(arguments: [
    "<b>Fixes #1</b>", "See <span>Fixes #1</span>", "See <script>x</script> Fixes #1", "a <style>x</style>\n\nFixes #1",
    "a <scripts>Fixes #1</scripts>", "a <script>x</scripty> y</script> Fixes #1",
  ])
  func otherInlineHTMLKeepsItsReferences(body: String) {
    #expect(closes(body) == ["#1"], "\(body)")
  }

  /// The scan skips text without `#`, `-`, `/` or the code separator: it must find what the full walk finds.
  @Test(arguments: [
    "Closes #10", "fix gh-8", "Fixes https://github.com/octo/repo/issues/11", "Resolved octo/repo#9",
    "Closes issue #5 and fixes GH-2", "Fixes \u{FFFC}", "Fixes the bug for real", "closes nothing here",
    "Fixes issue 12", "resolves www.example.com", "Fixes #1, #2 and #3", "gh", "GH 12", "",
  ])
  func skippingTextWithoutAReferenceByteFindsWhatTheFullWalkFinds(_ text: String) {
    let scanner = ReferenceScanner(bytes: Array(text.utf8))
    let skipped = scanner.scan()
    let walked = scanner.scanGitHub()
    #expect(skipped.references == walked.references)
    #expect(skipped.wordBetween == walked.wordBetween)
    #expect(skipped.keywordBeforeSeparator == walked.keywordBeforeSeparator)
    #expect(skipped.listedAfterKeyword.map(\.index) == walked.listedAfterKeyword.map(\.index))
    #expect(skipped.listedAfterKeyword.map(\.keyword) == walked.listedAfterKeyword.map(\.keyword))
  }

  @Test func textWithoutAReferenceByteIsSkipped() {
    #expect(!ReferenceScanner(bytes: Array("Fixes the bug, closes nothing.".utf8)).mayHoldGitHubReference)
    #expect(ReferenceScanner(bytes: Array("Fixes #1".utf8)).mayHoldGitHubReference)
  }
}
