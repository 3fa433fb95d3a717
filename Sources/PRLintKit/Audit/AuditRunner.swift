import Foundation

/// Lints a stream of PR records in bounded memory. Records are decoded, linted and rendered on up to
/// `jobs` threads as they are read, and written in input order as soon as each one's predecessors are:
/// at most `maximumInFlight` records (and `maximumInFlightBytes` of them) are read but not yet written,
/// enough for the other threads to run on past a 1 MB body. Only the summary's counters outlive a record.
public struct AuditRunner: Sendable {
  public var linter: Linter
  public var output: AuditOutput
  public var jobs: Int
  public var maximumInFlight = 512
  public var maximumInFlightBytes = 8 * 1024 * 1024
  /// What the workers parse at once, in record bytes (one larger record alone may go past it). A parse
  /// costs up to ~210 bytes a body byte, so this bounds an audit's memory whatever `jobs` is.
  public var maximumParsingBytes = 2 << 20

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

  enum Outcome: Sendable {
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
    var bytesRead = 0
    var anyResults = false
    write(output.header)

    func emit(_ outcome: Outcome) {
      switch outcome {
      case .linted(let result, let changedLines, let text):
        if !text.isEmpty {
          write(output.separator(isFirst: !anyResults) + text)
          anyResults = true
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
      ) { [self] record, decoder in process(record, decoder: decoder) }
      do {
        while let chunk = try read() {
          bytesRead += chunk.count
          for record in splitter.feed(chunk) { pipeline.submit(record, emit: emit) }
          pipeline.emitReady(emit)
          progress?(bytesRead)
        }
      } catch {
        pipeline.cancel()
        throw error
      }
      for record in splitter.finish() { pipeline.submit(record, emit: emit) }
      pipeline.finish(emit: emit)
    }
    progress?(bytesRead)
    write(output.footer(summary, anyResults: anyResults))
    return summary
  }

  private func process(_ record: RecordSplitter.Record, decoder: JSONDecoder) -> Outcome {
    if let problem = record.problem {
      return .malformed(Malformed(record: record.number, line: record.line, message: problem))
    }
    do {
      let input = try AuditRecord.decode(record.bytes, decoder: decoder).lintInput(recordNumber: record.number)
      let result = linter.lint(input)
      return .linted(result, changedLines: input.changedLines, text: output.record(result))
    } catch {
      return .malformed(Malformed(record: record.number, line: record.line, message: error.message))
    }
  }
}
