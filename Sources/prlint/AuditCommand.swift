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
      A malformed record is reported on stderr and skipped; the exit code is then 2, and no report file \
      (--format NAME=PATH) is written. --format markdown is the summary, to paste into an issue.
      """)

  @Argument(help: "A JSON Lines file or a JSON array of PRs; - or none reads standard input.")
  var file: String?

  @OptionGroup var configurationOptions: ConfigurationOptions

  @OptionGroup var outputOptions: OutputOptions

  @Flag(help: "Print the summary only, not each PR's results.")
  var summaryOnly = false

  @Flag(help: "Report errors only for each PR.")
  var quiet = false

  @Option(
    help:
      "Colour per-PR text output on standard output (never in a file); auto: FORCE_COLOR, then NO_COLOR, then TERM=dumb, then a terminal decides."
  )
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
    do {
      try ReportDestination.check(outputOptions.destinations, replaceNoneOf: path.map { [$0] } ?? [])
    } catch {
      throw UsageError(message: error.description)
    }
    let handle = try open(path)
    let linter = try Linter(configuration: configuration, environment: .currentDirectory)
    let destinations = outputOptions.destinations
    // A file gets what that format alone would print to a pipe: no colour, ASCII bars.
    let terminal = isatty(STDOUT_FILENO) == 1
    let outputs = destinations.map { destination in
      let toTerminal = destination.path == nil && terminal
      return AuditOutput(
        format: Self.auditFormat(destination.format, unicodeBars: toTerminal),
        options: ReportOptions(
          color: destination.path == nil && (noColor ? .never : color).enabled(for: FileHandle.standardOutput),
          quiet: quiet, rules: linter.activeRules, toolVersion: PRLint.version),
        summaryOnly: summaryOnly)
    }
    let runner = AuditRunner(
      linter: linter, outputs: outputs, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    let source = path ?? BodyReader.standardInputName
    destinations.ignoreBrokenPipesWhenWritingFiles()
    let files = ReportFiles()
    defer { files.discard() }
    let (summary, malformed) = try runner.run(
      reading: handle, source: source, progress: path.flatMap { ProgressLine(path: $0) },
      paths: destinations.map(\.path), files: files)
    // A malformed record is an input error: the reports stay as they were.
    if malformed > 0 { throw ExitCode(2) }
    try files.commit()
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

extension AuditCommand {
  /// `--format` for audit: `text` and `json` have audit shapes of their own (with the summary),
  /// `markdown` is the summary alone, and the others are one document for every PR.
  static func auditFormat(_ format: OutputFormat, unicodeBars: Bool) -> AuditOutput.Format {
    switch format {
    case .text: .text(unicodeBars: unicodeBars)
    case .json: .json
    case .markdown: .markdown
    default: .reporter(format)
    }
  }
}
