import Dispatch
import Foundation

/// Lints a stream of PR records in bounded memory: a window of records is decoded, linted and
/// rendered on up to `jobs` threads, then written in input order before the next window is read.
/// Only the summary's counters outlive a window.
public struct AuditRunner: Sendable {
  public var linter: Linter
  public var output: AuditOutput
  public var jobs: Int
  /// Records per window for each job: enough to keep every thread busy, few enough to bound memory.
  public var recordsPerJob = 32
  /// A window also ends once it holds this many bytes of records.
  public var windowBytes = 8 * 1024 * 1024

  public init(linter: Linter, output: AuditOutput, jobs: Int) {
    self.linter = linter
    self.output = output
    self.jobs = max(1, jobs)
  }

  /// A malformed record: its number, the line it starts on and what was wrong.
  public struct Malformed: Sendable, Hashable {
    public var record: Int
    public var line: Int
    public var message: String
  }

  private enum Outcome: Sendable {
    case linted(LintResult, changedLines: Int?, text: String)
    case malformed(Malformed)
  }

  /// Reads chunks from `read` (nil at the end), writes output through `write` as it goes and
  /// reports malformed records through `malformed`; returns the summary, already written.
  public func run(
    read: () throws(InputError) -> [UInt8]?, write: (String) -> Void, malformed: (Malformed) -> Void,
    progress: ((_ bytesRead: Int) -> Void)? = nil
  ) throws(InputError) -> AuditSummary {
    var splitter = RecordSplitter()
    var summary = AuditSummary()
    var window: [RecordSplitter.Record] = []
    var windowSize = 0
    var bytesRead = 0
    var anyResults = false
    write(output.header)

    func flush() {
      for outcome in process(window) {
        switch outcome {
        case .linted(let result, let changedLines, let text):
          write(output.separator(isFirst: !anyResults) + text)
          anyResults = true
          summary.add(result, changedLines: changedLines)
        case .malformed(let problem):
          summary.addMalformed()
          malformed(problem)
        }
      }
      window.removeAll(keepingCapacity: true)
      windowSize = 0
      progress?(bytesRead)
    }

    while let chunk = try read() {
      bytesRead += chunk.count
      for record in splitter.feed(chunk) {
        window.append(record)
        windowSize += record.bytes.count
        if window.count >= jobs * recordsPerJob || windowSize >= windowBytes { flush() }
      }
    }
    window += splitter.finish()
    flush()
    write(output.footer(summary, anyResults: anyResults))
    return summary
  }

  /// Decodes, lints and renders each record of the window; the outcomes are in window order.
  private func process(_ records: [RecordSplitter.Record]) -> [Outcome] {
    guard jobs > 1, records.count > 1 else {
      let decoder = JSONDecoder()
      return records.map { process($0, decoder: decoder) }
    }
    let slots = Slots<Outcome>(count: records.count)
    DispatchQueue.concurrentPerform(iterations: min(jobs, records.count)) { _ in
      let decoder = JSONDecoder()
      while let index = slots.claim() {
        slots.fill(index, with: process(records[index], decoder: decoder))
      }
    }
    return slots.values
  }

  private func process(_ record: RecordSplitter.Record, decoder: JSONDecoder) -> Outcome {
    if let problem = record.problem {
      return .malformed(Malformed(record: record.number, line: record.line, message: problem))
    }
    do {
      let input = try PRRecord.decode(record.bytes, decoder: decoder).lintInput(recordNumber: record.number)
      let result = linter.lint(input)
      return .linted(result, changedLines: input.changedLines, text: output.record(result))
    } catch {
      return .malformed(Malformed(record: record.number, line: record.line, message: error.message))
    }
  }
}

/// One slot per record of a window: each thread claims the next free index under a lock, then fills
/// that slot alone, so slots need no lock of their own.
private final class Slots<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var nextIndex = 0
  private let count: Int
  // Raw memory, not an array: an array property written from several threads would trip
  // Swift's exclusivity checks even though each thread writes its own element.
  private let storage: UnsafeMutablePointer<Value?>

  init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < count else { return nil }
    nextIndex += 1
    return nextIndex - 1
  }

  func fill(_ index: Int, with value: Value) {
    storage[index] = value
  }

  /// Every slot's value; call once all threads are done.
  var values: [Value] { (0..<count).map { storage[$0]! } }
}
