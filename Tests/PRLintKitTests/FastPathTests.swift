import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// The byte-level fast paths give what the `Character`-level code they stand in for gives.
struct FastPathTests {
  private static let samples = [
    "", " ", "plain words here", "  leading and trailing  ", "tabs\tand\nnew\r\nlines\u{0B}vt\u{0C}ff",
    "- ... | -- a", "TODO: tbd, N/A (none)", "`code` [link](x) #12", "(TODO)", "--TbD--", "n/a.", "NONE!",
    "café naïve", "mixed ascii and ü", "non\u{00A0}breaking", "emoji 👍🏽 ok", "e\u{301}", "\u{2003}em space",
  ]

  /// The Character-level definitions the fast paths must agree with.
  private static func referenceSplit(_ text: String) -> [String] {
    text.split(whereSeparator: { $0.isWhitespace }).compactMap { token in
      token.contains(where: { $0.isLetter || $0.isNumber }) ? String(token) : nil
    }
  }

  private static func referenceNormalized(_ word: String) -> String {
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

  @Test(arguments: samples)
  func wordsMatchTheCharacterDefinitions(_ text: String) {
    #expect(Words.split(text) == Self.referenceSplit(text))
    for word in Self.referenceSplit(text) + text.split(separator: " ").map(String.init) {
      #expect(Words.normalized(word) == Self.referenceNormalized(word), "word \(word)")
      #expect(Words.isPlaceholder(word) == Words.placeholders.contains(Self.referenceNormalized(word)), "\(word)")
    }
  }

  @Test func separatorBlankingMatchesTheCharacterSplit() {
    let separator = String(InlineText.separator)
    let lines = [
      "no separators", "a\(separator)b", "\(separator)\(separator)", "x \(separator)", "ü\(separator)",
      "\(separator)\u{301}combining", "\u{600}\(separator)prepend", "",
    ]
    for line in lines {
      let expected = line[...].split(separator: InlineText.separator, omittingEmptySubsequences: false)
        .joined(separator: "   ")
      let fast = TreeWalker.blankingSeparatorsInASCII(line[...])
      if let fast { #expect(fast == expected, "line \(line)") }
      #expect((fast == nil) == line.unicodeScalars.contains { !$0.isASCII && $0 != "\u{FFFC}" }, "line \(line)")
    }
  }

  @Test func everyClosingKeywordStartsWithALetterTheScannerChecksFirst() {
    for keyword in ReferenceScanner.gitHubKeywords + ReferenceScanner.gitLabKeywords {
      #expect(["c", "f", "r", "i"].contains(keyword.first), "keyword \(keyword)")
    }
  }
}

/// Configuration is composed without Yams' tag resolver; booleans and numbers read as before.
struct ConfigScalarTests {
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
}

/// Headings normalised on bytes read as the Character path reads them.
struct HeadingFastPathTests {
  @Test(arguments: [
    "What", "## Why?", "1. Test plan", "2) How it works", "10.Summary", "  3. Breaking   change ", "What's *new*",
    "Test-plan / QA", "1.", "12 monkeys", "A\r\nB", "\tTabs\tand\u{0B}VT", "___", "", "Ä what", ":rocket: Why",
  ])
  func asciiPathMatchesCharacterPath(_ heading: String) {
    let fast = HeadingNormalizer.normalizedASCII(heading)
    #expect(fast == nil || fast == HeadingNormalizer.normalizedCharacters(heading), "heading \(heading)")
    #expect((fast == nil) == (heading.unicodeScalars.contains { !$0.isASCII } || heading.contains(":")))
  }
}
