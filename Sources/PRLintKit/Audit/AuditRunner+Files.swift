import Foundation

extension AuditRunner {
  /// Audits the records read from `input` (named `source` in messages) to standard output, each
  /// malformed record as one line on stderr; returns the summary and how many records were malformed.
  /// When a write fails (a full disk, a reader gone), reading stops and the failure is thrown.
  public func run(reading input: FileHandle, source: String, progress: ProgressLine?) throws -> (
    summary: AuditSummary, malformed: Int
  ) {
    var malformed = 0
    var buffer = OutputBuffer()
    let summary = try run(
      read: { () throws(InputError) -> [UInt8]? in
        guard buffer.failure == nil else { return nil }  // nobody is reading any more
        do {
          guard let chunk = try input.read(upToCount: 256 * 1024), !chunk.isEmpty else { return nil }
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
        let message = "prlint: \(source):\(problem.line): record \(problem.record): \(problem.message)"
        buffer.report { () throws(Console.WriteError) in try Console.error(TerminalSafe.escape(message) + "\n") }
      },
      progress: { progress?.update(bytesRead: $0) })
    buffer.flush()
    progress?.clear()
    if let failure = buffer.failure { throw failure }
    return (summary, malformed)
  }
}

/// Collects standard output into large writes (one `write(2)` per PR would dominate a fast audit), and
/// keeps the first failure of any write, after which it writes nothing more.
struct OutputBuffer {
  private var pending = ""
  private(set) var failure: Console.WriteError?

  mutating func write(_ text: String) {
    pending += text
    if pending.utf8.count >= 64 * 1024 { flush() }
  }

  mutating func flush() {
    guard !pending.isEmpty else { return }
    let text = pending
    pending = ""
    report { () throws(Console.WriteError) in try Console.out(text) }
  }

  /// Runs a write unless one has failed already, keeping its failure.
  mutating func report(_ write: () throws(Console.WriteError) -> Void) {
    guard failure == nil else { return }
    do {
      try write()
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
