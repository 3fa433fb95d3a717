import Foundation

extension AuditRunner {
  /// Audits the records read from `input` (named `source` in messages) to `output`, each malformed
  /// record as one line on stderr; returns the summary and how many records were malformed.
  public func run(reading input: FileHandle, source: String, writingTo output: FileHandle, progress: ProgressLine?)
    throws(InputError) -> (summary: AuditSummary, malformed: Int)
  {
    var malformed = 0
    var buffer = OutputBuffer(handle: output)
    let summary = try run(
      read: { () throws(InputError) -> [UInt8]? in
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
        let message = "prlint: \(source):\(problem.line): record \(problem.record): \(problem.message)\n"
        FileHandle.standardError.write(Data(TerminalSafe.escape(message.dropLast().description).utf8 + [10]))
      },
      progress: { progress?.update(bytesRead: $0) })
    buffer.flush()
    progress?.clear()
    return (summary, malformed)
  }
}

/// Collects output into large writes: one `write(2)` per PR would dominate a fast audit.
struct OutputBuffer {
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
    FileHandle.standardError.write(
      Data("\rprlint audit: \(percent)% (\(megabytes(bytesRead)) of \(megabytes(total)) MB)".utf8))
  }

  func clear() {
    guard lastPercent >= 0 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    lastPercent = -1
  }
}
