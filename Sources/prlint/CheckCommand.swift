import ArgumentParser
import Foundation
import PRLintKit

/// `prlint [check] [FILE...]`: lint PR bodies.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Lint PR bodies from files or standard input (the default command).")

  @Argument(
    help: """
      Markdown files holding PR bodies; - reads standard input, as does no FILE outside a GitHub Actions \
      pull_request job or a GitLab merge-request pipeline (there the PR is read from the CI).
      """)
  var files: [String] = []

  @OptionGroup(title: "Pull request") var pullRequestOptions: PullRequestOptions

  @OptionGroup var configurationOptions: ConfigurationOptions

  @Option(help: "Output format.")
  var format: OutputFormat = .text

  @Option(help: "Colour text output; auto colours a terminal unless NO_COLOR is set.")
  var color: ColorMode = .auto

  @Flag(help: "Report errors only.")
  var quiet = false

  @Option(parsing: .unconditional, help: "Fail (exit 1) when there are more than this many warnings.")
  var maxWarnings: Int?

  func validate() throws {
    if let maxWarnings, maxWarnings < 0 {
      throw ValidationError("--max-warnings must be 0 or more, got \(maxWarnings)")
    }
    if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("standard input (-) can be read only once") }
    if !files.isEmpty, pullRequestOptions.githubEvent != nil || pullRequestOptions.bodyFile != nil {
      throw ValidationError(
        "--event (--github-event) and --body-file name the PR's body: give no FILE arguments with them")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let configuration = try configurationOptions.load()
    // All of them first: a bad one leaves stdout untouched.
    var (inputs, gitLabDiffBase) = try readInputs(environment: environment)
    if let diffBase = pullRequestOptions.diffBase {
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
    let linter = Linter(configuration: configuration)
    let results = inputs.map { linter.lint($0) }
    let options = ReportOptions(
      color: color.enabled(for: FileHandle.standardOutput), quiet: quiet, maxWarnings: maxWarnings,
      rules: linter.activeRules, toolVersion: PRLint.version)
    FileHandle.standardOutput.write(Data(format.reporter.report(results, options: options).utf8))
    if format == .github { StepSummary.append(MarkdownReporter().report(results, options: options)) }
    if ReportSummary(results, maxWarnings: maxWarnings).fails { throw ExitCode(1) }
  }

  /// The PRs to lint, and the base commit GitLab names for the diff when the PR came from its variables.
  private func readInputs(environment: [String: String]) throws -> ([LintInput], String?) {
    guard
      let (found, diffBase) = try PullRequestSource.read(
        files: files, githubEvent: pullRequestOptions.githubEvent, bodyFile: pullRequestOptions.bodyFile,
        environment: environment)
    else { return (try readFiles(environment: environment), nil) }
    var input = found
    pullRequestOptions.apply(to: &input)
    return ([input], diffBase)
  }

  private func readFiles(environment: [String: String]) throws -> [LintInput] {
    let sources = files.isEmpty ? ["-"] : files
    if sources.contains("-"), isatty(STDIN_FILENO) == 1 {
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
      pullRequestOptions.apply(to: &input)
      return input
    }
  }
}

extension OutputFormat: ExpressibleByArgument {}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  func enabled(for handle: FileHandle) -> Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto:
      // https://no-color.org: a non-empty NO_COLOR turns colour off.
      (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty && isatty(handle.fileDescriptor) == 1
    }
  }
}
