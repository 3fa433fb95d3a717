import Foundation
import Testing

@testable import PRLintKit

/// A PR skipped by a policy is reported as skipped, with the reason, in text and JSON.
struct SkippedReportTests {
  private let skipped = LintResult(
    source: "bot.md", title: nil, sections: [], references: [], diagnostics: [],
    skipReason: "author dependabot[bot] is a bot \u{1B}[31m")

  @Test func textSaysSkippedAndCountsIt() {
    let failing = TestSupport.lint("Short.\n")
    let lines = TextReporter().report([skipped, failing], options: ReportOptions()).split(separator: "\n")
    #expect(lines.first == "bot.md: skipped: author dependabot[bot] is a bot \\u{1B}[31m")
    #expect(lines.last?.hasPrefix("✖ 2 PRs failed (1 passed, 1 failed): ") == true)
    #expect(lines.last?.hasSuffix(", 1 skipped") == true)
    let quiet = TextReporter().report([skipped], options: ReportOptions(quiet: true))
    #expect(quiet.isEmpty)
  }

  @Test func jsonCarriesTheReasonOrNull() throws {
    let passing = TestSupport.lint(HostileReports.passingBody)
    let json = JSONReporter().report([skipped, passing], options: ReportOptions())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let results = try #require(object["results"] as? [[String: Any]])
    #expect(results[0]["skipped"] as? String == "author dependabot[bot] is a bot \u{1B}[31m")
    #expect(results[1]["skipped"] is NSNull)
    #expect((object["summary"] as? [String: Any])?["skipped"] as? Int == 1)
    #expect(json.contains("\"passed\": true, \"skipped\": "))
  }
}
