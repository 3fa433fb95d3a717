import Foundation
import Testing

/// `prlint audit` over records written to hurt: each bad record is one line on stderr naming its line
/// and what was expected, the good ones are still linted, the exit code is 2, and nothing crashes.
@Suite(.serialized)
struct HostileAuditTests {
  @Test func badRecordsAreSkippedWithOneLineEach() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let records = [
      #"{"number": 1, "title": "big", "body": ""# + String(repeating: "x", count: 5 << 20) + #""}"#,
      String(repeating: "[", count: 100_000),
      #"{"number": "x", "body": 5}"#,
      #"{"number": 4, "isDraft": "yes", "labels": 5}"#,
      #"{"number": 5, "additions": 9223372036854775807, "deletions": 1}"#,
      ###"{"number": 6, "title": "\u001b]8;;http://x\u0007::error::t", "body": "## What\n\u0000 Fixes #1 \u202e"}"###,
      ###"{"number": 7, "title": "fine", "body": "## What\nA change."}"###,
      #"{"number": 8, "body": ""# + String(repeating: "[", count: 2 << 20) + #""}"#,
    ]
    try Data(records.joined(separator: "\n").utf8).write(to: directory.appendingPathComponent("prs.jsonl"))
    let output = try CLIRunner.run(["audit", "prs.jsonl", "--format", "json"], directory: directory)
    #expect(output.status == 2)
    let lines = output.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "prlint: prs.jsonl:1: record 1: the record is larger than 4 MiB: expected a PR object",
        "prlint: prs.jsonl:2: record 2: invalid JSON (too many nested arrays or dictionaries): expected a PR object",
        "prlint: prs.jsonl:3: record 3: number is a string: expected a whole number of 0 or more",
        "prlint: prs.jsonl:4: record 4: labels is a number: expected an array",
        "prlint: prs.jsonl:5: record 5: additions + deletions is too large: expected a diff's line count",
        "prlint: prs.jsonl:8: record 8: body is larger than 1 MiB, prlint's limit: expected a PR description",
      ], "\(output.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.compactMap { $0["source"] as? String } == ["#6", "#7"])
    #expect(results.first?["title"] as? String == "\u{1B}]8;;http://x\u{7}::error::t")
    #expect(!output.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func missingAndDirectoryInputsNameWhatWasExpected() throws {
    for (argument, expected) in [
      ("missing.jsonl", "missing.jsonl: no such file: expected PRs as JSON Lines or a JSON array"),
      ("Examples", "Examples: is a directory: expected PRs as JSON Lines or a JSON array"),
    ] {
      let output = try CLIRunner.run(["audit", argument])
      #expect(output.status == 2)
      #expect(output.stdout.isEmpty)
      #expect(output.stderr == "prlint: \(expected)\n")
    }
  }
}
