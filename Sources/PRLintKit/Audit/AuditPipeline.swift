import Foundation

/// The threads of a parallel audit: worker threads take records from a queue in input order, and the
/// caller's thread (which reads and submits) gets the outcomes back in input order through `emit`.
/// There is no barrier between batches, so one slow record holds up only the output behind it, and
/// only until `maximumInFlight` records or `maximumInFlightBytes` wait. Workers together parse at most
/// `maximumParsingBytes` of records at a time (or one record larger than that): parsing costs up to ~210
/// bytes a body byte, so this bounds an audit's memory whatever the number of workers.
final class AuditPipeline: @unchecked Sendable {
  typealias Work = @Sendable (RecordSplitter.Record, JSONDecoder) -> AuditRunner.Outcome

  private let condition = NSCondition()
  private let maximumInFlight: Int
  private let maximumInFlightBytes: Int
  private let maximumParsingBytes: Int
  private let work: Work
  // Guarded by `condition`.
  private var queue: [(index: Int, record: RecordSplitter.Record)] = []
  private var queueHead = 0
  private var finished: [Int: AuditRunner.Outcome] = [:]
  private var sizes: [Int: Int] = [:]
  private var submitted = 0
  private var emitted = 0
  private var bytesInFlight = 0
  private var bytesParsing = 0
  private var closed = false
  private var liveWorkers = 0

  init(jobs: Int, maximumInFlight: Int, maximumInFlightBytes: Int, maximumParsingBytes: Int, work: @escaping Work) {
    self.maximumInFlight = max(1, maximumInFlight)
    self.maximumInFlightBytes = maximumInFlightBytes
    self.maximumParsingBytes = maximumParsingBytes
    self.work = work
    liveWorkers = jobs
    for _ in 0..<jobs {
      let thread = Thread { [self] in runWorker() }
      thread.stackSize = 8 << 20  // as much as the main thread has, for deeply nested bodies
      thread.start()
    }
  }

  /// Queues a record, first emitting (and if full, waiting for) outcomes that are ready in order.
  func submit(_ record: RecordSplitter.Record, emit: (AuditRunner.Outcome) -> Void) {
    condition.lock()
    while submitted - emitted >= maximumInFlight || (bytesInFlight >= maximumInFlightBytes && submitted > emitted) {
      if !emitNext(emit) { condition.wait() }
    }
    queue.append((submitted, record))
    sizes[submitted] = record.bytes.count
    bytesInFlight += record.bytes.count
    submitted += 1
    condition.broadcast()
    condition.unlock()
  }

  /// Emits the outcomes ready in order, without waiting.
  func emitReady(_ emit: (AuditRunner.Outcome) -> Void) {
    condition.lock()
    while emitNext(emit) {}
    condition.unlock()
  }

  /// Emits every remaining outcome in order, then lets the workers end.
  func finish(emit: (AuditRunner.Outcome) -> Void) {
    condition.lock()
    while emitted < submitted {
      if !emitNext(emit) { condition.wait() }
    }
    closed = true
    condition.broadcast()
    while liveWorkers > 0 { condition.wait() }
    condition.unlock()
  }

  /// Drops what is queued and waits for the workers to end (the input could not be read).
  func cancel() {
    condition.lock()
    closed = true
    queue.removeAll()
    queueHead = 0
    condition.broadcast()
    while liveWorkers > 0 { condition.wait() }
    condition.unlock()
  }

  /// With the lock held: emits the next outcome in order if it is ready, unlocking around `emit`.
  private func emitNext(_ emit: (AuditRunner.Outcome) -> Void) -> Bool {
    guard let outcome = finished.removeValue(forKey: emitted) else { return false }
    bytesInFlight -= sizes.removeValue(forKey: emitted) ?? 0
    emitted += 1
    condition.unlock()
    emit(outcome)
    condition.lock()
    return true
  }

  private func runWorker() {
    let decoder = JSONDecoder()
    condition.lock()
    while true {
      while queueHead == queue.count ? !closed : !fitsTheParsingBudget(queue[queueHead].record) {
        condition.wait()
      }
      guard queueHead < queue.count else { break }
      let (index, record) = queue[queueHead]
      bytesParsing += record.bytes.count
      queueHead += 1
      // Taken entries are dropped now and then (the reader may never let the queue run empty).
      if queueHead == queue.count || queueHead >= 64 {
        queue.removeFirst(queueHead)
        queueHead = 0
      }
      condition.unlock()
      let outcome = work(record, decoder)
      condition.lock()
      bytesParsing -= record.bytes.count
      finished[index] = outcome
      condition.broadcast()
    }
    liveWorkers -= 1
    condition.broadcast()
    condition.unlock()
  }

  /// With the lock held: whether a worker may start on `record` now. One record alone always may.
  private func fitsTheParsingBudget(_ record: RecordSplitter.Record) -> Bool {
    bytesParsing == 0 || bytesParsing + record.bytes.count <= maximumParsingBytes
  }
}
