import Foundation
import Testing

@testable import PRLintKit

/// Text and JSON output: format, escaping of untrusted text, and validity for any input.
struct ReporterTests {
  private let hostile =
    "- [ ] \u{1B}[31mred\u{1B}[0m \u{7}\u{8} \"quote\" back\\slash \u{0} \u{202E}evil \u{9B}2J \u{2028}\n"

  @Test func textOutputNeutralisesControlCharacters() {
    let result = TestSupport.lint(hostile)
    let text = TextReporter().report([result], options: ReportOptions())
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!text.contains("\u{202E}"))
    #expect(text.contains("\\u{1B}[31mred"))
  }

  @Test func jsonIsValidForHostileText() throws {
    var input = LintInput(source: "a\"b\u{1}.md", body: hostile, title: "t\u{1B}\n\"")
    input.changedLines = 5
    let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(input)
    let json = JSONReporter().report([result], options: ReportOptions())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let first = try #require((object["results"] as? [[String: Any]])?.first)
    #expect(first["source"] as? String == "a\"b\u{1}.md")
    #expect(first["title"] as? String == "t\u{1B}\n\"")
    let messages = (first["diagnostics"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
    #expect(messages.contains { $0.contains("\u{1B}[31mred") })
    // Escaped in the JSON text itself, so printing the JSON cannot drive a terminal.
    #expect(!json.unicodeScalars.contains { TerminalSafe.needsEscape($0) && $0 != "\n" })
    #expect(json.contains("\\u202e") || json.contains("\\u202E"))
  }

  @Test func textLineFormat() {
    let result = TestSupport.lint("## What\n\n## Why\nBecause.\n")
    let lines = TextReporter().report([result], options: ReportOptions()).split(separator: "\n")
    #expect(
      lines.contains(
        "test.md:1:1: error: section \"What\" is empty: replace the template text with a real answer [empty-section]"))
    #expect(
      lines.contains("test.md: error: missing section \"Testing\": add a \"## Testing\" section [required-sections]"))
    #expect(lines.last?.hasPrefix("✖ test.md failed: ") == true)
  }

  @Test func suppressionsSilenceNamedRulesOrAll() {
    let named = TestSupport.lint("Short.\n<!-- prlint-disable body-length,linked-issue -->\n")
    #expect(named.diagnostics.filter(\.suppressed).map(\.ruleID).sorted() == ["body-length", "linked-issue"])
    #expect(named.diagnostics.filter { !$0.suppressed }.allSatisfy { $0.ruleID == "required-sections" })
    let all = TestSupport.lint("Short.\n\n<!-- prlint-disable -- release PR -->\n")
    #expect(all.diagnostics.allSatisfy { $0.suppressed && $0.suppressionReason == "release PR" })
    #expect(all.passed)
    let notADirective = TestSupport.lint("Short.\n<!-- prlint-disabled body-length -->\n")
    #expect(notADirective.suppressedCount == 0)
  }
}
