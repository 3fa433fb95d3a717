import Testing

@testable import PRLintMarkdown

/// The shared byte-level helpers against the `Character` and collection code they stand in for.
struct ByteLevelTests {
  @Test func asciiByteClassesMatchCharacterProperties() {
    for byte in UInt8(0)...UInt8(0x7F) {
      let character = Character(Unicode.Scalar(byte))
      #expect(byte.isASCIIDigit == character.isNumber, "\(byte)")
      #expect(byte.isASCIILetter == character.isLetter, "\(byte)")
      #expect(byte.isASCIIAlphanumeric == (character.isLetter || character.isNumber), "\(byte)")
      #expect(byte.isASCIIWhitespace == character.isWhitespace, "\(byte)")
      #expect(Character(Unicode.Scalar(byte.asciiLowercased)) == Character(character.lowercased()), "\(byte)")
    }
    for byte in UInt8(0x80)...UInt8(0xFF) {
      #expect(!byte.isASCIIAlphanumeric && !byte.isASCIIWhitespace && byte.asciiLowercased == byte)
    }
  }

  // Partial matches before a match, and a match at the very end, exercise the search's skip to the next
  // candidate first byte.
  @Test(arguments: [
    "", "a", "BREAKING", "no BREAKIN", "BREAKING CHANGE", "xx-->", "<!-- a --> -->", "-->-->", "BREAKBREAKING",
    "<<!<!--", "x BREAKIN", "ends with BREAKING", "<!-", "--->", "B", ">>>",
  ])
  func byteSearchFindsWhatFirstRangeFinds(_ text: String) {
    let bytes = Array(text.utf8)
    let needles: [StaticString] = ["BREAKING", "-->", ">", "<!--"]
    bytes.withUnsafeBufferPointer { buffer in
      for needle in needles {
        let expected = Array(needle.withUTF8Buffer { Array($0) })
        for start in 0...(bytes.count + 1) {
          let straightforward = start <= bytes.count ? bytes[start...].firstRange(of: expected)?.lowerBound : nil
          #expect(ByteSearch.firstIndex(of: needle, in: buffer, from: start) == straightforward, "\(needle) \(start)")
          #expect(
            ByteSearch.matches(needle, in: buffer, at: start)
              == (start <= bytes.count && bytes[start...].starts(with: expected)))
        }
        #expect(ByteSearch.contains(needle, in: buffer) == (bytes.firstRange(of: expected) != nil))
      }
    }
  }

  // ASCII whitespace around text; Unicode whitespace (U+00A0, U+2003, U+3000) and combining marks at the
  // ends, where trimming must fall back to Characters; CR LF, one Character.
  @Test(arguments: [
    "", " ", "a", "  a b  ", "\t\n a\r\n", "\r\n", "\u{A0}a\u{A0}", " \u{2003}x", "x\u{3000} ", " \u{301}a",
    "a \u{301}", "a\u{301} ", "é ", " ü", "\u{A0}", " \u{A0} ", "\n\u{301}", "a\u{200B}", "\u{85}",
  ])
  func byteLevelWhitespaceMatchesCharacters(_ text: String) {
    let start = text.firstIndex(where: { !$0.isWhitespace }) ?? text.endIndex
    let end = text.lastIndex(where: { !$0.isWhitespace }).map { text.index(after: $0) } ?? start
    let trimmed = String(text[start..<max(start, end)])
    #expect(text.trimmingWhitespace() == trimmed, "\(text.unicodeScalars.map(\.value))")
    #expect(text[...].trimmingWhitespace() == trimmed)
    #expect(text.isAllWhitespace == text.allSatisfy(\.isWhitespace), "\(text.unicodeScalars.map(\.value))")
  }

  // CR, CRLF, CR CR LF, NUL beside multi-byte characters, a BOM (removed only at the start).
  @Test(arguments: [
    "", "a\r\nb", "a\rb", "a\r\r\nb", "\r", "\r\n", "\n\r", "é\r\nü\0x", "\0", "\u{FEFF}a\r\n", "a\u{FEFF}\r",
    "日本\r\n語\r", "\r\u{301}", "no work here",
  ])
  func lineEndingsNormalizeByteByByteAsScalarByScalar(_ text: String) {
    var body = text
    if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
    var scalars = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in body.unicodeScalars {
      if scalar == "\n", previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = scalar == "\r"
      scalars.append(scalar == "\0" ? "\u{FFFD}" : scalar == "\r" ? "\n" : scalar)
    }
    #expect(LineEndings.normalize(text) == String(scalars), "\(text.unicodeScalars.map(\.value))")
  }
}
