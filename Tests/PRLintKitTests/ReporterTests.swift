import Foundation
import Testing

@testable import PRLintKit

/// Text and JSON output: format, escaping of untrusted text, validity for any input, and what they carry.
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

  @Test func jsonCarriesSectionsReferencesAndDiagnostics() throws {
    let body = "Fixes #384 and see octo/repo#7.\n\n## Test plan\n<!-- how? -->\n"
    let lint = TestSupport.lint(body, title: "Add INT8 quantization")
    #expect(!lint.passed)
    let output = JSONReporter().report([lint], options: ReportOptions())
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(json["version"] as? Int == 1)
    let result = try #require((json["results"] as? [[String: Any]])?.first)
    #expect(result["title"] as? String == "Add INT8 quantization")
    let sections = try #require(result["sections"] as? [[String: Any]])
    let testing = try #require(sections.first { $0["name"] as? String == "Testing" })
    #expect(testing["heading"] as? String == "Test plan")
    #expect(testing["line"] as? Int == 3)
    #expect(testing["status"] as? String == "empty")
    let what = try #require(sections.first { $0["name"] as? String == "What" })
    #expect(what["status"] as? String == "missing")
    #expect(what["heading"] is NSNull && what["line"] is NSNull)
    let references = try #require(result["references"] as? [[String: Any]])
    #expect(references.map { $0["issue"] as? String } == ["#384", "octo/repo#7"])
    #expect(references.map { $0["closing"] as? Bool } == [true, false])
    #expect(references.first?["keyword"] as? String == "Fixes")
    #expect(references.first?["line"] as? Int == 1 && references.first?["column"] as? Int == 1)
    let diagnostics = try #require(result["diagnostics"] as? [[String: Any]])
    let missing = try #require(diagnostics.first { $0["rule"] as? String == "required-sections" })
    #expect(missing["severity"] as? String == "error")
    #expect(missing["line"] is NSNull)
    #expect(missing["section"] as? String == "What")
    #expect(missing["suppressed"] as? Bool == false)
  }

  @Test func inlineDisableIsKeptAsSuppressed() throws {
    let body = "Too short.\n<!-- prlint-disable body-length -- generated release PR -->\n"
    let lint = TestSupport.lint(body)
    let output = JSONReporter().report([lint], options: ReportOptions())
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let result = try #require((json["results"] as? [[String: Any]])?.first)
    let diagnostics = try #require(result["diagnostics"] as? [[String: Any]])
    let length = try #require(diagnostics.first { $0["rule"] as? String == "body-length" })
    #expect(length["suppressed"] as? Bool == true)
    #expect(length["reason"] as? String == "generated release PR")
    let text = TextReporter().report([lint], options: ReportOptions())
    #expect(!text.contains("[body-length]"))
    #expect(text.contains("1 suppressed"))
  }

  @Test func controlCharactersFromTheBodyAreNeutralised() {
    let body = "- [ ] \u{1B}]8;;https://evil.example\u{7}click\u{1B}]8;;\u{7} \u{1B}[2J\u{8}\n"
    let output = TextReporter().report([TestSupport.lint(body)], options: ReportOptions())
    #expect(!output.contains("\u{1B}"))
    #expect(!output.contains("\u{7}"))
    #expect(!output.contains("\u{8}"))
    #expect(output.contains("\\u{1B}]8;;https://evil.example"))
  }
}
