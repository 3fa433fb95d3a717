import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// The audit's byte-level shortcuts give what the code they stand in for gives.
struct ThroughputFastPathTests {
  static let terminalSamples = [
    "", "plain text", "  ::set-output name=x::y", "\t::warning::x", "a ::b", ": :", "##[add-mask]x", "#[x", "##x[",
    "# ## [", "###[", "line\nbreak", "tab\there", "esc \u{1B}[31m", "del \u{7F}", "bell \u{07}", "café ::x",
    " \u{A0}::x", "\u{2003}::cmd", "bidi \u{202E}txt", "c1 \u{85}", "ok ✓", "[]##", "##", "::", " ", "\r\n::x",
  ]

  @Test(arguments: terminalSamples)
  func terminalEscapeMatchesTheScalarPath(_ text: String) {
    for kept: Set<Unicode.Scalar> in [[], ["\n"], ["\n", "\r"], ["\u{1B}"]] {
      #expect(TerminalSafe.escape(text, keeping: kept) == TerminalSafe.escapeScalars(text, keeping: kept), "\(kept)")
    }
  }

  @Test(arguments: [
    "", " ", "plain words here", "  leading and trailing  ", "tabs\tand\nnew\r\nlines\u{0B}vt\u{0C}ff", "- ... | -- a",
    "café naïve", "mixed ascii and ü", "non\u{00A0}breaking", "emoji 👍🏽 ok", "`code` [link](x) #12",
  ])
  func wordListHoldsTheSplitWords(_ text: String) {
    var list = WordList()
    Words.append(text[...], to: &list)
    #expect(Array(list) == Words.split(text))
    var twice = list
    twice.append(contentsOf: list)
    #expect(Array(twice) == Words.split(text) + Words.split(text))
    #expect(WordList(Words.split(text)) == list)
  }
}

/// Rule shortcuts against the straightforward code.
struct RuleShortcutTests {
  @Test(arguments: [
    "", "optional", "Optional docs", "docs (OPTIONAL)", "opt ional", "optiona", "update the changelog",
    "naïve optional", "İstanbul optional", "ｏｐｔｉｏｎａｌ", "optionaĺ",
  ])
  func optionalTasksMatchTheLowercasedSearch(_ text: String) {
    #expect(UncheckedTasksRule.saysOptional(text) == text.lowercased().contains("optional"))
  }
}

/// Code spans are looked up by the offset of their separator.
struct InlineCodeSpanTests {
  @Test func eachSpanIsFoundAtItsSeparatorAndNowhereElse() {
    var inline = InlineText()
    var offsets: [Int: String] = [:]
    for index in 0..<20 {
      inline.append("word \(index) ", at: nil)
      offsets[inline.text.utf8.count] = "code\(index)"
      inline.appendCode("code\(index)", at: nil)
    }
    for offset in 0...inline.text.utf8.count {
      #expect(inline.codeSpan(atByte: offset) == offsets[offset], "offset \(offset)")
    }
  }
}
