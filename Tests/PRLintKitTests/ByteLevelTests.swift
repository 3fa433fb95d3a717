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

  @Test(arguments: ["", "a", "BREAKING", "no BREAKIN", "BREAKING CHANGE", "xx-->", "<!-- a --> -->", "-->-->"])
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
}
