import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// `prlint fix` on one body: each fix, what it leaves alone, that it keeps the author's bytes, and that a
/// second run changes nothing.
struct BodyFixerTests {
  /// A body with every default section but the one under test filled in, and a closing reference.
  static let what =
    "## What\n\nAdds retries with backoff to the uploader, so a dropped connection no longer fails it.\n"
  static let complete =
    what + "\n## Why\n\nUploads from CI runners fail weekly on flaky networks.\n\n## Testing\n\nRan the uploader's "
    + "unit tests and 500 uploads by hand.\n"

  static func fix(
    _ body: String, configuration: Configuration = TestSupport.defaultConfiguration,
    templates: [(path: String, text: String)] = []
  ) -> BodyFix {
    fix(bytes: Array(body.utf8), configuration: configuration, templates: templates)
  }

  static func fix(
    bytes: [UInt8], configuration: Configuration = TestSupport.defaultConfiguration,
    templates: [(path: String, text: String)] = []
  ) -> BodyFix {
    let fixer = BodyFixer(linter: TestSupport.linter(configuration, templates: templates))
    let input = LintInput(source: "PR.md", sourceIsFile: true, body: "")
    let fixed = fixer.fix(input, bytes: bytes)
    // Idempotent: fixing the fixed body changes nothing and reports no change.
    let again = fixer.fix(input, bytes: fixed.fixed)
    #expect(again.fixed == fixed.fixed, "not idempotent: \(String(decoding: again.fixed, as: UTF8.self))")
    #expect(!again.changes.contains { $0.isChange })
    return fixed
  }

  static func text(_ fix: BodyFix) -> String { String(decoding: fix.fixed, as: UTF8.self) }

  static var gitLab: Configuration {
    var configuration = TestSupport.defaultConfiguration
    configuration.platform = .gitlab
    return configuration
  }

  // MARK: - Missing sections

  @Test func missingSectionsAreAddedAtTheEndWithTheirPrompts() {
    let body = Self.what + "\nCloses #12.\n"
    let fix = Self.fix(body)
    let sections = TestSupport.defaultConfiguration.sections
    let why = sections.first { $0.name == "Why" }!
    let testing = sections.first { $0.name == "Testing" }!
    #expect(
      Self.text(fix)
        == body + "\n## Why\n\n\(TemplateGenerator.prompt(for: why))\n\n## Testing\n\n"
        + "\(TemplateGenerator.prompt(for: testing))\n")
    #expect(fix.changes.map(\.kind) == [.addedSection, .addedSection])
    #expect(fix.changes.map(\.position) == [SourcePosition(line: 7, column: 1), SourcePosition(line: 11, column: 1)])
    #expect(fix.reportLines(source: "PR.md")[0].hasPrefix("PR.md:7:1: fixed: added the missing section \"Why\""))
    // Still empty, as intended: the author fills them in.
    let rules = fix.result.diagnostics.map(\.ruleID)
    #expect(!rules.contains(RequiredSectionsRule.description.id))
    #expect(
      fix.result.diagnostics.filter { $0.ruleID == EmptySectionRule.description.id }.compactMap(\.section) == [
        "Why", "Testing",
      ])
  }

  @Test(arguments: [
    ("## What\nAdds retries.", "## What\nAdds retries.\n\n## Why"),
    ("## What\nAdds retries.\n", "## What\nAdds retries.\n\n## Why"),
    ("## What\nAdds retries.\n\n", "## What\nAdds retries.\n\n## Why"),
    ("", "## What"),
    ("  \n", "  \n## What"),
    ("## What\r\nAdds retries.\r\n", "## What\r\nAdds retries.\r\n\r\n## Why\r\n\r\n<!--"),
    ("- [x] a task\n> a quote", "- [x] a task\n> a quote\n\n## What"),
  ])
  func addedSectionsStartAfterABlankLineInTheBodysLineEnding(body: String, start: String) {
    let fixed = Self.text(Self.fix(body))
    #expect(fixed.hasPrefix(start), "\(fixed.debugDescription)")
    #expect(fixed.contains("\r\n") == body.contains("\r\n"))
  }

  @Test func templateSectionsAreAddedAsTheTemplateWritesThem() {
    var configuration = TestSupport.defaultConfiguration
    configuration.sectionsFromTemplate = Configuration.noFile
    let template = "## Description\n<!-- What changes, and why? -->\n\n**Testing:**\n\n## Notes (optional)\n"
    let fix = Self.fix(
      "## Summary\nAdds retries to the uploader.\n", configuration: configuration,
      templates: [(".github/pull_request_template.md", template)])
    // `**Testing:**` has no comment under it: what `prlint template` would write under it.
    let testing = fix.result.sections.first { $0.name == "Testing" }!.definition
    #expect(Self.text(fix).hasSuffix("\n\n**Testing:**\n\n\(TemplateGenerator.prompt(for: testing))\n"))
    #expect(fix.result.template == ".github/pull_request_template.md")
    let missingDescription = Self.fix(
      "**Testing:** ran the unit tests by hand.\n", configuration: configuration,
      templates: [(".github/pull_request_template.md", template)])
    #expect(Self.text(missingDescription).hasSuffix("\n\n## Description\n\n<!-- What changes, and why? -->\n"))
  }

  @Test func aConfiguredSectionWhoseNameOpensNothingGetsItsAlias() {
    var configuration = TestSupport.defaultConfiguration
    configuration.sections = [SectionDefinition(name: "Risk", aliases: ["risk assessment"])]
    #expect(Self.text(Self.fix("Closes #1.\n", configuration: configuration)).contains("\n## risk assessment\n"))
  }

  @Test func sectionsAreNotAddedInsideAnUnclosedComment() {
    let body = "Closes #1.\n\n<!-- the template's advice, never closed\n"
    let fix = Self.fix(body)
    #expect(Self.text(fix) == body)
    #expect(fix.changes.map(\.kind) == [.leftAlone])
    #expect(fix.changes[0].message.contains("(What, Why, Testing) were not added"))
  }

  @Test func silencedSectionsAreNotAdded() {
    let body = "<!-- prlint-disable required-sections -->\nCloses #1.\n"
    #expect(Self.text(Self.fix(body)) == body)
  }

  // MARK: - Closing keywords

  @Test(arguments: [
    ("Fixes #1, #2", "Fixes #1, fixes #2"),
    ("Fixes #1, #2 and #3.", "Fixes #1, fixes #2 and fixes #3."),
    ("Fixes: #1 & GH-2", "Fixes: #1 & fixes GH-2"),
    ("Fixes #1,#2", "Fixes #1, fixes #2"),
    ("RESOLVES #1, octo/repo#2", "RESOLVES #1, resolves octo/repo#2"),
    ("Closes issue #5", "Closes #5"),
    ("Fixes: bug  #5.", "Fixes: #5."),
    ("closes Issues https://github.com/octo/repo/issues/5", "closes https://github.com/octo/repo/issues/5"),
    ("Fixes issues #1, #2", "Fixes #1, fixes #2"),
    ("- Fixes #1, #2\n- Closes ticket #3", "- Fixes #1, fixes #2\n- Closes #3"),
  ])
  func closingKeywordsAreRewrittenToClose(line: String, expected: String) {
    let fix = Self.fix(Self.complete + "\n" + line + "\n")
    #expect(Self.text(fix) == Self.complete + "\n" + expected + "\n")
    #expect(fix.result.nearMisses.isEmpty, "\(fix.result.nearMisses)")
    #expect(fix.changes.allSatisfy { $0.isChange })
  }

  @Test func eachRewriteIsReportedWhereItNowIs() {
    let fix = Self.fix(Self.complete + "\nCloses issue #5; fixes #1, #2\n")
    let line = Self.complete.split(separator: "\n", omittingEmptySubsequences: false).count + 1
    #expect(fix.changes.map(\.kind) == [.wordRemoved, .keywordForListedIssue])
    #expect(
      fix.changes.map(\.position) == [
        SourcePosition(line: line, column: 1), SourcePosition(line: line, column: 22),
      ])
    #expect(fix.changes[0].message.hasPrefix("removed \"issue\" between \"Closes\" and #5"))
    #expect(fix.changes[1].message.hasPrefix("wrote \"fixes\" before #2"))
    #expect(fix.changes[1].inserted == "fixes ")
  }

  @Test(arguments: [
    "Fixes PR #5",  // a pull request is not closed by a keyword: the word may be meant
    "Closes *issue* #5",  // markup in between
    "Fixes #1, *#2*",
    "Fixes #1, <https://github.com/octo/repo/issues/2>",
    "Fixes #1, \\#2",
  ])
  func closingKeywordsInMarkupOrWithOtherWordsAreLeft(line: String) {
    let body = Self.complete + "\n" + line + "\n"
    let fix = Self.fix(body)
    #expect(Self.text(fix) == body)
    #expect(!fix.changes.contains { $0.isChange })
  }

  @Test func gitLabsGrammarDecidesWhatIsRewritten() {
    // GitLab closes every issue of a list, and reads "issue" before a reference.
    for line in ["Closes #1, #2 and #3", "Closes issue #5", "Implements #5"] {
      let body = Self.complete + "\n" + line + "\n"
      #expect(Self.text(Self.fix(body, configuration: Self.gitLab)) == body, "\(line)")
    }
    let fix = Self.fix(Self.complete + "\nCloses bug #5\n", configuration: Self.gitLab)
    #expect(Self.text(fix) == Self.complete + "\nCloses #5\n")
    #expect(fix.changes[0].message.contains("GitLab closes nothing"))
  }

  @Test func keywordsInCodeAndCommentsAreLeftAndReported() {
    for (line, place) in [("`Fixes #5`", "code"), ("<!-- Fixes #5 -->", "an HTML comment")] {
      let body = Self.complete + "\n" + line + "\n"
      let fix = Self.fix(body)
      #expect(Self.text(fix) == body)
      #expect(fix.changes.count == 1)
      #expect(fix.changes.first?.kind == .leftAlone)
      #expect(
        fix.changes.first?.message.contains("inside \(place), which GitHub ignores, so it closes nothing") == true)
    }
    // Beside a real closing reference, a template's example in a comment is not worth a word, as in the lint.
    let fix = Self.fix(Self.complete + "\nCloses #1. <!-- Fixes #5 -->\n")
    #expect(fix.changes.isEmpty)
  }

  @Test func silencedNearMissesAreNotRewritten() {
    let body = Self.complete + "\n<!-- prlint-disable linked-issue -->\nFixes #1, #2\n"
    #expect(Self.text(Self.fix(body)) == body)
  }

  // MARK: - The author's bytes

  @Test func bytesTheParserRewritesAreKept() {
    // A BOM, CRLF, a lone CR and an invalid byte: the lint reads them normalised, the fix keeps them.
    let head: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("## What\r\nAdds retries\r".utf8) + [0xFF] + Array("\r\n".utf8)
    let fix = Self.fix(bytes: head + Array("Closes issue #5\r\n".utf8))
    #expect(fix.fixed.starts(with: head + Array("Closes #5\r\n\r\n## Why\r\n".utf8)))
    #expect(fix.changes.first?.removed == (head.count + 7)..<(head.count + 13))
    #expect(fix.changes.first?.position == SourcePosition(line: 4, column: 1))
  }

  @Test func anInvalidLineIsNotRewritten() {
    // Columns on a line with an invalid byte are not the bytes': it is left as written.
    let line: [UInt8] = [0xFF] + Array(" Closes issue #5\n".utf8)
    let fix = Self.fix(bytes: Array(Self.complete.utf8) + line)
    #expect(fix.fixed == Array(Self.complete.utf8) + line)
  }
}
