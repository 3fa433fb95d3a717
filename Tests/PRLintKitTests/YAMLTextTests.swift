import Testing

@testable import PRLintKit

/// The YAML prlint writes reads back as the text it was given, and is inert on a terminal.
struct YAMLTextTests {
  static let texts = [
    "What", "What's new: `--retry` # 1", "true", "off", "42", "", " leading", "- dash", "a: b", "[x]", "{y}",
    "line\nbreak", "tab\there", "\u{1B}]8;;http://evil\u{7}click", "rtl \u{202E}txt", "##[add-mask]x",
    "::error::x", "🧪 Testing", "café", "\"quoted\"", "back\\slash", "%TAG", "@at", "*star", "&amp",
    "\u{200B}", "é\u{1B}", String(repeating: "a long value, ", count: 30) + "# not a comment",
  ]

  @Test(arguments: texts)
  func aScalarReadsBackAndIsInert(_ text: String) throws {
    for written in [YAMLText.scalar(text), YAMLText.plain(text)] {
      #expect(!written.contains("\n"), "\(written)")
      #expect(TerminalSafe.escapeLines(written) == written, "\(written)")
      let value = try ConfigParser(file: "t.yml").parse("ignore:\n  labels:\n    - \(written)  # a comment\n")
      #expect(value.ignore.labels == [text], "\(written)")
      let key = try ConfigParser(file: "t.yml").parse("rules:\n  \(written):\n    kind: forbid-text\n    pattern: x\n")
      #expect(key.rules.map(\.id) == [text], "\(written)")
    }
  }

  @Test func aListReadsBackAndIsInert() throws {
    let written = YAMLText.list(Self.texts)
    #expect(!written.contains("\n"))
    #expect(TerminalSafe.escapeLines(written) == written)
    let layer = try ConfigParser(file: "t.yml").parse("ignore:\n  labels: \(written)  # a comment\n")
    #expect(layer.ignore.labels == Self.texts)
    #expect(YAMLText.list(["a", "b c"]) == "['a', 'b c']")
  }
}
