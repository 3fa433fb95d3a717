import ArgumentParser
import Foundation
import PRLintKit

/// `prlint [check]` as plain values. `CheckCommand` (through ArgumentParser) and `FastPath` (which
/// skips it) both build one and call `run()`, so the two cannot behave differently.
struct CheckRequest {
  var pullRequests = PullRequestInputs.CheckRequest()
  var configuration = ConfigurationChoice()
  /// Where each report goes, already resolved (`ReportDestination.resolve`).
  var reports = [ReportDestination(format: .text)]
  var color: ColorMode = .auto
  var quiet = false
  var maxWarnings: Int? = nil
  /// `--fix` (or `prlint fix`): where the fixed bodies go; nil to lint only.
  var fix: FixOutput? = nil

  init(files: [String] = []) {
    pullRequests.files = files
  }

  func run() throws {
    let configuration = try self.configuration.load()
    // Every input first: a bad one leaves stdout untouched.
    var request = pullRequests
    request.environment = CIEnvironment.current()
    request.standardInputIsTerminal = isatty(STDIN_FILENO) == 1
    request.keepsBodyBytes = fix != nil
    let found: PullRequestInputs
    do {
      found = try PullRequestInputs(check: request)
    } catch is PullRequestInputs.NoInput {
      // The usage line costs ArgumentParser's reflection: only on this error path.
      throw UsageError(
        message: "no input: pass a FILE or pipe a PR body, e.g. gh pr view 42 --json body -q .body | prlint",
        usage: PRLint.helpMessage(for: CheckCommand.self).split(separator: "\n").first { $0.hasPrefix("USAGE:") }
          .map(String.init))
    }
    do {
      try ReportDestination.check(reports, replaceNoneOf: found.inputs.filter(\.sourceIsFile).map(\.source))
    } catch {
      throw UsageError(message: error.description)
    }
    for warning in found.warnings { try Output.warn(warning) }
    let linter = try Linter(configuration: configuration, environment: .currentDirectory)
    if let fix {
      let (results, printed) = try self.fix(found, to: fix, with: linter)
      // When standard output holds the fixed body, the report meant for it goes to standard error.
      try report(results, linter, toStandardError: printed)
    } else {
      try report(found.inputs.map { linter.lint($0) }, linter, toStandardError: false)
    }
  }

  /// The format on standard output, if any report goes there.
  var standardOutputFormat: OutputFormat? { reports.first { $0.path == nil }?.format }

  /// Each report to its destination, the CI's outputs, and exit code 1 when the run fails.
  private func report(_ results: [LintResult], _ linter: Linter, toStandardError: Bool) throws {
    // A file gets what that format alone would print to a pipe: never colour.
    let options = ReportOptions(
      quiet: quiet, maxWarnings: maxWarnings, rules: linter.activeRules, toolVersion: PRLint.version)
    // Every file is complete before standard output is written and before any file is replaced:
    // a failure on the way (exit 2) replaces none of them.
    reports.ignoreBrokenPipesWhenWritingFiles()
    let files = ReportFiles()
    defer { files.discard() }
    for report in reports {
      if let path = report.path { try files.stage(report.format.reporter.report(results, options: options), for: path) }
    }
    if let format = standardOutputFormat {
      var standardOutput = options
      standardOutput.color = color.enabled(for: toStandardError ? FileHandle.standardError : FileHandle.standardOutput)
      let text = format.reporter.report(results, options: standardOutput)
      try toStandardError ? Console.error(text) : Console.out(text)
    }
    try files.commit()
    if reports.contains(where: { $0.format == .github }) {
      if let warning = StepSummary.append(MarkdownReporter().report(results, options: options)) {
        try Output.warn(warning)
      }
    }
    if let warning = ActionsOutputs.append(results, maxWarnings: maxWarnings) { try Output.warn(warning) }
    if ReportSummary(results, maxWarnings: maxWarnings).fails { throw ExitCode(1) }
  }
}

/// What the commands say besides their reports.
enum Output {
  /// `prlint: warning: …` on stderr, made safe for a terminal.
  static func warn(_ message: String) throws(Console.WriteError) {
    try Console.error(TerminalSafe.escape("prlint: warning: " + message) + "\n")
  }
}
