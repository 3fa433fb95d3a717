/// `--format text`: `SOURCE:LINE:COL: severity: message [rule-id]`, then one summary line.
/// Everything that can come from the body goes through `TerminalSafe`.
public struct TextReporter: Reporter {
  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    var output = ""
    for result in results {
      if let reason = result.skipReason, !options.quiet {
        output += "\(Self.location(result.source)): skipped: \(TerminalSafe.escape(reason))\n"
      }
      var sectionFindings = false
      for diagnostic in result.diagnostics where !diagnostic.suppressed {
        if options.quiet, diagnostic.severity != .error { continue }
        output += line(diagnostic, source: result.source, color: options.color) + "\n"
        sectionFindings = sectionFindings || diagnostic.section != nil
      }
      // Which template's headings a finding about a section refers to: a repository may have several.
      if sectionFindings, !options.quiet, let template = result.template {
        output += "\(Self.location(result.source)): note: sections checked against the PR template "
        output += "\(TerminalSafe.escape(template))\n"
      }
    }
    // Quiet runs still say why they fail.
    if !options.quiet || ReportSummary(results, maxWarnings: options.maxWarnings).fails {
      output += Self.summaryLine(results, options: options) + "\n"
    }
    return output
  }

  private func line(_ diagnostic: Diagnostic, source: String, color: Bool) -> String {
    var location = Self.location(source)
    if let position = diagnostic.position { location += ":\(position.line):\(position.column)" }
    let severity = diagnostic.severity.rawValue
    let painted = color ? Paint.severity(severity, diagnostic.severity) : severity
    let rule = color ? Paint.dim("[\(diagnostic.ruleID)]") : "[\(diagnostic.ruleID)]"
    return "\(location): \(painted): \(TerminalSafe.escape(diagnostic.message)) \(rule)"
  }

  /// The source escaped as the start of a line followed by a colon: a source named `:` or `:add-mask`
  /// must not make the line open with `::`, a runner command.
  private static func location(_ source: String) -> String {
    String(TerminalSafe.escape(source + ":").dropLast())
  }

  /// `✔ PR.md passed: 0 errors, 1 warning`; also the last line of `--format github`.
  static func summaryLine(_ results: [LintResult], options: ReportOptions) -> String {
    let summary = ReportSummary(results, maxWarnings: options.maxWarnings)
    let parts = summary.counts
    let scope = summary.checked == 1 ? TerminalSafe.escape(results[0].source) : "\(summary.checked) PRs"
    var verdict = summary.fails ? "✖ \(scope) failed" : "✔ \(scope) passed"
    if summary.checked > 1 { verdict += " (\(summary.passed) passed, \(summary.failed) failed)" }
    if let limit = options.maxWarnings, summary.warnings > limit, summary.errors == 0 {
      verdict += ": more than --max-warnings \(limit)"
    }
    // Appended in a loop: the first `joined(separator:)` of a run costs a twentieth of a one-body run in
    // first-time type lookups.
    var line = verdict + ":"
    for (index, part) in parts.enumerated() { line += (index == 0 ? " " : ", ") + part }
    guard options.color else { return line }
    return summary.fails ? Paint.severity(line, .error) : Paint.green(line)
  }
}

/// ANSI colours, applied only to prlint's own words, never to body text.
enum Paint {
  static func severity(_ text: String, _ severity: Severity) -> String {
    (severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m") + text + "\u{1B}[0m"
  }
  static func green(_ text: String) -> String { "\u{1B}[32m" + text + "\u{1B}[0m" }
  static func dim(_ text: String) -> String { "\u{1B}[2m" + text + "\u{1B}[0m" }
}
