import Testing

@testable import PRLintMarkdown

/// Prose lines (`TreeWalker+ProseLines`): a paragraph's inline text with each separator blanked, on bytes
/// where the line allows it, as the `Character` split does.
struct ProseLineTests {
  @Test func separatorBlankingMatchesTheCharacterSplit() {
    let separator = String(InlineText.separator)
    let lines = [
      "no separators", "a\(separator)b", "\(separator)\(separator)", "x \(separator)", "ü\(separator)",
      "\(separator)\u{301}combining", "\u{600}\(separator)prepend", "",
    ]
    for line in lines {
      let expected = line[...].split(separator: InlineText.separator, omittingEmptySubsequences: false)
        .joined(separator: "   ")
      let fast = InlineText.blankingSeparatorsInASCII(line[...])
      if let fast { #expect(fast == expected, "line \(line)") }
      #expect((fast == nil) == line.unicodeScalars.contains { !$0.isASCII && $0 != "\u{FFFC}" }, "line \(line)")
    }
  }
}
