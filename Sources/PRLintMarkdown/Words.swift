/// Splitting prose into words and telling real words from template placeholders.
///
/// Both run on every word of every body, so ASCII text (almost all of it) takes a byte-level path
/// that gives the same result as the `Character` path: in ASCII, `isWhitespace` is space and
/// U+0009–U+000D, and `isLetter || isNumber` is `[A-Za-z0-9]`.
public enum Words {
  /// Splits on whitespace and keeps tokens that hold at least one letter or digit:
  /// a lone `-`, `...` or `|` is punctuation, not a word. Scripts written without spaces (Chinese,
  /// Japanese, Thai, Lao, Khmer, Burmese) count a word per character, as word processors count them.
  public static func split(_ text: Substring) -> [String] {
    if let words = text.utf8.withContiguousStorageIfAvailable(splitASCII), let words { return words }
    return text.split(whereSeparator: { $0.isWhitespace }).flatMap { token -> [String] in
      guard token.contains(where: { $0.isLetter || $0.isNumber }) else { return [] }
      guard token.unicodeScalars.contains(where: isUnspaced) else { return [String(token)] }
      return splitUnspaced(token)
    }
  }

  /// A token holding characters of an unspaced script: each such character is a word, and so is each
  /// run of other characters between them that holds a letter or digit (`API`, `v2`).
  private static func splitUnspaced(_ token: Substring) -> [String] {
    var words: [String] = []
    var run = ""
    func endRun() {
      if run.contains(where: { $0.isLetter || $0.isNumber }) { words.append(run) }
      run = ""
    }
    for character in token {
      if character.unicodeScalars.first.map(isUnspaced) == true {
        endRun()
        words.append(String(character))
      } else {
        run.append(character)
      }
    }
    endRun()
    return words
  }

  /// Letters of the scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Burmese.
  /// (Korean puts spaces between words, so Hangul is not among them.)
  private static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return scalar.properties.isAlphabetic  // kana
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: return true  // Han
    case 0x0E00...0x0EFF, 0x1780...0x17FF, 0x1000...0x109F: return scalar.properties.isAlphabetic  // Thai…
    default: return false
    }
  }

  public static func split(_ text: String) -> [String] { split(text[...]) }

  /// `split(text)` appended to `list`; ASCII text is copied in once, with a range per word.
  static func append(_ text: Substring, to list: inout WordList) {
    let (storageCount, spanCount) = (list.storage.count, list.spans.count)
    let appended = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var base = -1  // where `bytes` start in the storage, once copied there
      return forEachASCIIWord(in: bytes) { word in
        if base < 0 {
          base = list.storage.count
          list.storage.append(contentsOf: bytes)
          if list.spans.isEmpty { list.spans.reserveCapacity(16) }
        }
        list.spans.append((base + word.lowerBound)..<(base + word.upperBound))
      }
    }
    guard appended != true else { return }
    // Not ASCII (or not contiguous): undo what was appended and take the Character path.
    list.storage.removeSubrange(storageCount...)
    list.spans.removeSubrange(spanCount...)
    for word in split(text) { list.append(word) }
  }

  /// nil when the text is not all ASCII.
  private static func splitASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var words: [String] = []
    let isASCII = forEachASCIIWord(in: bytes) { word in
      words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self))
    }
    return isASCII ? words : nil
  }

  /// The byte-level `split`: calls `body` with the range of each word, in order, and returns true;
  /// returns false, having called it on the words before, at the first non-ASCII byte.
  private static func forEachASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      while index < count, bytes[index].isASCIIWhitespace { index += 1 }
      let start = index
      var hasAlphanumeric = false
      while index < count {
        let byte = bytes[index]
        if byte >= 0x80 { return false }
        if byte.isASCIIWhitespace { break }
        if !hasAlphanumeric { hasAlphanumeric = byte.isASCIIAlphanumeric }
        index += 1
      }
      if hasAlphanumeric { body(start..<index) }
    }
    // Every non-ASCII byte lands in a word's loop, which hands the text to the Character path.
    return true
  }

  /// A word as compared against word lists: lower-case, surrounding punctuation trimmed.
  public static func normalized(_ word: String) -> String {
    if let ascii = word.utf8.withContiguousStorageIfAvailable(normalizedASCII), let ascii { return ascii }
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

  private static func normalizedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let range = trimmedASCII(bytes) else { return nil }
    return String(unsafeUninitializedCapacity: range.count) { buffer in
      for (offset, byte) in bytes[range].enumerated() { buffer[offset] = byte.asciiLowercased }
      return range.count
    }
  }

  /// The range between the first and last letter or digit (empty when there is none); nil when
  /// the word is not all ASCII.
  private static func trimmedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    guard let first = bytes.firstIndex(where: \.isASCIIAlphanumeric),
      let last = bytes.lastIndex(where: \.isASCIIAlphanumeric)
    else { return 0..<0 }
    return first..<(last + 1)
  }

  /// Words a template leaves behind for the author to replace; they do not fill a section.
  public static let placeholders: Set<String> = ["todo", "tbd", "n/a", "none"]

  public static func isPlaceholder(_ word: String) -> Bool {
    // Every placeholder is 3 or 4 ASCII bytes once trimmed: most words are ruled out without a copy.
    let fits = word.utf8.withContiguousStorageIfAvailable { bytes in
      trimmedASCII(bytes).map { (3...4).contains($0.count) }
    }
    if let fits, let fits, !fits { return false }
    return placeholders.contains(normalized(word))
  }

}
