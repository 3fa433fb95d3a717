import ArgumentParser
import Foundation
import PRLintKit

/// `prlint [check]` as plain values. `CheckCommand` (through ArgumentParser) and `FastPath` (which
/// skips it) both build one and call `run()`, so the two cannot behave differently.
struct CheckRequest {
  var files: [String] = []
  var pullRequest = PullRequestFlags()
  var configuration = ConfigurationChoice()
  var format: OutputFormat = .text
  var color: ColorMode = .auto
  var quiet = false
  var maxWarnings: Int? = nil

  func run() throws {
    let environment = CIEnvironment.current()
    let configuration = try self.configuration.load()
    // All of them first: a bad one leaves stdout untouched.
    var (inputs, gitLabDiffBase) = try readInputs(environment: environment)
    if let diffBase = pullRequest.diffBase {
      let files = try GitDiffBase.files(base: diffBase)
      for index in inputs.indices { inputs[index].fillDiff(files) }
    } else if let gitLabBase = gitLabDiffBase, !inputs.isEmpty {
      // GitLab names the MR's base commit; a shallow clone may lack it, and then the size from
      // the variables is all there is: say so, and lint on.
      do {
        inputs[0].fillDiff(try GitDiffBase.files(base: gitLabBase))
      } catch {
        let message = "prlint: warning: no diff from CI_MERGE_REQUEST_DIFF_BASE_SHA (\(error)); set GIT_DEPTH: 0\n"
        FileHandle.standardError.write(Data(TerminalSafe.escape(message).utf8))
      }
    }
    let linter = try Linter(configuration: configuration, environment: .currentDirectory)
    let results = inputs.map { linter.lint($0) }
    let options = ReportOptions(
      color: color.enabled(for: FileHandle.standardOutput), quiet: quiet, maxWarnings: maxWarnings,
      rules: linter.activeRules, toolVersion: PRLint.version)
    FileHandle.standardOutput.write(Self.data(format.reporter.report(results, options: options)))
    if format == .github { StepSummary.append(MarkdownReporter().report(results, options: options)) }
    if ReportSummary(results, maxWarnings: maxWarnings).fails { throw ExitCode(1) }
  }

  /// The text's UTF-8 as `Data`, without the generic `Data(text.utf8)`, whose first use costs more
  /// than the copy.
  static func data(_ text: String) -> Data {
    var text = text
    return text.withUTF8 { Data(bytes: $0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count) }
  }

  /// The PRs to lint, and the base commit GitLab names for the diff when the PR came from its variables.
  private func readInputs(environment: [String: String]) throws -> ([LintInput], String?) {
    guard
      let (found, diffBase) = try PullRequestSource.read(
        files: files, githubEvent: pullRequest.githubEvent, bodyFile: pullRequest.bodyFile,
        environment: environment)
    else { return (try readFiles(environment: environment), nil) }
    var input = found
    pullRequest.apply(to: &input)
    return ([input], diffBase)
  }

  private func readFiles(environment: [String: String]) throws -> [LintInput] {
    let sources = files.isEmpty ? ["-"] : files
    if sources.contains("-"), isatty(STDIN_FILENO) == 1 {
      // The usage line costs ArgumentParser's reflection: only on this error path.
      throw UsageError(
        message: "no input: pass a FILE or pipe a PR body, e.g. gh pr view 42 --json body -q .body | prlint",
        usage: PRLint.helpMessage(for: CheckCommand.self).split(separator: "\n").first { $0.hasPrefix("USAGE:") }
          .map(String.init))
    }
    return try sources.map { source in
      let isStandardInput = source == "-"
      let body = try isStandardInput ? BodyReader.readStandardInput() : BodyReader.read(path: source)
      var input = LintInput(
        source: isStandardInput ? BodyReader.standardInputName : source, sourceIsFile: !isStandardInput, body: body)
      input.pullRequest.platform = Platform.detect(environment: environment)
      pullRequest.apply(to: &input)
      return input
    }
  }
}
