import PRLintMarkdown

/// A `<!-- prlint-… -->` comment that does not do what its author meant is said to be so: a misspelt
/// directive is not ignored without a word, nor a rule id that silences nothing.
public struct InlineDirectiveRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "inline-directive",
    summary: "every `<!-- prlint-… -->` comment is a directive prlint knows, naming rules that exist",
    rationale: """
      `prlint-disable`, `prlint-enable`, `prlint-disable-line`, `prlint-disable-next-line` and \
      `prlint-disable-file` silence rules by id. A misspelt id (`linked-isue`) or directive \
      (`prlint-disable-nextline`) silences nothing, and the finding it was meant for is reported with no \
      hint why; this rule says so at the directive's line, naming the closest rule or directive. So does a \
      directive in a line of text with a reason: CommonMark ends a comment within a line at its first `--`, \
      so GitHub shows it as text and it silences nothing. Ids are \
      the built-in rules' and the configuration's custom rules'. Under `inline-disable: false` no comment \
      is a directive and this rule has nothing to check.
      """,
    defaultSeverity: .warning,
    passing: [
      Example(
        """
        <!-- prlint-disable-next-line linked-issue -- tracked in the release checklist -->
        Part of the 2.4 release.
        """),
      Example(
        """
        <!-- prlint-disable unchecked-tasks, template-leftovers -->
        - [ ] follow-up in a later PR
        <!-- prlint-enable -->
        """),
      Example("<!-- Describe your change; prlint reads this comment as no directive. -->"),
    ],
    failing: [
      Example("↓<!-- prlint-disable-next-line linked-isue -->\nPart of the 2.4 release."),
      Example("↓<!-- prlint-disable-nextline linked-issue -->\nPart of the 2.4 release."),
      Example("Part of the 2.4 release.\n\n- [ ] later ↓<!-- prlint-disable-line unchecked-task, no-such-rule -->"),
      Example(
        "Part of the 2.4 release.\n\n↓- [ ] later <!-- prlint-disable-line unchecked-tasks -- tracked in #12 -->"),
    ])

  /// The ids a directive may name, in the order suggestions prefer them.
  private let ruleIDs: [String]
  private let known: Set<String>

  public init(options: RuleOptions, environment: RuleEnvironment) {
    ruleIDs = RuleRegistry.descriptions.map(\.id) + environment.customRuleIDs
    known = Set(ruleIDs)
  }

  public func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    var suggestions: [String: String?] = [:]
    for directive in context.directives {
      guard directive.isComment else {
        findings.append(
          Finding(
            "\"\(Self.quoted(directive.name))\" is text here, not a comment, and silences nothing: a comment within a "
              + "line of text ends at its first \"--\"; write the directive on a line of its own",
            at: directive.position))
        continue
      }
      guard let kind = directive.kind else {
        let names = InlineDirective.Kind.allCases.map(\.rawValue)
        let hint =
          Self.closest(to: directive.name, among: names).map { "did you mean \"\($0)\"?" }
          ?? "write one of \(names.joined(separator: ", "))"
        findings.append(
          Finding("unknown directive \"\(Self.quoted(directive.name))\": \(hint)", at: directive.position))
        continue
      }
      var reported: Set<String> = []
      for id in directive.ruleIDs where !known.contains(id) && reported.insert(id).inserted {
        let suggestion = suggestions[id] ?? Self.closest(to: id, among: ruleIDs)
        suggestions[id] = suggestion
        let hint = suggestion.map { "did you mean \"\($0)\"?" } ?? "it silences nothing (prlint rules lists the ids)"
        findings.append(
          Finding("unknown rule \"\(Self.quoted(id))\" in \(kind.rawValue): \(hint)", at: directive.position))
      }
    }
    return findings
  }

  /// Body text in a message: short, and with no control character left to act on a terminal.
  private static func quoted(_ text: String) -> String {
    TerminalSafe.escape(text.shortened(to: 60, ellipsis: "..."))
  }

  /// The first of `candidates` nearest to `written` (case aside), if one is within two edits.
  static func closest(to written: String, among candidates: [String]) -> String? {
    let limit = 2
    // Longer than any id by more than the limit: nothing is near, and nothing to compute.
    guard written.utf8.count <= 100 else { return nil }
    let bytes = written.utf8.map(\.asciiLowercased)
    var best: (candidate: String, distance: Int)? = nil
    for candidate in candidates {
      guard let distance = distance(bytes, Array(candidate.utf8), limit: best.map { $0.distance - 1 } ?? limit)
      else { continue }
      best = (candidate, distance)
      if distance == 0 { break }
    }
    return best?.candidate
  }

  /// The optimal string alignment distance (edits, and swaps of adjacent bytes) between `a` and `b` when
  /// it is at most `limit`, else nil. Only the cells within `limit` of the diagonal are computed, and a
  /// row all over the limit ends it: a few cells per byte.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
    guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
    let over = limit + 1
    // Rows i-2, i-1 and i; a cell never written reads as over the limit.
    var before = [Int](repeating: over, count: b.count + 1)
    var above = (0...b.count).map { min($0, over) }
    var row = [Int](repeating: over, count: b.count + 1)
    for i in stride(from: 1, through: a.count, by: 1) {
      let low = max(1, i - limit)
      let high = min(b.count, i + limit)
      row[low - 1] = low == 1 ? min(i, over) : over
      var rowMinimum = row[low - 1]
      if low <= high {
        for j in low...high {
          var value = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
          row[j] = min(value, over)
          rowMinimum = min(rowMinimum, row[j])
        }
      }
      guard rowMinimum <= limit else { return nil }
      (before, above, row) = (above, row, before)
    }
    return above[b.count] <= limit ? above[b.count] : nil
  }
}
