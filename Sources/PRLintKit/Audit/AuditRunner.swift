import Foundation

/// Lints a stream of PR records in bounded memory. Records are decoded, linted and rendered on up to
/// `jobs` threads as they are read, and written in input order as soon as each one's predecessors are:
/// at most `maximumInFlight` records (and `maximumInFlightBytes` of them) are read but not yet written,
/// enough for the other threads to run on past a 1 MB body. Only the summary's counters outlive a record.
public struct AuditRunner: Sendable {
  public var linter: Linter
  /// The reports written at once, each through its own stream (`--format text --format sarif=x`).
  public var outputs: [AuditOutput]
  public var jobs: Int
  public var maximumInFlight = 512
  public var maximumInFlightBytes = 8 * 1024 * 1024
  /// What the workers parse at once, in record bytes (one larger record alone may go past it). A parse
  /// costs up to ~210 bytes a body byte, so this bounds an audit's memory whatever `jobs` is.
  public var maximumParsingBytes = 2 << 20

  public init(linter: Linter, output: AuditOutput, jobs: Int) {
    self.init(linter: linter, outputs: [output], jobs: jobs)
  }

  public init(linter: Linter, outputs: [AuditOutput], jobs: Int) {
    self.linter = linter
    self.outputs = outputs
    self.jobs = max(1, jobs)
  }

  /// A malformed record: its number, the line it starts on and what was wrong.
  public struct Malformed: Sendable, Hashable {
    public var record: Int
    public var line: Int
    public var message: String
  }

  enum Outcome: Sendable {
    /// `texts`: the record as each output renders it.
    case linted(LintResult, changedLines: Int?, texts: [String])
    case malformed(Malformed)
  }

  /// `run(read:write:malformed:progress:)` for the first output only (there is usually one).
  public func run(
    read: () throws(InputError) -> [UInt8]?, write: (String) -> Void, malformed: (Malformed) -> Void,
    progress: ((_ bytesRead: Int) -> Void)? = nil
  ) throws(InputError) -> AuditSummary {
    try run(
      read: read, write: { output, text in if output == 0 { write(text) } }, malformed: malformed, progress: progress)
  }

  /// Reads chunks from `read` (nil at the end), writes each output (numbered as in `outputs`) through
  /// `write` as it goes and reports malformed records through `malformed`; returns the summary, already
  /// written.
  public func run(
    read: () throws(InputError) -> [UInt8]?, write: (_ output: Int, _ text: String) -> Void,
    malformed: (Malformed) -> Void, progress: ((_ bytesRead: Int) -> Void)? = nil
  ) throws(InputError) -> AuditSummary {
    var splitter = RecordSplitter()
    var summary = AuditSummary()
    var bytesRead = 0
    var anyResults = Array(repeating: false, count: outputs.count)
    for (index, output) in outputs.enumerated() { write(index, output.header) }

    func emit(_ outcome: Outcome) {
      switch outcome {
      case .linted(let result, let changedLines, let texts):
        for (index, text) in texts.enumerated() where !text.isEmpty {
          write(index, outputs[index].separator(isFirst: !anyResults[index]) + text)
          anyResults[index] = true
        }
        summary.add(result, changedLines: changedLines)
      case .malformed(let problem):
        summary.addMalformed()
        malformed(problem)
      }
    }

    if jobs == 1 {
      let decoder = JSONDecoder()
      while let chunk = try read() {
        bytesRead += chunk.count
        for record in splitter.feed(chunk) { emit(process(record, decoder: decoder)) }
        progress?(bytesRead)
      }
      for record in splitter.finish() { emit(process(record, decoder: decoder)) }
    } else {
      let pipeline = AuditPipeline(
        jobs: jobs, maximumInFlight: maximumInFlight, maximumInFlightBytes: maximumInFlightBytes,
        maximumParsingBytes: maximumParsingBytes
      ) { [self] batch, decoder in batch.map { process($0, decoder: decoder) } }
      do {
        while let chunk = try read() {
          bytesRead += chunk.count
          for batch in Self.batches(splitter.feed(chunk)) { pipeline.submit(batch, emit: emit) }
          pipeline.emitReady(emit)
          progress?(bytesRead)
        }
      } catch {
        pipeline.cancel()
        throw error
      }
      for batch in Self.batches(splitter.finish()) { pipeline.submit(batch, emit: emit) }
      pipeline.finish(emit: emit)
    }
    progress?(bytesRead)
    for (index, output) in outputs.enumerated() {
      write(index, output.footer(summary, anyResults: anyResults[index]))
    }
    return summary
  }

  /// Records in the order read, cut into batches of at most `batchRecords` records and `batchBytes`
  /// bytes (a larger record is a batch alone): small enough that the workers share the records evenly
  /// and stay within the parsing budget, large enough that the pipeline's lock is taken rarely.
  static func batches(_ records: [RecordSplitter.Record]) -> [[RecordSplitter.Record]] {
    var batches: [[RecordSplitter.Record]] = []
    var batch: [RecordSplitter.Record] = []
    var bytes = 0
    for record in records {
      if !batch.isEmpty, batch.count == batchRecords || bytes + record.bytes.count > batchBytes {
        batches.append(batch)
        batch = []
        bytes = 0
      }
      batch.append(record)
      bytes += record.bytes.count
    }
    if !batch.isEmpty { batches.append(batch) }
    return batches
  }

  static let batchRecords = 32
  static let batchBytes = 128 * 1024

  private func process(_ record: RecordSplitter.Record, decoder: JSONDecoder) -> Outcome {
    if let problem = record.problem {
      return .malformed(Malformed(record: record.number, line: record.line, message: problem))
    }
    do {
      let input = try AuditRecord.decode(record.bytes, decoder: decoder).lintInput(recordNumber: record.number)
      let result = linter.lint(input)
      return .linted(result, changedLines: input.changedLines, texts: outputs.map { $0.record(result) })
    } catch {
      return .malformed(Malformed(record: record.number, line: record.line, message: error.message))
    }
  }
}
