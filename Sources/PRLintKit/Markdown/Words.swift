/// Splitting prose into words and telling real words from template placeholders.
enum Words {
  /// Splits on whitespace and keeps tokens that hold at least one letter or digit:
  /// a lone `-`, `...` or `|` is punctuation, not a word.
  static func split(_ text: Substring) -> [String] {
    text.split(whereSeparator: { $0.isWhitespace }).compactMap { token in
      token.contains(where: { $0.isLetter || $0.isNumber }) ? String(token) : nil
    }
  }

  static func split(_ text: String) -> [String] { split(text[...]) }

  /// A word as compared against word lists: lower-case, surrounding punctuation trimmed.
  static func normalized(_ word: String) -> String {
    let lowered = word.lowercased()
    let trimmed = lowered.drop(while: { !($0.isLetter || $0.isNumber) })
    var end = trimmed.endIndex
    while end > trimmed.startIndex {
      let previous = trimmed.index(before: end)
      if trimmed[previous].isLetter || trimmed[previous].isNumber { break }
      end = previous
    }
    return String(trimmed[trimmed.startIndex..<end])
  }

  /// Words a template leaves behind for the author to replace; they do not fill a section.
  static let placeholders: Set<String> = ["todo", "tbd", "n/a", "none"]

  static func isPlaceholder(_ word: String) -> Bool {
    placeholders.contains(normalized(word))
  }
}
