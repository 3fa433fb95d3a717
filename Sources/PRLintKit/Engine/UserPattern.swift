import Foundation

/// A regular expression from the repository's own configuration (trusted), compiled once.
/// ICU syntax, as in most linters' configs.
public struct UserPattern: @unchecked Sendable, Hashable {
  // NSRegularExpression is immutable once made and documented as safe to share between threads.
  private let regex: NSRegularExpression
  public let source: String

  public init(_ source: String, caseInsensitive: Bool = false) throws {
    self.source = source
    regex = try NSRegularExpression(pattern: source, options: caseInsensitive ? [.caseInsensitive] : [])
  }

  /// The UTF-8 byte offset and text of the first match in `text`.
  public func firstMatch(in text: String) -> (offset: Int, text: String)? {
    matches(in: text, limit: 1).first
  }

  public func matches(in text: String, limit: Int = .max) -> [(offset: Int, text: String)] {
    var found: [(Int, String)] = []
    let whole = NSRange(text.startIndex..., in: text)
    regex.enumerateMatches(in: text, range: whole) { match, _, stop in
      guard let match, let range = Range(match.range, in: text) else { return }
      found.append((text.utf8.distance(from: text.startIndex, to: range.lowerBound), String(text[range])))
      if found.count >= limit { stop.pointee = true }
    }
    return found
  }

  public static func == (lhs: UserPattern, rhs: UserPattern) -> Bool { lhs.source == rhs.source }
  public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
