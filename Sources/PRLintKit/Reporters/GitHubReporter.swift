/// `--format github`: one GitHub Actions workflow command per finding, which the runner turns into
/// an annotation on the run and the PR: `::error file=PR.md,line=5,col=1,title=prlint empty-section::…`.
/// A skipped PR is a `::notice`; the last line is the text format's summary.
///
/// Every line starts with a command of ours or with the summary's ✔/✖, and everything else is
/// escaped the toolkit's way, so a body holding `::add-mask::` or a line break cannot start a
/// command of its own. (The CLI also appends the `markdown` report to `$GITHUB_STEP_SUMMARY`.)
public struct GitHubReporter: Reporter {
  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    var output = ""
    for result in results {
      if let reason = result.skipReason {
        let message = "\(result.source) skipped: \(reason)"
        output += WorkflowCommand.line("notice", properties: [("title", "prlint")], message: message) + "\n"
      }
      for diagnostic in result.diagnostics where !diagnostic.suppressed {
        if options.quiet, diagnostic.severity != .error { continue }
        output += command(diagnostic, file: result.sourceIsFile ? result.source : nil) + "\n"
      }
    }
    // Quiet runs still say why they fail, as in text.
    guard !options.quiet || ReportSummary(results, maxWarnings: options.maxWarnings).fails else { return output }
    var plain = options
    plain.color = false
    return output + TextReporter.summaryLine(results, options: plain) + "\n"
  }

  /// The annotation names the file only when the runner will read its path back exactly (see
  /// `WorkflowCommand.roundTrips`); otherwise it goes on the run, and the message names the path.
  private func command(_ diagnostic: Diagnostic, file: String?) -> String {
    var properties: [(String, String)] = []
    var message = diagnostic.message
    if let path = file, WorkflowCommand.roundTrips(asProperty: path) {
      properties.append(("file", path))
      if let position = diagnostic.position {
        properties += [("line", String(position.line)), ("col", String(position.column))]
      }
    } else if let path = file {
      message = path + ": " + message
    }
    properties.append(("title", "prlint \(diagnostic.ruleID)"))
    return WorkflowCommand.line(
      diagnostic.severity == .error ? "error" : "warning", properties: properties, message: message)
  }
}
