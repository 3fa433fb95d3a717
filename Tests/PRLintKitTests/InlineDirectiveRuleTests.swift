import Testing

@testable import PRLintKit

/// `inline-directive` beyond its examples: its messages, custom rule ids, hostile ids, and the edit
/// distance behind "did you mean".
struct InlineDirectiveRuleTests {
  private func messages(_ body: String, configuration: Configuration = TestSupport.defaultConfiguration) -> [String] {
    TestSupport.lint(body, configuration: configuration).diagnostics.filter { $0.ruleID == "inline-directive" }
      .map(\.message)
  }

  @Test func namesTheUnknownIdAndTheClosestKnownOne() {
    #expect(
      messages("<!-- prlint-disable-next-line linked-isue -->\nx\n") == [
        "unknown rule \"linked-isue\" in prlint-disable-next-line: did you mean \"linked-issue\"?"
      ])
    #expect(
      messages("<!-- prlint-disable tilte, Body-Length -->\n") == [
        "unknown rule \"tilte\" in prlint-disable: did you mean \"title\"?",
        "unknown rule \"Body-Length\" in prlint-disable: did you mean \"body-length\"?",
      ])
    #expect(
      messages("<!-- prlint-enable no-such-rule no-such-rule -->\n") == [
        "unknown rule \"no-such-rule\" in prlint-enable: it silences nothing (prlint rules lists the ids)"
      ])
  }

  @Test func namesAMisspeltDirective() {
    #expect(
      messages("<!-- prlint-disable-nextline linked-issue -->\n") == [
        "unknown directive \"prlint-disable-nextline\": did you mean \"prlint-disable-next-line\"?"
      ])
    #expect(
      messages("<!-- prlint-ignore -->\n") == [
        "unknown directive \"prlint-ignore\": write one of prlint-disable, prlint-enable, prlint-disable-line, "
          + "prlint-disable-next-line, prlint-disable-file"
      ])
    // Any other comment is no directive.
    #expect(messages("<!-- prlint checks this section -->\n<!-- Describe the change -->\n").isEmpty)
  }

  @Test func namesADirectiveThatIsTextNotAComment() {
    let body = "- [ ] later <!-- prlint-disable-line unchecked-tasks -- tracked in #12 -->\n"
    #expect(
      messages(body) == [
        "\"prlint-disable-line\" is text here, not a comment, and silences nothing: a comment within a line of text "
          + "ends at its first \"--\"; write the directive on a line of its own"
      ])
    #expect(TestSupport.lint(body).suppressedCount == 0)
    // In code it is neither.
    #expect(messages("`x <!-- prlint-disable-line a -- b -->`\n").isEmpty)
  }

  @Test func isReportedAtTheDirectivesLine() {
    let body = "Text.\n\n- [ ] a <!-- prlint-disable-line unchecked-task -->\n"
    let found = TestSupport.lint(body).diagnostics.filter { $0.ruleID == "inline-directive" }
    #expect(found.map(\.position?.line) == [3])
    #expect(found.map(\.severity) == [.warning])
    // The task is still reported: the directive named no rule that exists.
    #expect(TestSupport.lint(body).diagnostics.contains { $0.ruleID == "unchecked-tasks" && !$0.suppressed })
  }

  @Test func knowsTheConfigurationsCustomRules() throws {
    var configuration = TestSupport.defaultConfiguration
    configuration.customRules = [
      TextPatternRule(
        id: "no-lorem", kind: .forbidText, pattern: try UserPattern("lorem"), section: nil, message: "no lorem",
        severity: .warning)
    ]
    #expect(messages("<!-- prlint-disable no-lorem -->\nlorem\n", configuration: configuration).isEmpty)
    #expect(
      messages("<!-- prlint-disable no-lorme -->\n", configuration: configuration) == [
        "unknown rule \"no-lorme\" in prlint-disable: did you mean \"no-lorem\"?"
      ])
  }

  /// Ids an override defines are known on every PR, whether or not the override applies to it.
  @Test func knowsTheCustomRulesOverridesDefine() throws {
    let configuration = try OverrideSupport.configuration(
      """
      rules:
        no-lorem: {kind: forbid-text, pattern: lorem}
      overrides:
        - if: {labels: bug}
          rules:
            cause-linked: {kind: require-text, pattern: '#\\d+'}

      """)
    #expect(configuration.customRuleIDs == ["no-lorem", "cause-linked"])
    #expect(messages("<!-- prlint-disable cause-linked, no-lorem -->\n", configuration: configuration).isEmpty)
    #expect(
      messages("<!-- prlint-disable cause-linkd -->\n", configuration: configuration) == [
        "unknown rule \"cause-linkd\" in prlint-disable: did you mean \"cause-linked\"?"
      ])
  }

  @Test func canSilenceItself() {
    let body = "<!-- prlint-disable-line inline-directive, some-future-rule -- for the next release -->\n"
    let found = TestSupport.lint(body).diagnostics.filter { $0.ruleID == "inline-directive" }
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.suppressed && $0.suppressionReason == "for the next release" })
  }

  @Test func hostileIdsAreShortenedAndInert() {
    let id = "\u{1B}[2J\u{7}\u{202E}" + String(repeating: "x", count: 5_000)
    let found = messages("<!-- prlint-disable \(id) -->\n")
    #expect(found.count == 1)
    #expect(found.allSatisfy { !$0.unicodeScalars.contains { TerminalSafe.needsEscape($0) } })
    #expect(found.allSatisfy { $0.count < 200 })
    #expect(found.first?.hasPrefix("unknown rule \"\\u{1B}[2J\\u{7}\\u{202E}xxx") == true)
  }

  @Test(
    arguments: [
      ("linked-isue", "linked-issue", 1), ("tilte", "title", 1), ("title", "title", 0), ("titel", "title", 1),
      ("ttle", "title", 1), ("tiitle", "title", 1), ("tlite", "title", 2), ("diffsize", "diff-size", 1),
      ("tit", "title", 2), ("t", "title", nil), ("xxxxx", "title", nil), ("", "ab", 2), ("", "abc", nil),
      ("abc", "", nil), ("ba", "ab", 1), ("body-lenght", "body-length", 1),
    ] as [(String, String, Int?)])
  func distanceWithinTwo(_ a: String, _ b: String, _ expected: Int?) {
    #expect(InlineDirectiveRule.distance(Array(a.utf8), Array(b.utf8), limit: 2) == expected)
  }

  @Test func distanceAgreesWithTheFullTable() {
    let words = ["", "a", "ab", "ba", "abc", "acb", "bca", "title", "tilte", "titles", "tit", "itle", "xitlx"]
    for a in words {
      for b in words {
        let full = Self.fullDistance(Array(a.utf8), Array(b.utf8))
        #expect(
          InlineDirectiveRule.distance(Array(a.utf8), Array(b.utf8), limit: 2) == (full <= 2 ? full : nil),
          "\(a) \(b)")
      }
    }
  }

  /// Optimal string alignment distance over the whole table, the plain way.
  private static func fullDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
