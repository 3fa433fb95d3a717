import Foundation

/// The CPU time one rule's patterns may spend on one PR: a second, and a second more for each MiB of
/// body. The patterns are the repository's, but the text is whoever opened the PR, and a pattern such
/// as `(a+)+$` backtracks 2^N times on N `a`s and a `!` (160 of them took 139 s).
///
/// Spent by ICU's progress reports (see `UserPattern`), so matching stops inside a long match, not
/// after it. CPU time of this thread, not the wall clock, so a busy machine does not make a pattern
/// give up; a reference, as every line and pattern a rule tries draws on the same budget.
public final class MatchBudget {
  /// Whole seconds, as said in the message that reports a pattern giving up.
  public let seconds: Int
  private let deadline: UInt64
  private var reports = 0
  public private(set) var isSpent = false

  public init(forTextOf bytes: Int) {
    seconds = 1 + bytes / (1 << 20)
    deadline = Self.threadCPUNanoseconds() + UInt64(seconds) * 1_000_000_000
  }

  /// Counts one progress report, reading the clock at every 64th: ICU reports at each place a match
  /// is tried and after every 10,000 backtracking steps (about half a millisecond).
  func spend() -> Bool {
    reports += 1
    if reports % 64 == 0 && Self.threadCPUNanoseconds() > deadline { isSpent = true }
    return isSpent
  }

  private static func threadCPUNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
