import ArgumentParser
import Foundation
import PRLintKit

/// `prlint [check] [FILE...]`: lint PR bodies.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Lint PR bodies from files or standard input (the default command).")

  @Argument(help: "Markdown files holding PR bodies; - or none reads standard input.")
  var files: [String] = []

  @Option(help: "The PR title, checked by the title and breaking-change rules.")
  var title: String?

  @OptionGroup var configurationOptions: ConfigurationOptions

  @Option(help: "Output format.")
  var format: OutputFormat = .text

  // `.unconditional` so that `--changed-lines -5` is read as a value and rejected by validate().
  @Option(parsing: .unconditional, help: "Lines changed by the PR (added + deleted), for diff-size.")
  var changedLines: Int?

  @Option(parsing: .unconditional, help: "Files changed by the PR, for diff-size.")
  var changedFiles: Int?

  @Option(help: "Colour text output; auto colours a terminal unless NO_COLOR is set.")
  var color: ColorMode = .auto

  @Flag(help: "Report errors only.")
  var quiet = false

  @Option(parsing: .unconditional, help: "Fail (exit 1) when there are more than this many warnings.")
  var maxWarnings: Int?

  func validate() throws {
    for (name, value) in [
      ("--changed-lines", changedLines), ("--changed-files", changedFiles), ("--max-warnings", maxWarnings),
    ] {
      if let value, value < 0 { throw ValidationError("\(name) must be 0 or more, got \(value)") }
    }
    if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("standard input (-) can be read only once") }
  }

  func run() throws {
    let configuration = try configurationOptions.load()
    let inputs = try readInputs()  // all of them first: a bad one leaves stdout untouched
    let linter = Linter(configuration: configuration)
    let results = inputs.map { linter.lint($0) }
    let options = ReportOptions(
      color: color.enabled(for: FileHandle.standardOutput), quiet: quiet, maxWarnings: maxWarnings)
    FileHandle.standardOutput.write(Data(format.reporter.report(results, options: options).utf8))
    if ReportSummary(results, maxWarnings: maxWarnings).fails { throw ExitCode(1) }
  }

  private func readInputs() throws -> [LintInput] {
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
      return LintInput(
        source: isStandardInput ? BodyReader.standardInputName : source, body: body, title: title,
        changedLines: changedLines, changedFiles: changedFiles)
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
