import Testing

@testable import PRLintKit

/// `JSONWriter.quoted` copies plain printable ASCII whole: it must write what the scalar-by-scalar path
/// writes for every text, escapes and the `##[` guard included.
struct JSONWriterTests {
  static let texts: [String] =
    (0...0x7F).map { String(Unicode.Scalar(UInt8($0))) } + [
      "", "plain text, nothing to escape", "a\"b", "back\\slash", "##[add-mask]x", "#[x", "[##", "x ## [y",
      "tab\there", "line\nbreak", "é", "\u{202E}rtl", "\u{85}", "\u{2028}", "😀 emoji", "\u{7F}del",
    ]

  @Test(arguments: texts)
  func quotedWritesWhatTheScalarPathWrites(_ text: String) {
    #expect(JSONWriter.quoted(text) == JSONWriter.quotedByScalar(text), "\(text.unicodeScalars.map(\.value))")
  }
}
