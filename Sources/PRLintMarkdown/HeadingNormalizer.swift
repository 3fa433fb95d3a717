/// Turns heading text into the form aliases are compared in, so `## 1. :rocket: What's *new*?`
/// and `what s new` meet. Matching is by equality of the normalised text, never by substring.
///
/// Invisible format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphens,
/// bidirectional marks and overrides) are dropped first: `## W\u{200B}hat` reads "What" to a reviewer,
/// so it opens What, and `## \u{202E}What` (shown reversed) still names What. They never reach output
/// unescaped (see `TerminalSafe`), and positions count their bytes like any other.
public enum HeadingNormalizer {
  public static func normalize(_ text: String) -> String {
    normalizedASCII(text) ?? normalizedCharacters(text)
  }

  /// `normalizedCharacters` on bytes, for ASCII headings without a `:` (nearly all of them): there,
  /// letters and digits are `[a-z0-9]` once lower-cased and no shortcode or keycap can occur.
  static func normalizedASCII(_ text: String) -> String? {
    // One pass into one buffer: the words, lower-cased, one space between them.
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var betweenWords = false
    for byte in text.utf8 {
      guard byte < 0x80, byte != UInt8(ascii: ":") else { return nil }
      let lowered = byte.asciiLowercased
      guard lowered.isASCIIAlphanumeric else {
        betweenWords = true
        continue
      }
      if betweenWords, !output.isEmpty { output.append(UInt8(ascii: " ")) }
      betweenWords = false
      output.append(lowered)
    }
    // Numbering ("1." or "2)") is the first word, the digits: it goes, with the space after it.
    if hasLeadingASCIINumbering(text.utf8) {
      output.removeSubrange(..<(output.firstIndex(of: UInt8(ascii: " ")).map { $0 + 1 } ?? output.count))
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// `hasLeadingNumbering` on ASCII bytes.
  private static func hasLeadingASCIINumbering(_ bytes: String.UTF8View) -> Bool {
    var index = bytes.startIndex
    while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
      index = bytes.index(after: index)
    }
    let digitsStart = index
    while index < bytes.endIndex, bytes[index].isASCIIDigit { index = bytes.index(after: index) }
    guard index > digitsStart, index < bytes.endIndex,
      bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
    else { return false }
    index = bytes.index(after: index)
    return index == bytes.endIndex || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")
  }

  static func normalizedCharacters(_ text: String) -> String {
    let lowered = dropEmojiShortcodes(dropFormatCharacters(text).lowercased())
    var mapped = String()
    mapped.reserveCapacity(lowered.utf8.count)
    for character in lowered {
      mapped.append(isWordCharacter(character) ? character : " ")
    }
    var words = mapped.split(separator: " ")
    if hasLeadingNumbering(lowered), !words.isEmpty {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }

  /// The text without format characters (zero-width spaces and joiners, soft hyphens, bidi marks):
  /// invisible, so a reader does not see them, and neither does any comparison of visible text.
  public static func dropFormatCharacters(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) else { return text }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.filter { $0.properties.generalCategory != .format })
    return String(scalars)
  }

  /// Letters and digits, but not emoji built on them (the keycap `1️⃣` is a digit and two modifiers).
  private static func isWordCharacter(_ character: Character) -> Bool {
    guard character.isLetter || character.isNumber else { return false }
    return !character.unicodeScalars.contains { $0 == "\u{FE0F}" || $0 == "\u{20E3}" }
  }

  /// `1.` or `1)` followed by a space, as in numbered template headings.
  private static func hasLeadingNumbering(_ text: String) -> Bool {
    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
    let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
    guard !digits.isEmpty else { return false }
    let rest = trimmed.dropFirst(digits.count)
    guard let marker = rest.first, marker == "." || marker == ")" else { return false }
    return rest.dropFirst().first.map { $0 == " " || $0 == "\t" } ?? true
  }

  /// Removes `:shortcode:` emoji (`:rocket:`, `:+1:`); Unicode emoji fall away later as
  /// they are neither letters nor digits.
  private static func dropEmojiShortcodes(_ text: String) -> String {
    guard text.contains(":") else { return text }
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == ":", let close = shortcodeEnd(scalars, from: index + 1) {
        output.append(" ")
        index = close + 1
        continue
      }
      output.append(scalars[index])
      index += 1
    }
    return String(output)
  }

  private static func shortcodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start
    while index < scalars.count, index - start <= 40 {
      let scalar = scalars[index]
      if scalar == ":" { return index > start ? index : nil }
      let allowed =
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        || scalar == "+" || scalar == "-"
      guard allowed else { return nil }
      index += 1
    }
    return nil
  }
}
