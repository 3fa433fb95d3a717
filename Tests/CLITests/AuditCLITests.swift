import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `prlint audit` end to end: input shapes, exit codes, formats and malformed records.
@Suite(.serialized)
struct AuditCLITests {
  private static let goodBody = """
    ## What
    Adds an INT8 export path to the model registry loader.

    ## Why
    Users deploy quantized models and the export was missing entirely.

    ## Testing
    Ran the export suite and compared outputs against the float model.

    Fixes #12
    """

  private func record(_ fields: [String: Any]) -> String {
    let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    return String(decoding: data ?? Data(), as: UTF8.self)
  }

  @Test func auditsAGitHubCLIArrayFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let prs = [
      record([
        "number": 1, "title": "Add export", "body": Self.goodBody, "additions": 10, "deletions": 2,
        "changedFiles": 1, "labels": [["name": "ml"]], "author": ["login": "octo"], "isDraft": false,
      ]),
      record(["number": 2, "title": "WIP", "body": "", "author": ["login": "octo"]]),
    ]
    let file = directory.appendingPathComponent("prs.json")
    try ("[\n" + prs.joined(separator: ",\n") + "\n]\n").write(to: file, atomically: true, encoding: .utf8)
    let output = try CLIRunner.run(["audit", file.path])
    #expect(output.status == 1)
    #expect(output.stderr.isEmpty)
    #expect(output.stdout.contains("✖ #2 failed"))
    #expect(output.stdout.contains("prlint audit: 2 PRs checked"))
    #expect(output.stdout.contains("changed lines: median 12, p90 12 (1 PR with a size)"))
    // Not a terminal: plain ASCII bars.
    #expect(output.stdout.contains("##########") && !output.stdout.contains("█"))
  }

  @Test func malformedRecordExitsTwoAfterAuditingTheRest() throws {
    let input = [
      record(["number": 1, "body": Self.goodBody]), "{\"number\": 2, \"body\": \"unterminated",
      record(["number": 3, "body": Self.goodBody]),
    ].joined(separator: "\n")
    let output = try CLIRunner.run(["audit", "--summary-only"], stdin: input)
    #expect(output.status == 2)
    #expect(
      output.stderr
        == "prlint: <stdin>:2: record 2: invalid JSON (unexpected end of file during json parse): expected a PR object\n"
    )
    #expect(output.stdout.hasPrefix("prlint audit: 2 PRs checked\n"))
    #expect(output.stdout.contains("malformed records  1"))
  }

  @Test func jsonFormatIsOneDocumentWithTheSummary() throws {
    let input = (1...3).map { record(["number": $0, "body": $0 == 2 ? "" : Self.goodBody]) }.joined(separator: "\n")
    let output = try CLIRunner.run(["audit", "--format", "json", "--jobs", "2"], stdin: input)
    #expect(output.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.map { $0["source"] as? String } == ["#1", "#2", "#3"])
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["checked"] as? Int == 3 && summary["passed"] as? Int == 2)
  }

  @Test func markdownFormatIsAReportToPaste() throws {
    let output = try CLIRunner.run(
      ["audit", "--format", "markdown"], stdin: record(["number": 4, "title": "@team <b>", "body": ""]))
    #expect(output.status == 1)
    #expect(output.stdout.hasPrefix("## prlint audit\n"))
    #expect(output.stdout.contains("| #&#8203;4 | "))
    #expect(output.stdout.contains("| @&#8203;team &lt;b&gt; |"))
  }

  @Test func passingAuditExitsZero() throws {
    let output = try CLIRunner.run(["audit", "-"], stdin: record(["number": 1, "body": Self.goodBody]) + "\n")
    #expect(output.status == 0)
    #expect(output.stdout.contains("✔ #1 passed"))
  }

  @Test func badUsageExitsTwo() throws {
    let jobs = try CLIRunner.run(["audit", "--jobs", "0"], stdin: "")
    #expect(jobs.status == 2)
    #expect(jobs.stderr.contains("--jobs must be 1 or more"))
    // Thousands of threads would each reserve a stack; a bound keeps --jobs from exhausting the machine.
    let many = try CLIRunner.run(["audit", "--jobs", "100000"], stdin: "")
    #expect(many.status == 2 && many.stdout.isEmpty)
    #expect(many.stderr.contains("--jobs must be at most 256"))
    let missing = try CLIRunner.run(["audit", "no-such-file.jsonl"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "prlint: no-such-file.jsonl: no such file: expected PRs as JSON Lines or a JSON array\n")
    #expect(missing.stdout.isEmpty)
    let format = try CLIRunner.run(["audit", "--format", "yaml"], stdin: "")
    #expect(format.status == 2)
  }

  /// A CI reader takes one document: `audit` writes one for every PR, as `check` does for one, with
  /// the rules that ran and prlint's version.
  @Test(arguments: ["sarif", "junit", "codequality"])
  func ciFormatsAreOneDocumentForTheWholeAudit(format: String) throws {
    let input = [
      record(["number": 1, "body": Self.goodBody]), record(["number": 2, "body": "Short."]),
      record(["number": 3, "body": "## What\n\n## Why\nBecause.\n"]),
    ].joined(separator: "\n")
    let output = try CLIRunner.run(["audit", "--format", format, "--jobs", "2"], stdin: input)
    #expect(output.status == 1)
    #expect(output.stderr.isEmpty)
    switch format {
    case "junit":
      #expect(XMLParser(data: Data(output.stdout.utf8)).parse(), "not one XML document")
      #expect(output.stdout.components(separatedBy: "<?xml ").count == 2)
      #expect(output.stdout.components(separatedBy: "<testsuite ").count == 4)
    case "codequality":
      let issues = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]]
      #expect(Set(issues?.compactMap { ($0["location"] as? [String: Any])?["path"] as? String } ?? []) == ["#2", "#3"])
    default:
      let log = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
      let runs = try #require(log?["runs"] as? [[String: Any]])
      #expect(runs.count == 1)
      let driver = (runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
      #expect((driver?["rules"] as? [Any])?.isEmpty == false)
      #expect(driver?["version"] is String)
      let uris = (runs.first?["results"] as? [[String: Any]])?.compactMap {
        (((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
          as? [String: Any])?["uri"] as? String)
      }
      #expect(Set(uris ?? []) == ["%232", "%233"])
    }
  }
}
