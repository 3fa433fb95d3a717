import Foundation
import Testing

@testable import PRLintKit

/// The audit pipeline's memory bound: parsing costs up to ~210 bytes a body byte, so what workers hold
/// at once must be bounded by bytes, whatever `--jobs` is.
struct AuditPipelineTests {
  /// The largest total of record bytes that workers held at the same time.
  private final class Tracker: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var peak = 0

    func begin(_ bytes: Int) {
      lock.withLock {
        current += bytes
        peak = max(peak, current)
      }
    }

    func end(_ bytes: Int) {
      lock.withLock { current -= bytes }
    }
  }

  private func runPipeline(jobs: Int, maximumParsingBytes: Int, recordBytes: Int, count: Int) -> (
    peak: Int, emitted: [Int]
  ) {
    let tracker = Tracker()
    let pipeline = AuditPipeline(
      jobs: jobs, maximumInFlight: 512, maximumInFlightBytes: 64 << 20, maximumParsingBytes: maximumParsingBytes
    ) { batch, _ in
      batch.map { record in
        tracker.begin(record.bytes.count)
        usleep(20_000)  // long enough that, unbounded, every worker would hold a record at once
        tracker.end(record.bytes.count)
        return .malformed(AuditRunner.Malformed(record: record.number, line: record.line, message: ""))
      }
    }
    var emitted: [Int] = []
    let collect = { (outcome: AuditRunner.Outcome) in
      if case .malformed(let problem) = outcome { emitted.append(problem.record) }
    }
    for number in 1...count {
      let record = RecordSplitter.Record(
        number: number, line: number, bytes: [UInt8](repeating: 32, count: recordBytes), problem: nil)
      pipeline.submit([record], emit: collect)
    }
    pipeline.finish(emit: collect)
    return (tracker.peak, emitted)
  }

  @Test func workersParseAtMostTheByteBudget() {
    let record = 400 * 1024
    let bounded = runPipeline(jobs: 4, maximumParsingBytes: 1 << 20, recordBytes: record, count: 12)
    #expect(bounded.emitted == Array(1...12))
    #expect(bounded.peak <= 2 * record, "\(bounded.peak) bytes parsed at once")
    // The same records with room for all four workers: they do run side by side, so the budget above is
    // what held them back.
    let unbounded = runPipeline(jobs: 4, maximumParsingBytes: 64 << 20, recordBytes: record, count: 12)
    #expect(unbounded.emitted == Array(1...12))
    #expect(unbounded.peak > 2 * record, "\(unbounded.peak) bytes parsed at once")
  }

  @Test func aRecordOverTheBudgetIsParsedAlone() {
    let run = runPipeline(jobs: 4, maximumParsingBytes: 1 << 20, recordBytes: 3 << 20, count: 4)
    #expect(run.emitted == Array(1...4))
    #expect(run.peak == 3 << 20)
  }

  /// Records are handed over in batches of a few, cut before a record that would make one too large.
  @Test func recordsAreBatchedByCountAndBytes() {
    func records(_ sizes: [Int]) -> [RecordSplitter.Record] {
      sizes.enumerated().map {
        RecordSplitter.Record(number: $0 + 1, line: $0 + 1, bytes: [UInt8](repeating: 32, count: $1))
      }
    }
    let small = AuditRunner.batches(records(Array(repeating: 10, count: 70)))
    #expect(small.map(\.count) == [32, 32, 6])
    #expect(small.flatMap { $0.map(\.number) } == Array(1...70))
    let limit = AuditRunner.batchBytes
    let mixed = AuditRunner.batches(records([10, limit, 10, limit / 2, limit / 2, 1]))
    #expect(mixed.map { $0.map(\.number) } == [[1], [2], [3, 4], [5, 6]])
    #expect(AuditRunner.batches([]).isEmpty)
  }
}
