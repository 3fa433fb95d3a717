import Testing
import Yams

@testable import PRLintKit

/// `ConfigParser` reads scalars without Yams' tag resolver; booleans and numbers read as Yams reads them.
struct ConfigParserTests {
  private func pseudoHeadings(_ value: String) -> Bool? {
    try? ConfigParser(file: "test.yml").parse("pseudo-headings: \(value)\n").pseudoHeadings
  }

  @Test func booleansKeepTheirYAMLSpellings() {
    for value in ["true", "True", "TRUE", "tRuE", "yes", "Yes", "on", "ON", "!!bool yes"] {
      #expect(pseudoHeadings(value) == true, "value \(value)")
    }
    for value in ["false", "FALSE", "no", "No", "off", "Off"] {
      #expect(pseudoHeadings(value) == false, "value \(value)")
    }
    // A quoted or !!str-tagged value is a string, not a boolean.
    for value in ["1", "0", "y", "!!str true", "\"yes\"", "'true'", "maybe", "[true]"] {
      #expect(pseudoHeadings(value) == nil, "value \(value)")
    }
  }

  /// A count is a plain decimal. Anything else is refused at its place, never handed to Yams, whose
  /// base-60 parsing traps on overflow (`1:2:3:4:5:6:7:8:9:10:11:12`).
  @Test(arguments: [("0", 0), ("7", 7), ("20", 20), ("65536", 65536), ("9223372036854775807", Int.max)])
  func countsArePlainDecimals(_ text: String, _ value: Int) throws {
    for style in [Node.Scalar.Style.plain, .any, .singleQuoted, .doubleQuoted] {
      #expect(ConfigParser.int(Node.Scalar(text, .implicit, style)) == value, "\(text) \(style)")
    }
  }

  @Test(arguments: [
    "010", "00", "0x1F", "0o17", "0b101", "1_000", "+5", "-3", "1:30", "", "99999999999999999999",
    "9223372036854775808", "12a", "a12", " 12", "１２", "1:2:3:4:5:6:7:8:9:10:11:12", "9223372036854775807:59",
  ])
  func anythingElseIsNoCount(_ text: String) throws {
    #expect(ConfigParser.int(Node.Scalar(text, .implicit, .plain)) == nil, "\(text)")
    // Plain where YAML keeps the text as it is, so that Yams' own resolution would have seen it.
    let written = text.isEmpty || text.first == " " ? "'\(text)'" : text
    let yaml = "rules:\n  diff-size:\n    warn-lines: \(written)\n"
    let error = #expect(throws: ConfigurationError.self) { try ConfigParser(file: "test.yml").parse(yaml) }
    #expect(error?.description.hasPrefix("test.yml:3:17: expected a whole number of 0 or more") == true, "\(text)")
  }
}

/// Headings are compared by their words: a section whose name or alias has none (`!!!`, a lone
/// zero-width space) could open no real heading, and is refused where it is written.
struct SectionWithoutWordsTests {
  @Test func aNameWithoutWordsIsRefused() {
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigParser(file: "t.yml").parse("sections:\n  - name: \"!!!\"\n")
    }
    #expect(
      error?.description
        == "t.yml:2:5: section \"!!!\" would be opened by \"!!!\", which has no letters or digits: expected the words of a heading"
    )
  }

  @Test func anInvisibleAliasIsRefusedAndShown() {
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigParser(file: "t.yml").parse("sections:\n  - name: What\n    aliases: [what, \"\\u200B\"]\n")
    }
    #expect(error?.description.hasPrefix("t.yml:3:14: section \"What\" would be opened by \"\\u{200B}\"") == true)
  }

  @Test func sectionsWithWordsStillLoad() throws {
    let layer = try ConfigParser(file: "t.yml").parse("sections:\n  - name: \"🧪 Testing\"\n    aliases: [\"QA!\"]\n")
    #expect(layer.sections?.first?.name == "🧪 Testing")
  }
}

/// libyaml's nesting limit is reported in prlint's words, not its API's (`set with yaml_set_max_nest_level()`).
struct DeepYAMLTests {
  @Test func deepNestingSaysSoPlainly() {
    let yaml = "rules: " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000) + "\n"
    let error = #expect(throws: ConfigurationError.self) { try ConfigParser(file: "t.yml").parse(yaml) }
    #expect(
      error?.description == "t.yml:1:9: invalid YAML: nested too deeply: expected a configuration a few levels deep")
  }
}
