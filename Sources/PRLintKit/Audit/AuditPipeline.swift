import Foundation

/// The threads of a parallel audit: worker threads take batches of records from a queue in input order,
/// and the caller's thread (which reads and submits) gets the outcomes back in input order through `emit`.
/// Batches, not records, go through the lock: a lock, a broadcast and a wake-up per record held two cores
/// to 1.35× one once linting a record got fast.
/// There is no barrier between batches, so one slow record holds up only the output behind it, and
/// only until `maximumInFlight` records or `maximumInFlightBytes` wait. Workers together parse at most
/// `maximumParsingBytes` of records at a time (or one batch larger than that, which `AuditRunner` makes
/// only of one large record): parsing costs up to ~210 bytes a body byte, so this bounds an audit's
/// memory whatever the number of workers.
final class AuditPipeline: @unchecked Sendable {
  typealias Batch = [RecordSplitter.Record]
  typealias Work = @Sendable (Batch, JSONDecoder) -> [AuditRunner.Outcome]

  private let condition = NSCondition()
  private let maximumInFlight: Int
  private let maximumInFlightBytes: Int
  private let maximumParsingBytes: Int
  private let work: Work
  // Guarded by `condition`.
  private var queue: [(index: Int, batch: Batch, bytes: Int)] = []
  private var queueHead = 0
  private var finished: [Int: [AuditRunner.Outcome]] = [:]
  /// Records (not batches) submitted and not yet emitted, for `maximumInFlight`.
  private var recordsInFlight = 0
  private var counts: [Int: Int] = [:]
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

  /// Queues a batch, first emitting (and if full, waiting for) outcomes that are ready in order.
  func submit(_ batch: Batch, emit: (AuditRunner.Outcome) -> Void) {
    guard !batch.isEmpty else { return }
    let bytes = batch.reduce(0) { $0 + $1.bytes.count }
    condition.lock()
    while submitted > emitted
      && (recordsInFlight + batch.count > maximumInFlight || bytesInFlight >= maximumInFlightBytes)
    {
      if !emitNext(emit) { condition.wait() }
    }
    queue.append((submitted, batch, bytes))
    sizes[submitted] = bytes
    counts[submitted] = batch.count
    bytesInFlight += bytes
    recordsInFlight += batch.count
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

  /// With the lock held: emits the next batch's outcomes in order if they are ready, unlocking around `emit`.
  private func emitNext(_ emit: (AuditRunner.Outcome) -> Void) -> Bool {
    guard let outcomes = finished.removeValue(forKey: emitted) else { return false }
    bytesInFlight -= sizes.removeValue(forKey: emitted) ?? 0
    recordsInFlight -= counts.removeValue(forKey: emitted) ?? 0
    emitted += 1
    condition.unlock()
    for outcome in outcomes { emit(outcome) }
    condition.lock()
    return true
  }

  private func runWorker() {
    let decoder = JSONDecoder()
    condition.lock()
    while true {
      while queueHead == queue.count ? !closed : !fitsTheParsingBudget(queue[queueHead].bytes) {
        condition.wait()
      }
      guard queueHead < queue.count else { break }
      let (index, batch, bytes) = queue[queueHead]
      bytesParsing += bytes
      queueHead += 1
      // Taken entries are dropped now and then (the reader may never let the queue run empty).
      if queueHead == queue.count || queueHead >= 64 {
        queue.removeFirst(queueHead)
        queueHead = 0
      }
      condition.unlock()
      let outcomes = work(batch, decoder)
      condition.lock()
      bytesParsing -= bytes
      finished[index] = outcomes
      condition.broadcast()
    }
    liveWorkers -= 1
    condition.broadcast()
    condition.unlock()
  }

  /// With the lock held: whether a worker may start on a batch of `bytes` now. One batch alone always may.
  private func fitsTheParsingBudget(_ bytes: Int) -> Bool {
    bytesParsing == 0 || bytesParsing + bytes <= maximumParsingBytes
  }
}
