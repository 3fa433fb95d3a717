import ArgumentParser
import Foundation
import PRLintKit

/// `prlint audit [FILE]`: lint a repository's PR history and summarise it.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Lint many PRs from JSON (gh pr list, the REST API or prlint's own shape) and summarise them.",
    discussion: """
      Reads JSON Lines (one PR object a line) or one JSON array, from FILE or standard input:
        gh pr list --state all --limit 1000 --json number,title,body,additions,deletions,changedFiles,labels,author,isDraft,url > prs.json
        prlint audit prs.json --summary-only
      A malformed record is reported on stderr and skipped; the exit code is then 2.
      """)

  @Argument(help: "A JSON Lines file or a JSON array of PRs; - or none reads standard input.")
  var file: String?

  @OptionGroup var configurationOptions: ConfigurationOptions

  @Option(help: "Output format: text, markdown (a summary to paste into an issue), json, or any check format.")
  var format: AuditFormat = AuditFormat(name: "text")

  @Flag(help: "Print the summary only, not each PR's results.")
  var summaryOnly = false

  @Flag(help: "Report errors only for each PR.")
  var quiet = false

  @Option(help: "Colour per-PR text output; auto: FORCE_COLOR, then NO_COLOR, then TERM=dumb, then a terminal decides.")
  var color: ColorMode = .auto

  @Flag(help: "The same as --color never.")
  var noColor = false

  @Option(parsing: .unconditional, help: "PRs linted at once (default: one per processor).")
  var jobs: Int?

  func validate() throws {
    if noColor, color != .auto { throw ValidationError("--no-color and --color: give one of them") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, got \(jobs)") }
    // Each worker is a thread with its own stack; past a few per core they only cost memory.
    if let jobs, jobs > 256 { throw ValidationError("--jobs must be at most 256, got \(jobs)") }
  }

  func run() throws {
    AuditRunner.returnLargeBuffersPromptly()
    let configuration = try configurationOptions.load()
    let path = file.flatMap { $0 == "-" ? nil : $0 }
    let handle = try open(path)
    let stdout = FileHandle.standardOutput
    let linter = try Linter(configuration: configuration, environment: .currentDirectory)
    let output = AuditOutput(
      format: format.auditFormat(terminal: isatty(STDOUT_FILENO) == 1),
      options: ReportOptions(
        color: (noColor ? .never : color).enabled(for: stdout), quiet: quiet, rules: linter.activeRules,
        toolVersion: PRLint.version),
      summaryOnly: summaryOnly)
    let runner = AuditRunner(
      linter: linter, output: output, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    let source = path ?? BodyReader.standardInputName
    let (summary, malformed) = try runner.run(
      reading: handle, source: source, progress: path.flatMap { ProgressLine(path: $0) })
    if malformed > 0 { throw ExitCode(2) }
    if summary.failed > 0 { throw ExitCode(1) }
  }

  private func open(_ path: String?) throws -> FileHandle {
    guard let path else {
      if isatty(STDIN_FILENO) == 1 {
        throw UsageError(
          message: "no input: pass a FILE or pipe PRs as JSON, e.g. gh pr list --json number,title,body | prlint audit")
      }
      return FileHandle.standardInput
    }
    return try BodyReader.open(path: path, expected: "PRs as JSON Lines or a JSON array")
  }
}

/// `--format` for audit: `markdown` (the audit's own report) or any `OutputFormat`.
struct AuditFormat: ExpressibleByArgument {
  var name: String

  init(name: String) {
    self.name = name
  }

  init?(argument: String) {
    guard argument == "markdown" || OutputFormat(rawValue: argument) != nil else { return nil }
    name = argument
  }

  static var allValueStrings: [String] {
    var names = OutputFormat.allCases.map(\.rawValue)
    if !names.contains("markdown") { names.insert("markdown", at: min(1, names.count)) }
    return names
  }

  var defaultValueDescription: String { name }

  func auditFormat(terminal: Bool) -> AuditOutput.Format {
    switch name {
    case "text": .text(unicodeBars: terminal)
    case "json": .json
    case "markdown": .markdown
    default: OutputFormat(rawValue: name).map { .reporter($0) } ?? .text(unicodeBars: terminal)
    }
  }
}
