extension StringProtocol {
  /// The text without leading and trailing whitespace and newlines.
  package func trimmingWhitespace() -> String {
    let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
    let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
    return String(self[start..<Swift.max(start, end)])
  }
}
