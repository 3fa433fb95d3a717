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

  @Test func numbersStillParse() throws {
    let layer = try ConfigParser(file: "test.yml").parse("rules:\n  body-length:\n    min-words: 0x1F\n")
    let entry = try #require(layer.rules.first { $0.id == "body-length" }?.entry)
    #expect(entry.options["min-words"] == .int(31))
  }

  @Test(arguments: [
    "0", "1", "7", "20", "65536", "010", "00", "0x1F", "0o17", "0b101", "1_000", "+5", "-3", "1:30", "",
    "99999999999999999999", "9223372036854775807", "9223372036854775808", "12a", "a12", " 12", "１２",
  ])
  func configIntegersMatchYams(_ text: String) throws {
    for style in [Node.Scalar.Style.plain, .any, .singleQuoted, .doubleQuoted] {
      let scalar = Node.Scalar(text, .implicit, style)
      #expect(ConfigParser.int(scalar) == Node.scalar(scalar).int, "\(text) \(style)")
    }
  }
}
