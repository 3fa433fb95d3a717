import Foundation
import Testing

/// Where a PR's issue can be linked besides a closing keyword in the body: GitHub's Development sidebar
/// (`closingIssuesReferences`), `--linked-issues`, and a tracker key in the title or the head branch.
struct LinkedIssueSourcesTests {
  private static let body = "## What\nAdds retries to the uploader when the network drops for a moment.\n"
  private static let jira = "rules:\n  linked-issue:\n    patterns: ['[A-Z][A-Z0-9]+-[0-9]+']\n"

  private func linkedIssueFindings(_ output: CLIRunner.Output) -> [String] {
    output.stdout.split(separator: "\n").filter { $0.hasSuffix("[linked-issue]") }.map(String.init)
  }

  @Test func theLinkedIssuesFlagSatisfiesTheRule() throws {
    let without = try CLIRunner.run(["--preset", "minimal", "-"], stdin: Self.body)
    #expect(linkedIssueFindings(without).count == 1, "\(without.stdout)")
    for flag in ["--linked-issues=12", "--linked-issues=octo/repo#7, 13"] {
      let output = try CLIRunner.run(["--preset", "minimal", flag, "-"], stdin: Self.body)
      #expect(linkedIssueFindings(output).isEmpty, "\(flag): \(output.stdout)")
    }
  }

  @Test func ghsClosingIssuesReferencesSatisfyTheRuleInAnAudit() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let records = [
      ["number": 1, "title": "Add retries", "body": Self.body, "closingIssuesReferences": []],
      [
        "number": 2, "title": "Add retries", "body": Self.body,
        "closingIssuesReferences": [
          ["number": 12, "repository": ["name": "repo", "owner": ["login": "octo"]], "url": "https://x/12"]
        ],
      ],
    ]
    let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
    try Data(lines.joined(separator: "\n").utf8).write(to: directory.appendingPathComponent("prs.jsonl"))
    let output = try CLIRunner.run(["audit", "--preset", "minimal", "prs.jsonl"], directory: directory)
    #expect(output.stdout.contains("#1: warning: no linked issue"), "\(output.stdout)")
    #expect(!linkedIssueFindings(output).contains { $0.hasPrefix("#2:") }, "\(output.stdout)")
  }

  @Test func aTrackerKeyInTheTitleOrBranchSatisfiesThePatterns() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.jira.utf8).write(to: directory.appendingPathComponent(".prlint.yml"))
    let plain = try CLIRunner.run(["--title", "Add retries", "-"], stdin: Self.body, directory: directory)
    #expect(linkedIssueFindings(plain).count == 1, "\(plain.stdout)")
    let title = try CLIRunner.run(["--title", "PLAT-12 Add retries", "-"], stdin: Self.body, directory: directory)
    #expect(linkedIssueFindings(title).isEmpty, "\(title.stdout)")
    let branch = try CLIRunner.run(
      ["--title", "Add retries", "--head-branch", "feature/PLAT-12-retries", "-"], stdin: Self.body,
      directory: directory)
    #expect(linkedIssueFindings(branch).isEmpty, "\(branch.stdout)")
    // In Actions the head branch comes from the event.
    let event: [String: Any] = [
      "pull_request": ["number": 3, "title": "Add retries", "body": Self.body, "head": ["ref": "PLAT-9-retries"]]
    ]
    try JSONSerialization.data(withJSONObject: event).write(to: directory.appendingPathComponent("event.json"))
    let actions = try CLIRunner.run(["--event", "event.json"], directory: directory)
    #expect(linkedIssueFindings(actions).isEmpty, "\(actions.stdout)")
  }
}
