import Foundation
import Testing

@testable import PRLintKit

/// `--format codequality`: GitLab's Code Quality JSON, valid for any input, with stable fingerprints.
struct CodeQualityReporterTests {
  @Test func fnv1aMatchesTheReferenceVectors() {
    // From the FNV reference test suite.
    #expect(StableHash.hex("") == "cbf29ce484222325")
    #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
    #expect(StableHash.hex("foobar") == "85944171f73967e8")
  }

  @Test func issuesHaveTheRequiredFields() throws {
    let result = TestSupport.lint("## What\nA change.\n\n- [ ] untested\n")
    let issues = try parse(CodeQualityReporter().report([result], options: ReportOptions()))
    #expect(issues.count == result.diagnostics.count)
    for issue in issues {
      #expect(issue["description"] is String)
      #expect(issue["check_name"] is String)
      #expect((issue["fingerprint"] as? String)?.count == 16)
      #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
      let location = try #require(issue["location"] as? [String: Any])
      #expect(location["path"] as? String == "test.md")
      let begin = try #require((location["lines"] as? [String: Any])?["begin"] as? Int)
      #expect(begin >= 1)
    }
    let tasks = try #require(issues.first { $0["check_name"] as? String == "unchecked-tasks" })
    #expect(tasks["severity"] as? String == "minor")
    #expect(((tasks["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int == 4)
  }

  @Test func fingerprintsAreStableAndDistinct() throws {
    let result = TestSupport.lint("Short.\n")
    var twice = result
    twice.diagnostics += result.diagnostics  // exact repeats still get their own fingerprint
    let first = try parse(CodeQualityReporter().report([twice], options: ReportOptions()))
    let again = try parse(CodeQualityReporter().report([twice], options: ReportOptions()))
    let fingerprints = first.compactMap { $0["fingerprint"] as? String }
    #expect(fingerprints == again.compactMap { $0["fingerprint"] as? String })
    #expect(Set(fingerprints).count == fingerprints.count)
    var moved = result
    moved.source = "other.md"
    let elsewhere = try parse(CodeQualityReporter().report([moved], options: ReportOptions()))
    #expect(Set(elsewhere.compactMap { $0["fingerprint"] as? String }).isDisjoint(with: fingerprints))
  }

  @Test func hostileTextIsValidJSONAndSkippedIsEmpty() throws {
    let results = HostileReports.results()
    let issues = try parse(CodeQualityReporter().report(results, options: HostileReports.options))
    #expect(issues.count == results.reduce(0) { $0 + $1.diagnostics.count(where: { !$0.suppressed }) })
    #expect(issues.contains { $0["description"] as? String == HostileReports.text })
    let skippedOnly = try parse(CodeQualityReporter().report([results[1]], options: ReportOptions()))
    #expect(skippedOnly.isEmpty)
    var stdin = results[0]
    stdin.source = BodyReader.standardInputName
    let fromStdin = try parse(CodeQualityReporter().report([stdin], options: ReportOptions()))
    #expect(fromStdin.allSatisfy { ($0["location"] as? [String: Any])?["path"] as? String == "prlint-stdin.md" })
  }

  private func parse(_ json: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
  }
}
