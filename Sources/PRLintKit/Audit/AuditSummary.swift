/// Totals over an audit, kept as counters so memory does not grow with the PRs checked: no bodies
/// or results are kept, only one changed-line count per PR (for an exact median and p90) and a
/// bounded list of the worst offenders.
public struct AuditSummary: Sendable {
  public struct RuleCount: Sendable, Hashable {
    public var rule: String
    /// PRs where the rule reported at least one (unsuppressed) error, and warning.
    public var errorPRs = 0
    public var warningPRs = 0
  }

  public struct Offender: Sendable, Hashable {
    public var source: String
    public var title: String?
    public var errors: Int
    public var warnings: Int
  }

  public static let offenderLimit = 5

  public private(set) var checked = 0
  public private(set) var passed = 0
  public private(set) var skipped = 0
  public private(set) var malformed = 0
  public private(set) var withClosingReference = 0
  /// Rules in the order they first reported something.
  public private(set) var rules: [RuleCount] = []
  /// Per section name: PRs where it was missing.
  public private(set) var missingSections: [String: Int] = [:]
  public private(set) var worstOffenders: [Offender] = []
  private var changedLines: [Int] = []

  public init() {}

  public var failed: Int { checked - passed }

  public mutating func add(_ result: LintResult, changedLines lines: Int?) {
    checked += 1
    if result.passed { passed += 1 }
    if result.skipped { skipped += 1 }
    if result.references.contains(where: \.closing) { withClosingReference += 1 }
    if let lines { changedLines.append(lines) }
    for section in result.sections where section.status == .missing {
      missingSections[section.name, default: 0] += 1
    }
    countRules(result.diagnostics.filter { !$0.suppressed })
    if result.errorCount > 0 {
      rank(
        Offender(
          source: result.source, title: result.title, errors: result.errorCount, warnings: result.warningCount))
    }
  }

  public mutating func addMalformed() {
    malformed += 1
  }

  /// Share of checked PRs, 0 when none were checked.
  public func rate(_ count: Int) -> Double {
    checked == 0 ? 0 : Double(count) / Double(checked)
  }

  /// Rules by PRs failed (then warned), most first.
  public var rulesByFailures: [RuleCount] {
    rules.enumerated().sorted {
      ($1.element.errorPRs, $1.element.warningPRs, $0.offset) < ($0.element.errorPRs, $0.element.warningPRs, $1.offset)
    }.map(\.element)
  }

  /// Sections by PRs missing them, most first, then by name.
  public var sectionsByMissing: [(section: String, count: Int)] {
    missingSections.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
  }

  /// PRs whose changed lines are known.
  public var sizedPRs: Int { changedLines.count }
  public var medianChangedLines: Int? { percentile(50) }
  public var p90ChangedLines: Int? { percentile(90) }

  /// Nearest-rank percentile: the smallest value with at least `percent`% of values at or below it.
  public func percentile(_ percent: Int) -> Int? {
    guard !changedLines.isEmpty else { return nil }
    let sorted = changedLines.sorted()
    let rank = max(1, (percent * sorted.count + 99) / 100)
    return sorted[rank - 1]
  }

  private mutating func countRules(_ diagnostics: [Diagnostic]) {
    // A PR has a few diagnostics: a list of (severity, rule) pairs, not interpolated strings.
    var seen: [(Severity, String)] = []
    for diagnostic in diagnostics where !seen.contains(where: { $0 == (diagnostic.severity, diagnostic.ruleID) }) {
      seen.append((diagnostic.severity, diagnostic.ruleID))
      let index =
        rules.firstIndex { $0.rule == diagnostic.ruleID }
        ?? {
          rules.append(RuleCount(rule: diagnostic.ruleID))
          return rules.count - 1
        }()
      switch diagnostic.severity {
      case .error: rules[index].errorPRs += 1
      case .warning: rules[index].warningPRs += 1
      default: break
      }
    }
  }

  /// Keeps the most errors (then warnings) first; an earlier PR wins a tie.
  private mutating func rank(_ offender: Offender) {
    let index =
      worstOffenders.firstIndex { (offender.errors, offender.warnings) > ($0.errors, $0.warnings) }
      ?? worstOffenders.count
    guard index < Self.offenderLimit else { return }
    worstOffenders.insert(offender, at: index)
    if worstOffenders.count > Self.offenderLimit { worstOffenders.removeLast() }
  }
}
