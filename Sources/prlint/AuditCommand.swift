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

  @Option(help: "Colour per-PR text output; auto colours a terminal unless NO_COLOR is set.")
  var color: ColorMode = .auto

  @Option(parsing: .unconditional, help: "PRs linted at once (default: one per processor).")
  var jobs: Int?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, got \(jobs)") }
    // Each worker is a thread with its own stack; past a few per core they only cost memory.
    if let jobs, jobs > 256 { throw ValidationError("--jobs must be at most 256, got \(jobs)") }
  }

  func run() throws {
    #if canImport(Glibc)
      // glibc raises its mmap threshold after each large free, so the buffers of a 1 MB body then
      // come from a thread's arena and stay there: peak RSS crept up with the records audited
      // (+11% from 10,000 to 100,000 on 2 threads). A fixed threshold returns them at once (+7%);
      // a single arena also would (+5%), but its lock cost 15-20% CPU and most of the second core.
      _ = glibcMallopt(glibcMmapThreshold, 256 * 1024)
    #endif
    let configuration = try configurationOptions.load()
    let path = file.flatMap { $0 == "-" ? nil : $0 }
    let handle = try open(path)
    let stdout = FileHandle.standardOutput
    let output = AuditOutput(
      format: format.auditFormat(terminal: isatty(STDOUT_FILENO) == 1),
      options: ReportOptions(color: color.enabled(for: stdout), quiet: quiet), summaryOnly: summaryOnly)
    let runner = AuditRunner(
      linter: try Linter(configuration: configuration, environment: .currentDirectory), output: output,
      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    let source = path ?? BodyReader.standardInputName
    let progress = path.flatMap { ProgressLine(path: $0) }
    var malformed = 0
    var buffer = OutputBuffer(handle: stdout)
    let summary = try runner.run(
      read: { () throws(InputError) -> [UInt8]? in
        do {
          guard let chunk = try handle.read(upToCount: 256 * 1024), !chunk.isEmpty else { return nil }
          return [UInt8](chunk)
        } catch {
          throw InputError(source: source, "cannot be read")
        }
      },
      write: { buffer.write($0) },
      malformed: { problem in
        malformed += 1
        buffer.flush()
        progress?.clear()
        let message = "prlint: \(source):\(problem.line): record \(problem.record): \(problem.message)\n"
        FileHandle.standardError.write(Data(TerminalSafe.escape(message.dropLast().description).utf8 + [10]))
      },
      progress: { progress?.update(bytesRead: $0) })
    buffer.flush()
    progress?.clear()
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
    let expected = "PRs as JSON Lines or a JSON array"
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError(source: path, "no such file: expected \(expected)")
    }
    guard !isDirectory.boolValue else { throw InputError(source: path, "is a directory: expected \(expected)") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InputError(source: path, "cannot be read (permission denied): expected \(expected)")
    }
    return handle
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

/// Collects output into large writes: one `write(2)` per PR would dominate a fast audit.
private struct OutputBuffer {
  let handle: FileHandle
  private var pending = ""

  init(handle: FileHandle) {
    self.handle = handle
  }

  mutating func write(_ text: String) {
    pending += text
    if pending.utf8.count >= 64 * 1024 { flush() }
  }

  mutating func flush() {
    guard !pending.isEmpty else { return }
    handle.write(Data(pending.utf8))
    pending = ""
  }
}

/// `audit: 42% (3.1 of 7.4 MB)` on stderr, redrawn in place; only for a file when stderr is a terminal.
private final class ProgressLine {
  private let total: Int
  private var lastPercent = -1

  init?(path: String) {
    guard isatty(STDERR_FILENO) == 1,
      let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0
    else { return nil }
    total = size
  }

  func update(bytesRead: Int) {
    let percent = min(100, bytesRead * 100 / total)
    guard percent != lastPercent else { return }
    lastPercent = percent
    let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_000_000) }
    FileHandle.standardError.write(
      Data("\rprlint audit: \(percent)% (\(megabytes(bytesRead)) of \(megabytes(total)) MB)".utf8))
  }

  func clear() {
    guard lastPercent >= 0 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    lastPercent = -1
  }
}

#if canImport(Glibc)
  // <malloc.h> is not in Swift's Glibc module; M_MMAP_THRESHOLD is -3 there.
  private let glibcMmapThreshold: Int32 = -3
  @_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
