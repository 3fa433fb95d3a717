import Testing

@testable import PRLintKit

/// `TerminalSafe`: the byte-level escape gives what the scalar-by-scalar code it stands in for gives.
struct TerminalSafeTests {
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
}
