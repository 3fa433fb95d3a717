import Foundation

extension AuditRunner {
  /// Audits the records read from `input` (named `source` in messages) to standard output, each
  /// malformed record as one line on stderr; returns the summary and how many records were malformed.
  /// When a write fails (a full disk, a reader gone), reading stops and the failure is thrown.
  public func run(reading input: FileHandle, source: String, progress: ProgressLine?) throws -> (
    summary: AuditSummary, malformed: Int
  ) {
    try run(reading: input, source: source, progress: progress, paths: [nil], files: ReportFiles())
  }

  /// The same, each output (as numbered in `outputs`) to standard output (nil) or to the file at its
  /// path in `paths`, written to a temporary file in `files` that the caller commits or discards. Every
  /// temporary file is created before any record is read.
  public func run(
    reading input: FileHandle, source: String, progress: ProgressLine?, paths: [String?], files: ReportFiles
  ) throws -> (summary: AuditSummary, malformed: Int) {
    precondition(paths.count == outputs.count, "one path (or nil) for each output")
    var streams: [OutputBuffer] = []
    for path in paths {
      if let path {
        let file = try files.create(for: path)
        streams.append(OutputBuffer { text throws(Console.WriteError) in try files.write(text, to: file) })
      } else {
        streams.append(OutputBuffer { text throws(Console.WriteError) in try Console.out(text) })
      }
    }
    var messages = OutputBuffer { text throws(Console.WriteError) in try Console.error(text) }
    func failure() -> Console.WriteError? { streams.lazy.compactMap(\.failure).first ?? messages.failure }
    var malformed = 0
    let summary = try run(
      read: { () throws(InputError) -> [UInt8]? in
        guard failure() == nil else { return nil }  // nobody is reading any more
        do {
          guard let chunk = try input.read(upToCount: 256 * 1024), !chunk.isEmpty else { return nil }
          return [UInt8](chunk)
        } catch {
          throw InputError(source: source, "cannot be read")
        }
      },
      write: { streams[$0].write($1) },
      malformed: { problem in
        malformed += 1
        for index in streams.indices { streams[index].flush() }
        // After a failed write, the records cut short by the stop are no news.
        guard failure() == nil else { return }
        progress?.clear()
        let message = "prlint: \(source):\(problem.line): record \(problem.record): \(problem.message)"
        messages.write(TerminalSafe.escape(message) + "\n")
        messages.flush()
      },
      progress: { progress?.update(bytesRead: $0) })
    for index in streams.indices { streams[index].flush() }
    progress?.clear()
    if let failure = failure() { throw failure }
    return (summary, malformed)
  }
}

/// Collects one output into large writes (one `write(2)` per PR would dominate a fast audit), and
/// keeps the first failure of any write, after which it writes nothing more.
struct OutputBuffer {
  private var pending = ""
  private(set) var failure: Console.WriteError?
  private let sink: (String) throws(Console.WriteError) -> Void

  init(sink: @escaping (String) throws(Console.WriteError) -> Void) {
    self.sink = sink
  }

  mutating func write(_ text: String) {
    pending += text
    if pending.utf8.count >= 64 * 1024 { flush() }
  }

  mutating func flush() {
    guard !pending.isEmpty, failure == nil else { return }
    let text = pending
    pending = ""
    do {
      try sink(text)
    } catch {
      failure = error
    }
  }
}

/// `audit: 42% (3.1 of 7.4 MB)` on stderr, redrawn in place; only for a file when stderr is a terminal.
public final class ProgressLine {
  private let total: Int
  private var lastPercent = -1

  public init?(path: String) {
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
    // Shown only on a terminal, and only for the eye: a lost redraw is no error.
    try? Console.error("\rprlint audit: \(percent)% (\(megabytes(bytesRead)) of \(megabytes(total)) MB)")
  }

  func clear() {
    guard lastPercent >= 0 else { return }
    try? Console.error("\r\u{1B}[K")
    lastPercent = -1
  }
}
