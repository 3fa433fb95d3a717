import Testing

@testable import PRLintMarkdown

/// `HeadingNormalizer`: headings normalised on bytes read as the Character path reads them.
struct HeadingNormalizerTests {
  @Test(arguments: [
    "What", "## Why?", "1. Test plan", "2) How it works", "10.Summary", "  3. Breaking   change ", "What's *new*",
    "Test-plan / QA", "1.", "12 monkeys", "A\r\nB", "\tTabs\tand\u{0B}VT", "___", "", "Ä what", ":rocket: Why",
    "1)", "1.5 What", " \t 7. Seven", "7.x", "3) ", "..1. a", "1. 2. Two", "x 1. y", "99999999999999999999. Big",
  ])
  func asciiPathMatchesCharacterPath(_ heading: String) {
    let fast = HeadingNormalizer.normalizedASCII(heading)
    #expect(fast == nil || fast == HeadingNormalizer.normalizedCharacters(heading), "heading \(heading)")
    #expect((fast == nil) == (heading.unicodeScalars.contains { !$0.isASCII } || heading.contains(":")))
  }
}
