import Foundation
import Testing

@testable import PRLintKit

/// `--format sarif`: the SARIF 2.1.0 schema's required properties and types, the constraints GitHub's
/// upload-sarif adds (a location with `region.startLine` ≥ 1 on every result), for any input.
struct SARIFReporterTests {
  private static let levels: Set<String> = ["none", "note", "warning", "error"]

  @Test func validAgainstTheSchemaForHostileText() throws {
    let results = HostileReports.results()
    let log = try parse(SARIFReporter().report(results, options: HostileReports.options))
    #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    #expect(log["version"] as? String == "2.1.0")
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let run = try #require(runs.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "prlint")
    #expect(driver["version"] as? String == "9.9.9")
    // informationUri is optional, and prlint has no canonical home page to name.
    #expect(driver["informationUri"] == nil)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    #expect(ids.count == rules.count)
    #expect(Array(ids.prefix(HostileReports.options.rules.count)) == HostileReports.options.rules.map(\.description.id))
    for rule in rules.prefix(HostileReports.options.rules.count) {
      #expect(((rule["shortDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
      #expect(((rule["fullDescription"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
      #expect(((rule["help"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
      let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
      #expect(Self.levels.contains(level ?? ""))
    }

    let findings = try #require(run["results"] as? [[String: Any]])
    #expect(findings.count == results.reduce(0) { $0 + $1.diagnostics.count })
    for finding in findings {
      let ruleID = try #require(finding["ruleId"] as? String)
      let index = try #require(finding["ruleIndex"] as? Int)
      #expect(ids.indices.contains(index) && ids[index] == ruleID, "ruleIndex \(index) is not \(ruleID)")
      #expect(Self.levels.contains(finding["level"] as? String ?? ""))
      #expect((finding["message"] as? [String: Any])?["text"] is String)
      let locations = try #require(finding["locations"] as? [[String: Any]])
      #expect(!locations.isEmpty)
      for location in locations {
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
        #expect(URL(string: uri) != nil, "not a URI reference: \(uri)")
        let region = try #require(physical["region"] as? [String: Any])
        #expect((region["startLine"] as? Int ?? 0) >= 1)
        if let column = region["startColumn"] { #expect((column as? Int ?? 0) >= 1) }
      }
    }
    #expect(findings.contains { ($0["message"] as? [String: Any])?["text"] as? String == HostileReports.text })
    let fingerprints = findings.compactMap { ($0["partialFingerprints"] as? [String: String])?["prlint/v1"] }
    #expect(fingerprints.count == findings.count)
    #expect(Set(fingerprints).count == fingerprints.count)

    // The silenced finding is kept, suppressed in source with its reason.
    let suppressed = findings.filter { $0["suppressions"] != nil }
    #expect(suppressed.count == 1)
    let suppression = try #require((suppressed.first?["suppressions"] as? [[String: Any]])?.first)
    #expect(suppression["kind"] as? String == "inSource")
    #expect(suppression["justification"] as? String == HostileReports.text)

    // The skipped PR is a note of the invocation.
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == true)
    let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
    #expect(notes.count == 1)
    #expect(notes.first?["level"] as? String == "note")
    let note = try #require((notes.first?["message"] as? [String: Any])?["text"] as? String)
    #expect(note.hasSuffix("skipped: \(HostileReports.text)"))
  }

  @Test func locationsAndURIs() throws {
    let result = TestSupport.lint("## What\n\n## Why\nBecause.\n")
    let log = try parse(SARIFReporter().report([result], options: HostileReports.options))
    let findings = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    let empty = try #require(findings.first { $0["ruleId"] as? String == "empty-section" })
    let region = (((empty["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["region"]
    #expect((region as? [String: Int]) == ["startLine": 1, "startColumn": 1])

    #expect(ArtifactPath.uri("docs/PR body.md") == "docs/PR%20body.md")
    #expect(ArtifactPath.uri("/tmp/a:b.md") == "file:///tmp/a%3Ab.md")
    #expect(ArtifactPath.uri(BodyReader.standardInputName) == "prlint-stdin.md")
    #expect(ArtifactPath.uri("é.md") == "%C3%A9.md")
  }

  @Test func rulesThatReportWithoutBeingListedAreAdded() throws {
    let result = TestSupport.lint("Short.\n")
    let log = try parse(SARIFReporter().report([result], options: ReportOptions()))
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let rules = try #require(
      ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    let ids = rules.compactMap { $0["id"] as? String }
    let findings = try #require(run["results"] as? [[String: Any]])
    #expect(!findings.isEmpty)
    for finding in findings {
      let index = try #require(finding["ruleIndex"] as? Int)
      #expect(ids.indices.contains(index) && ids[index] == finding["ruleId"] as? String)
    }
  }

  private func parse(_ json: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }
}
