import Testing

@testable import PRLintKit

/// Any format may be printed in a GitHub Actions log, where the runner acts on a line that starts
/// (after white space) with `::name` or holds `##[name]` anywhere. Only `github` writes commands.
struct CILogSafetyTests {
  @Test(arguments: OutputFormat.allCases)
  func hostileTextStartsNoRunnerCommand(format: OutputFormat) {
    let output = format.reporter.report(HostileReports.results(), options: HostileReports.options)
    #expect(!output.contains("##["))
    for line in output.split(separator: "\n") {
      let start = line.drop { $0.isWhitespace }
      if format == .github, start.hasPrefix("::error ") || start.hasPrefix("::warning ") || start.hasPrefix("::notice ")
      {
        continue  // ours, checked by GitHubReporterTests
      }
      #expect(!start.hasPrefix("::"), "\(format): \(line)")
    }
  }

  @Test func escapesTheCommandOpeners() {
    #expect(TerminalSafe.escape("::error::x") == "\\u{3A}:error::x")
    #expect(TerminalSafe.escape(" \u{3000}::x") == " \u{3000}\\u{3A}:x")
    #expect(TerminalSafe.escape("a ::b") == "a ::b")
    #expect(TerminalSafe.escape("a ##[add-mask]b #[c] ###[d]") == "a ##\\u{5B}add-mask]b #[c] ###\\u{5B}d]")
    #expect(JSONWriter.quoted("##[x]") == "\"##\\u005bx]\"")
  }
}
