import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// The inline directives (`prlint-disable`, `-enable`, `-disable-line`, `-disable-next-line`,
/// `-disable-file`): what each silences, read from real bodies, applied to findings at given lines.
struct SuppressionTests {
  /// Findings of `rule` at each of `lines` (nil: a finding with no line), after the directives of `body`.
  private func apply(_ body: String, _ findings: [(rule: String, line: Int?)]) -> [Diagnostic] {
    var diagnostics = findings.map { rule, line in
      Diagnostic(
        ruleID: rule, severity: .error, message: "m", position: line.map { SourcePosition(line: $0, column: 1) })
    }
    Suppressions(InlineDirective.directives(in: MarkdownParser.parse(body).comments)).apply(to: &diagnostics)
    return diagnostics
  }

  private func suppressed(_ body: String, _ findings: [(rule: String, line: Int?)]) -> [Bool] {
    apply(body, findings).map(\.suppressed)
  }

  @Test func directivesAreReadWithTheirIdsReasonAndLine() {
    let body = "Text.\n\n<!-- prlint-disable-next-line linked-issue, title body-length -- generated PR -->\n"
    let directives = InlineDirective.directives(in: MarkdownParser.parse(body).comments)
    #expect(
      directives == [
        InlineDirective(
          kind: .disableNextLine, name: "prlint-disable-next-line", ruleIDs: ["linked-issue", "title", "body-length"],
          reason: "generated PR", position: SourcePosition(line: 3, column: 1))
      ])
    let others = InlineDirective.directives(
      in: MarkdownParser.parse("<!-- a comment -->\n\n<!--prlint-enable-->\n\n<!-- prlint-disable,title -->\n").comments
    )
    #expect(others.map(\.kind) == [.enable, .disable])
    #expect(others.map(\.ruleIDs) == [[], ["title"]])
    let misspelt = InlineDirective.directives(in: MarkdownParser.parse("<!-- prlint-disable-nextline x -->\n").comments)
    #expect(misspelt.map(\.kind) == [nil])
    #expect(misspelt.map(\.name) == ["prlint-disable-nextline"])
  }

  @Test func disableSilencesFromItsLineOnNotAbove() {
    let body = "One.\n\nTwo.\n<!-- prlint-disable a -- later -->\nThree.\n"
    let result = apply(body, [("a", 1), ("a", 4), ("a", 5), ("b", 5)])
    #expect(result.map(\.suppressed) == [false, true, true, false])
    #expect(result[2].suppressionReason == "later")
  }

  @Test func enableEndsADisableOfTheRulesItNamesOrOfAll() {
    let body = """
      <!-- prlint-disable a, b -->
      x

      <!-- prlint-enable a -->
      y

      <!-- prlint-enable -->
      z
      """
    #expect(
      suppressed(body, [("a", 2), ("b", 2), ("a", 5), ("b", 5), ("a", 8), ("b", 8)]) == [
        true, true, false, true, false, false,
      ])
  }

  @Test func enableOfOneRuleUnderADisableOfAll() {
    let body = """
      <!-- prlint-disable -- all -->
      x

      <!-- prlint-enable b -->
      y

      <!-- prlint-disable b -- b again -->
      z
      """
    let result = apply(body, [("a", 5), ("b", 5), ("b", 8)])
    #expect(result.map(\.suppressed) == [true, false, true])
    #expect(result.map(\.suppressionReason) == ["all", nil, "b again"])
  }

  @Test func enableWithNoDisableIsHarmless() {
    #expect(
      suppressed("<!-- prlint-enable -->\nx\n\n<!-- prlint-enable a -->\n", [("a", 2), ("a", nil)]) == [false, false])
  }

  @Test func directivesOnOneLineApplyInOrderToThatLine() {
    #expect(
      suppressed("x <!-- prlint-disable a --> y <!-- prlint-enable a -->\nz\n", [("a", 1), ("a", 2)]) == [false, false])
    #expect(suppressed("x <!-- prlint-disable a -->\nz\n", [("a", 1), ("a", 2)]) == [true, true])
  }

  @Test func disableLineSilencesItsOwnLineOnly() {
    let body = "One.\nTwo <!-- prlint-disable-line a -->\nThree.\n"
    #expect(
      suppressed(body, [("a", 1), ("a", 2), ("b", 2), ("a", 3), ("a", nil)]) == [false, true, false, false, false])
    #expect(
      suppressed("- [ ] task <!-- prlint-disable-line -->\n- [ ] other\n", [("a", 1), ("b", 1), ("a", 2)]) == [
        true, true, false,
      ])
  }

  @Test func disableNextLineSilencesTheLineAfterOnly() {
    let body = "<!-- prlint-disable-next-line a -->\nOne.\nTwo.\n"
    #expect(
      suppressed(body, [("a", 1), ("a", 2), ("b", 2), ("a", 3), ("a", nil)]) == [false, true, false, false, false])
    // At the end of a line of text, the next line is the next line of the paragraph.
    #expect(suppressed("One <!-- prlint-disable-next-line -->\nTwo.\n", [("a", 1), ("a", 2)]) == [false, true])
  }

  @Test func directivesInListItemsAndQuotesCountAtTheirLine() {
    let list = "- one\n  <!-- prlint-disable-next-line a -->\n- [ ] two\n- [ ] three <!-- prlint-disable-line a -->\n"
    #expect(suppressed(list, [("a", 2), ("a", 3), ("a", 4), ("b", 3)]) == [false, true, true, false])
    let quote = "> quoted\n> <!-- prlint-disable a -->\n> more\n\nafter\n"
    #expect(suppressed(quote, [("a", 1), ("a", 3), ("a", 5)]) == [false, true, true])
  }

  @Test func disableFileSilencesEverywhere() {
    let body = "One.\n\n<!-- prlint-disable-file a -- vendored -->\n"
    let result = apply(body, [("a", 1), ("a", 5), ("a", nil), ("b", 1), ("b", nil)])
    #expect(result.map(\.suppressed) == [true, true, true, false, false])
    #expect(result.filter(\.suppressed).allSatisfy { $0.suppressionReason == "vendored" })
  }

  /// A finding with no line (a missing section, the title, the diff) is silenced by a `prlint-disable` of
  /// its rule or of all wherever it stands, even after an enable; line directives do not reach it.
  @Test func findingsWithNoLineAreSilencedByAnyDisableOfTheirRule() {
    let body = "One.\n\n<!-- prlint-disable a -- generated -->\n\n<!-- prlint-enable -->\n"
    let result = apply(body, [("a", nil), ("b", nil), ("a", 1)])
    #expect(result.map(\.suppressed) == [true, false, false])
    #expect(result[0].suppressionReason == "generated")
    #expect(suppressed("One.\n<!-- prlint-disable -->\n", [("a", nil), ("b", nil)]) == [true, true])
    #expect(
      suppressed("<!-- prlint-disable-line a -->\n\n<!-- prlint-disable-next-line a -->\n", [("a", nil)]) == [false])
  }

  @Test func theFirstDirectiveInBodyOrderGivesTheReason() {
    let body = "<!-- prlint-disable-file -- first -->\n\n<!-- prlint-disable-file a -- second -->\n"
    #expect(apply(body, [("a", nil), ("a", 9)]).map(\.suppressionReason) == ["first", "first"])
    // The line's own directive, then the disable in force, then the file's.
    let layered = """
      <!-- prlint-disable-file -- file -->

      <!-- prlint-disable a -- range -->
      <!-- prlint-disable-next-line a -- line -->
      x
      y
      """
    #expect(apply(layered, [("a", 5), ("a", 6), ("b", 6)]).map(\.suppressionReason) == ["line", "range", "file"])
  }

  @Test func unknownIdsAndMisspeltDirectivesSilenceNothing() {
    #expect(suppressed("<!-- prlint-disable no-such-rule -->\nx\n", [("a", 2), ("a", nil)]) == [false, false])
    #expect(suppressed("<!-- prlint-disable-nextline -->\nx\n", [("a", 2)]) == [false])
    #expect(suppressed("<!-- prlint-disabled -->\nx\n", [("a", 2), ("a", nil)]) == [false, false])
    #expect(suppressed("<!-- PRLINT-DISABLE -->\nx\n", [("a", 2)]) == [false])
  }

  /// CommonMark 0.30 (libcmark, and GitHub's cmark-gfm) ends an inline comment at its first `--`: a
  /// directive in a line of text cannot give a reason, which makes it text, not a comment. On a line of
  /// its own (an HTML block) it can.
  @Test func aReasonNeedsADirectiveOnALineOfItsOwn() {
    let body = "One.\nTwo <!-- prlint-disable-line a -- flaky --> three <!-- prlint-enable --> <!--prlint-x\n"
    #expect(suppressed(body, [("a", 2)]) == [false])
    let inText = InlineDirective.directives(in: MarkdownParser.parse(body))
    #expect(inText.map(\.isComment) == [true, false, false])
    #expect(inText.map(\.name) == ["prlint-enable", "prlint-disable-line", "prlint-x"])
    #expect(inText.map(\.ruleIDs) == [[], ["a"], []])
    #expect(
      inText.map(\.position) == [
        SourcePosition(line: 2, column: 51), SourcePosition(line: 2, column: 5), SourcePosition(line: 2, column: 74),
      ])
    let result = apply("<!-- prlint-disable-next-line a -- flaky -->\nTwo\n", [("a", 2)])
    #expect(result.map(\.suppressionReason) == ["flaky"])
  }

  /// A directive written over several lines counts at the line its comment starts on.
  @Test func aMultiLineCommentCountsAtItsFirstLine() {
    let block = "One.\n\n<!-- prlint-disable-line a\n  -- spans lines -->\nTwo.\n"
    let result = apply(block, [("a", 3), ("a", 4), ("a", 5)])
    #expect(result.map(\.suppressed) == [true, false, false])
    #expect(result[0].suppressionReason == "spans lines")
    let inline = "One <!-- prlint-disable a\nb -->\nTwo.\n"
    #expect(suppressed(inline, [("a", 1), ("b", 1), ("a", 3)]) == [true, true, true])
  }

  @Test func crlfBodiesCountLinesAsLF() {
    let lf = "One.\n<!-- prlint-disable-next-line a -->\nTwo.\n\n<!-- prlint-disable b -->\nThree.\n"
    let findings: [(rule: String, line: Int?)] = [("a", 2), ("a", 3), ("b", 4), ("b", 6)]
    #expect(suppressed(lf, findings) == [false, true, false, true])
    #expect(suppressed(lf.replacing("\n", with: "\r\n"), findings) == suppressed(lf, findings))
  }

  @Test func directivesInCodeAreNotDirectives() {
    let body = "`<!-- prlint-disable -->`\n\n```\n<!-- prlint-disable-file -->\n```\n\n    <!-- prlint-disable -->\n"
    #expect(InlineDirective.directives(in: MarkdownParser.parse(body).comments).isEmpty)
    #expect(suppressed(body, [("a", 1), ("a", nil)]) == [false, false])
  }

  /// Through the linter, with real rules: an unchecked task above a disable is still reported (the
  /// behaviour before was to silence the whole body), the one below is not.
  @Test func theLinterAppliesDirectivesToRealFindings() {
    let body = """
      - [ ] above
      <!-- prlint-disable unchecked-tasks -- tracked elsewhere -->
      - [ ] below
      """
    let tasks = TestSupport.lint(body).diagnostics.filter { $0.ruleID == "unchecked-tasks" }
    #expect(tasks.map(\.position?.line) == [1, 3])
    #expect(tasks.map(\.suppressed) == [false, true])
    #expect(tasks.map(\.suppressionReason) == [nil, "tracked elsewhere"])
  }

  @Test func inlineDisableFalseTurnsEveryDirectiveOff() throws {
    var configuration = TestSupport.defaultConfiguration
    configuration.inlineDisable = false
    let body = "<!-- prlint-disable-file -->\n<!-- prlint-disable-next-line no-such-rule -->\n- [ ] task\n"
    let result = TestSupport.lint(body, configuration: configuration)
    #expect(result.suppressedCount == 0)
    #expect(!result.diagnostics.contains { $0.ruleID == "inline-directive" })
    #expect(result.diagnostics.contains { $0.ruleID == "unchecked-tasks" })
  }

  /// 20,000 directives of every kind among 20,000 findings: one sweep, not directives × findings.
  @Test func manyDirectivesAndFindingsAreOneSweep() {
    let count = 20_000
    var body = ""
    for index in 0..<count {
      switch index % 5 {
      case 0: body += "<!-- prlint-disable a\(index % 7) b -->\n"
      case 1: body += "x <!-- prlint-disable-line a\(index % 7) -->\n"
      case 2: body += "<!-- prlint-disable-next-line -->\n"
      case 3: body += "<!-- prlint-enable b -->\n"
      default: body += "<!-- prlint-enable -->\n"
      }
    }
    let findings = (0..<count).map { (rule: "a\($0 % 7)", line: Optional($0 + 1)) }
    let start = ContinuousClock.now
    let result = apply(body, findings)
    #expect(ContinuousClock.now - start < .seconds(20))
    #expect(result.contains(where: \.suppressed) && result.contains { !$0.suppressed })
  }
}
