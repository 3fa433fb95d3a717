/// Turns lint results into one output document.
public protocol Reporter: Sendable {
  func report(_ results: [LintResult], options: ReportOptions) -> String
}

public struct ReportOptions: Sendable {
  public var color: Bool
  /// Errors only; the summary line only when the run fails.
  public var quiet: Bool
  public var maxWarnings: Int?
  /// The rules that ran, with their severities (`Linter.activeRules`): SARIF lists them and JUnit
  /// reports one test case per rule. Empty means "only those that reported something".
  public var rules: [(description: RuleDescription, severity: Severity)]
  /// prlint's version, named by formats that describe the tool (SARIF).
  public var toolVersion: String?

  public init(
    color: Bool = false, quiet: Bool = false, maxWarnings: Int? = nil,
    rules: [(description: RuleDescription, severity: Severity)] = [], toolVersion: String? = nil
  ) {
    self.color = color
    self.quiet = quiet
    self.maxWarnings = maxWarnings
    self.rules = rules
    self.toolVersion = toolVersion
  }
}

public enum OutputFormat: String, Sendable, CaseIterable {
  case text, json, github, sarif, markdown, junit, codequality

  public var reporter: any Reporter {
    switch self {
    case .text: TextReporter()
    case .json: JSONReporter()
    case .github: GitHubReporter()
    case .sarif: SARIFReporter()
    case .markdown: MarkdownReporter()
    case .junit: JUnitReporter()
    case .codequality: CodeQualityReporter()
    }
  }
}

/// Totals over a run, and whether it fails.
public struct ReportSummary: Sendable, Hashable {
  public var checked: Int
  public var passed: Int
  public var errors: Int
  public var warnings: Int
  public var suppressed: Int
  public var skipped: Int
  public var maxWarnings: Int?

  public init(_ results: [LintResult], maxWarnings: Int? = nil) {
    checked = results.count
    passed = results.count(where: \.passed)
    errors = results.reduce(0) { $0 + $1.errorCount }
    warnings = results.reduce(0) { $0 + $1.warningCount }
    suppressed = results.reduce(0) { $0 + $1.suppressedCount }
    skipped = results.count(where: \.skipped)
    self.maxWarnings = maxWarnings
  }

  public var failed: Int { checked - passed }

  /// "3 errors", "1 warning", then suppressed and skipped counts when there are any: the tail of
  /// every format's one-line verdict.
  public var counts: [String] {
    var parts = [Self.plural(errors, "error"), Self.plural(warnings, "warning")]
    if suppressed > 0 { parts.append("\(suppressed) suppressed") }
    if skipped > 0 { parts.append("\(skipped) skipped") }
    return parts
  }

  private static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  /// Exit code 1: an error, or more warnings than allowed.
  public var fails: Bool {
    errors > 0 || maxWarnings.map { warnings > $0 } ?? false
  }
}
