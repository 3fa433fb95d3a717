import Foundation

/// A regular expression from the repository's own configuration (trusted), compiled once.
/// ICU syntax, as in most linters' configs. The text it runs on is a PR's (untrusted), so every
/// match draws on a `MatchBudget` and gives up, saying so, when the budget is spent.
public struct UserPattern: @unchecked Sendable, Hashable {
  // NSRegularExpression is immutable once made and documented as safe to share between threads.
  private let regex: NSRegularExpression
  public let source: String

  /// A pattern that used up its budget: the rule reports it rather than pass or fail on a guess.
  public struct GaveUp: Error, Sendable {
    public let pattern: String
    public let seconds: Int

    /// What the rule reports; `rule` names it (`custom rule "no-wip"`).
    public func message(for rule: String) -> String {
      "\(rule): pattern \"\(pattern)\" gave up after \(seconds) s on this PR's text; simplify the pattern"
    }
  }

  public init(_ source: String, caseInsensitive: Bool = false) throws {
    self.source = source
    regex = try NSRegularExpression(pattern: source, options: caseInsensitive ? [.caseInsensitive] : [])
  }

  /// The UTF-8 byte offset and text of the first match in `text`.
  public func firstMatch(in text: String, within budget: MatchBudget) throws(GaveUp) -> (offset: Int, text: String)? {
    try matches(in: text, limit: 1, within: budget).first
  }

  public func matches(in text: String, limit: Int = .max, within budget: MatchBudget) throws(GaveUp)
    -> [(offset: Int, text: String)]
  {
    guard !budget.isSpent else { throw GaveUp(pattern: source, seconds: budget.seconds) }
    var found: [(Int, String)] = []
    let whole = NSRange(text.startIndex..., in: text)
    // With .reportProgress, ICU calls back with no match while it works, which is where it can stop.
    regex.enumerateMatches(in: text, options: .reportProgress, range: whole) { match, _, stop in
      guard let match else {
        if budget.spend() { stop.pointee = true }
        return
      }
      guard let range = Range(match.range, in: text) else { return }
      found.append((text.utf8.distance(from: text.startIndex, to: range.lowerBound), String(text[range])))
      if found.count >= limit { stop.pointee = true }
    }
    if budget.isSpent { throw GaveUp(pattern: source, seconds: budget.seconds) }
    return found
  }

  public static func == (lhs: UserPattern, rhs: UserPattern) -> Bool { lhs.source == rhs.source }
  public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
