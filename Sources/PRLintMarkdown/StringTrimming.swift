extension StringProtocol where UTF8View: BidirectionalCollection {
  /// The text without leading and trailing whitespace and newlines. ASCII ends are trimmed byte by byte;
  /// grapheme breaking (a `Character` each) is left to text whose ends are not ASCII.
  package func trimmingWhitespace() -> String {
    guard let first = utf8.firstIndex(where: { !$0.isASCIIWhitespace }),
      let last = utf8.lastIndex(where: { !$0.isASCIIWhitespace })
    else { return "" }
    // A non-ASCII byte at either end may be (or carry) whitespace such as U+00A0, or a combining mark
    // that joins the whitespace before it into one Character.
    guard utf8[first] < 0x80, utf8[last] < 0x80 else { return characterTrimmed() }
    return String(self[first...last])
  }

  /// Whether every `Character` is whitespace (an empty text is). ASCII is checked byte by byte.
  package var isAllWhitespace: Bool {
    for byte in utf8 {
      guard byte < 0x80 else { return allSatisfy(\.isWhitespace) }
      if !byte.isASCIIWhitespace { return false }
    }
    return true
  }

  private func characterTrimmed() -> String {
    let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
    let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
    return String(self[start..<Swift.max(start, end)])
  }
}
