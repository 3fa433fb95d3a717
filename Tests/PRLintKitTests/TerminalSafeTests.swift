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

/// Every bidirectional control is shown, not obeyed: the Arabic letter mark (U+061C) as well as the
/// marks, embeddings, overrides and isolates.
struct BidirectionalControlTests {
  @Test(arguments: [0x061C, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069] as [UInt32])
  func isEscaped(_ value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    let text = "a\(Character(scalar))b"
    #expect(TerminalSafe.escape(text) == "a\\u{\(String(value, radix: 16, uppercase: true))}b", "\(value)")
  }
}
