import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

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

  /// SARIF requires `run.columnKind` once results have columns (§3.14.27), and GitHub reads columns
  /// as UTF-16 code units: prlint's UTF-8 columns are converted, from the body's own line.
  @Test func columnsCountUTF16CodeUnitsAsColumnKindSays() throws {
    var result = TestSupport.lint("## What\nÉtude 🎉 x and `code`\n")
    result.diagnostics = [
      Diagnostic(ruleID: "title", severity: .error, message: "x", position: SourcePosition(line: 2, column: 13)),
      Diagnostic(ruleID: "title", severity: .error, message: "code", position: SourcePosition(line: 2, column: 20)),
      Diagnostic(ruleID: "title", severity: .error, message: "heading", position: SourcePosition(line: 1, column: 1)),
      Diagnostic(ruleID: "required-sections", severity: .error, message: "absent"),
    ]
    let run = try #require(
      (parse(SARIFReporter().report([result], options: HostileReports.options))["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "utf16CodeUnits")
    let regions = try #require(run["results"] as? [[String: Any]]).map { finding in
      ((finding["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
        as? [String: Int]
    }
    // "Étude 🎉 " is 12 UTF-8 bytes and 9 UTF-16 code units: x is at byte column 13, unit column 10.
    #expect(
      regions == [
        ["startLine": 2, "startColumn": 10], ["startLine": 2, "startColumn": 17], ["startLine": 1, "startColumn": 1],
        ["startLine": 1],
      ])
  }

  /// GitHub shows at most 1000 characters of a rule's `fullDescription` (1024 in some versions of its
  /// documentation); `help` carries the whole rationale.
  @Test func fullDescriptionsFitGitHubsLimitAndHelpHasTheRest() throws {
    let options = HostileReports.options
    let driver = try #require(
      ((parse(SARIFReporter().report([], options: options))["runs"] as? [[String: Any]])?.first?["tool"]
        as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == options.rules.count)
    for (rule, active) in zip(rules, options.rules) {
      let full = try #require((rule["fullDescription"] as? [String: Any])?["text"] as? String)
      let short = try #require((rule["shortDescription"] as? [String: Any])?["text"] as? String)
      #expect(full.utf16.count <= 1000, "\(active.description.id): \(full.utf16.count)")
      #expect(short.utf16.count <= 1000)
      #expect((rule["help"] as? [String: Any])?["text"] as? String == active.description.rationale)
      if full != active.description.rationale {
        #expect(full.hasSuffix(".") || full.hasSuffix("…"))
        #expect(active.description.rationale.hasPrefix(full.trimmingCharacters(in: ["…"])))
      }
    }
    #expect(options.rules.contains { $0.description.rationale.utf16.count > 1000 }, "no rule tests the cut")
    #expect(SARIFReporter.shortened(String(repeating: "word ", count: 300)).hasSuffix("word…"))
    #expect(SARIFReporter.shortened(String(repeating: "x", count: 1200)).utf16.count == 1000)
  }

  /// Code scanning deduplicates alerts on `primaryLocationLineHash`, which upload-sarif computes only
  /// for a file in the checkout: a PR read from the CI or standard input never is one, so prlint
  /// computes it itself, the same way, for every result.
  @Test func everyResultHasGitHubsLineHash() throws {
    let body = "## What\n\n## Why\nBecause.\n"
    let sources = ["PR #2", BodyReader.standardInputName, "docs/pr.md"]
    let results = sources.map {
      TestSupport.linter(TestSupport.defaultConfiguration).lint(LintInput(source: $0, body: body))
    }
    let run = try #require(
      (parse(SARIFReporter().report(results, options: HostileReports.options))["runs"] as? [[String: Any]])?.first)
    let findings = try #require(run["results"] as? [[String: Any]])
    #expect(findings.count == results.reduce(0) { $0 + $1.diagnostics.count })
    let hashes = LineHash.hashes(of: body, lines: [1, 2, 3, 4, 5])
    for finding in findings {
      let region = try #require(
        ((finding["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
          as? [String: Int])
      let line = try #require(region["startLine"])
      let fingerprints = try #require(finding["partialFingerprints"] as? [String: String])
      #expect(fingerprints["primaryLocationLineHash"] == hashes[line])
      #expect(fingerprints["prlint/v1"] != nil)
    }
  }

  /// `github/codeql-action`'s own test vectors for the line hash upload-sarif computes
  /// (`src/fingerprints.test.ts`): spaces and tabs skipped, CR, LF and CRLF alike, repeats counted.
  @Test(arguments: [
    ("", ["c129715d7a2bc9a3:1"]),
    (" a\nb\n  \t\tc\n d", ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"]),
    (
      " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End",
      [
        "8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1", "b86d3392aea1be30:1",
        "e6ceba753e1a442:1",
      ]
    ),
    (
      " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
      [
        "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1",
        "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
      ]
    ),
    (
      " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
      [
        "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1",
        "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
      ]
    ),
    (
      " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
      [
        "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1",
        "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
      ]
    ),
    (
      String(repeating: "Lorem ipsum dolor sit amet.\n", count: 10),
      [
        "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5",
        "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
        "c129715d7a2bc9a3:1",
      ]
    ),
    (
      "x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n",
      [
        "e54938cc54b302f1:1", "bb609acbe9138d60:1", "1131fd5871777f34:1", "5c482a0f8b35ea28:1", "54517377da7028d2:1",
        "2c644846cb18d53e:1", "f1b89f20de0d133:1", "c129715d7a2bc9a3:1",
      ]
    ),
  ])
  func lineHashAgreesWithCodeQLAction(text: String, expected: [String]) {
    let lines = Array(1...expected.count)
    let hashes = LineHash.hashes(of: text, lines: Set(lines))
    #expect(lines.map { hashes[$0] } == expected)
    // Asking for fewer lines stops early and gives the same hashes.
    #expect(LineHash.hashes(of: text, lines: [1]) == [1: expected[0]])
    #expect(LineHash.hashes(of: text, lines: [expected.count + 1]).isEmpty)
  }

  /// The official OASIS SARIF 2.1.0 schema (Tests/Schemas), by the jsonschema validator, formats
  /// included: for hostile text, a clean run and an empty one.
  @Test(.needsValidators) func validAgainstTheOASISSchema() throws {
    let clean = TestSupport.linter(TestSupport.defaultConfiguration).lint(
      LintInput(source: "ok.md", body: HostileReports.passingBody))
    for results in [HostileReports.results(), [clean], []] {
      let report = SARIFReporter().report(results, options: HostileReports.options)
      #expect(try SchemaValidator.problems(.sarif, report) == [])
    }
  }

  private func parse(_ json: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }
}
