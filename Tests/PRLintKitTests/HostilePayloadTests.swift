import Foundation
import Testing

@testable import PRLintKit

/// Event payloads and CI variables written to hurt: a clear input error naming the field, or a clean
/// read; never a crash, a half-read payload or a value echoed into the message.
struct HostilePayloadTests {
  static func parse(_ json: String) throws(InputError) -> LintInput {
    try EventPayload.parse(Data(json.utf8), source: "event.json")
  }

  @Test(arguments: [
    (#"{"pull_request": {"draft": "yes"}}"#, "pull_request.draft is a string: expected true or false"),
    (#"{"pull_request": {"draft": 1}}"#, "pull_request.draft is a number: expected true or false"),
    (#"{"pull_request": {"labels": 5}}"#, "pull_request.labels is a number: expected an array"),
    (#"{"pull_request": {"labels": [5]}}"#, "pull_request.labels[0] is a number: expected a string or an object"),
    (#"{"pull_request": {"labels": [{"name": 7}]}}"#, "pull_request.labels[0].name is a number: expected a string"),
    (#"{"pull_request": {"number": "42"}}"#, "pull_request.number is a string: expected a whole number of 0 or more"),
    (#"{"pull_request": {"number": 4.5}}"#, "pull_request.number is a number: expected a whole number of 0 or more"),
    (#"{"pull_request": {"number": true}}"#, "pull_request.number is a boolean: expected a whole number of 0 or more"),
    (#"{"pull_request": {"number": 1e300}}"#, "pull_request.number is a number: expected a whole number of 0 or more"),
    (#"{"pull_request": {"body": 5}}"#, "pull_request.body is a number: expected a string"),
    (#"{"pull_request": {"body": {"text": "x"}}}"#, "pull_request.body is an object: expected a string"),
    (#"{"pull_request": {"title": ["x"]}}"#, "pull_request.title is an array: expected a string"),
    (#"{"pull_request": {"user": "octocat"}}"#, "pull_request.user is a string: expected an object"),
    (#"{"pull_request": {"user": {"login": "a", "type": 1}}}"#, "pull_request.user.type is a number"),
    (#"{"pull_request": {"base": {"repo": []}}}"#, "pull_request.base.repo is an array: expected an object"),
    (#"{"pull_request": {"changed_files": -3}}"#, "pull_request.changed_files is a number: expected a whole number"),
    (#"{"pull_request": {"additions": -1, "deletions": 2}}"#, "pull_request.additions is a number"),
    (
      #"{"pull_request": {"additions": 9223372036854775807, "deletions": 1}}"#,
      "pull_request.additions + deletions is too large: expected a diff's line count"
    ),
    (#"{"pull_request": [], "repository": {}}"#, "pull_request is an array: expected an object"),
    (#"{"pull_request": {}, "repository": 3}"#, "repository is a number: expected an object"),
    (
      #"{"object_kind": "merge_request", "object_attributes": {"draft": "yes"}}"#, "object_attributes.draft is a string"
    ),
    (#"{"object_kind": "merge_request", "object_attributes": {"iid": "7"}}"#, "object_attributes.iid is a string"),
    (#"{"object_kind": "merge_request", "labels": {"title": "x"}}"#, "labels is an object: expected an array"),
    (#"{"object_kind": "merge_request", "user": {"username": false}}"#, "user.username is a boolean"),
  ])
  func wrongTypesAreNamed(json: String, expected: String) {
    let error = #expect(throws: InputError.self) { try Self.parse(json) }
    #expect(error?.source == "event.json")
    #expect(error?.message.hasPrefix(expected) == true, "\(String(describing: error))")
  }

  @Test func nullIsAbsentAndTheRightTypesRead() throws {
    let input = try Self.parse(
      #"{"pull_request": {"body": null, "draft": null, "labels": null, "user": null, "number": null}}"#)
    #expect(input.body == "" && !input.pullRequest.isDraft && input.pullRequest.labels.isEmpty)
    let full = try Self.parse(
      #"{"pull_request": {"number": 0, "draft": true, "additions": 9223372036854775806, "deletions": 1, "#
        + #""labels": [{"name": "a"}, {"color": "red"}]}}"#)
    #expect(full.pullRequest.isDraft && full.changedLines == Int.max && full.pullRequest.labels == ["a"])
    #expect(full.source == "PR #0")
  }

  @Test func deepNestingIsAnErrorNotAStackOverflow() {
    for (open, close) in [("[", "]"), (#"{"a":"#, "}")] {
      let json =
        #"{"pull_request": "# + String(repeating: open, count: 100_000) + "1"
        + String(repeating: close, count: 100_000) + "}"
      let error = #expect(throws: InputError.self) { try Self.parse(json) }
      #expect(error?.message.contains("invalid JSON") == true, "\(String(describing: error))")
      #expect(error?.source.hasPrefix("event.json:1:") == true)
    }
  }

  /// Just under the 1 MiB a body may hold (each repetition is 23 bytes once decoded).
  @Test func aHugeBodyStringIsReadAndLinted() throws {
    let body = "## What\\n" + String(repeating: "Fixes #1 \\\"quoted\\\" \\u001b[2J ", count: 45_000)
    let input = try Self.parse(#"{"pull_request": {"number": 1, "body": ""# + body + #""}}"#)
    #expect(input.body.hasSuffix("\u{1B}[2J "))
    let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(input)
    #expect(result.sections.first { $0.name == "What" }?.status == .filled)
    #expect(result.diagnostics.contains { $0.ruleID == "body-length" })
  }

  @Test func invalidUnicodeEscapesAreInvalidJSON() {
    let error = #expect(throws: InputError.self) { try Self.parse(#"{"pull_request": {"body": "\ud800 x"}}"#) }
    #expect(error?.message.contains("invalid JSON") == true)
    #expect(error?.message.hasSuffix("expected a pull_request event payload") == true)
  }

  /// GitLab's variables come from the environment (the OS bounds each one: 128 KiB on Linux).
  @Test func gitLabVariablesAreReadWhateverTheyHold() {
    let hostile = "\u{1B}]8;;http://x\u{7}::error::x\n%0A\u{0}"
    let (input, base) = GitLabPipeline.input(from: [
      "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "99999999999999999999999",
      "CI_MERGE_REQUEST_TITLE": hostile, "CI_MERGE_REQUEST_LABELS": ",,\(hostile),,",
      "CI_MERGE_REQUEST_DESCRIPTION": "## What\n" + String(repeating: "x ", count: 65_536),
      "CI_MERGE_REQUEST_DRAFT": "yes", "CI_MERGE_REQUEST_DIFF_BASE_SHA": "",
    ])
    #expect(input.source == "merge request")  // an IID that is no number names no MR
    #expect(input.pullRequest.labels == [hostile.trimmingWhitespace()])
    #expect(!input.pullRequest.isDraft && base == nil)
    let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(input)
    #expect(result.sections.first { $0.name == "What" }?.status == .filled)
  }

  /// File names from the diff reach messages through `PathList`; every format must defuse them.
  @Test func hostileFileNamesInTheDiffRules() {
    let names = [
      "src/\u{1B}[31mred.swift", "src/::error::x.swift", "src/a\nb.swift", "src/%0A::warning::y.css",
      "ui/<img src=x onerror=alert(1)>.css", "ui/@org/team.css", "ui/a|b`c`.css", "src/\u{FFFD}\u{202E}gpj.swift",
      "src/" + String(repeating: "d/", count: 5_000) + "deep.swift", String(repeating: "n", count: 100_000) + ".swift",
      "src/[!*]{a,b}**.swift", "-rf.swift", "src/##[add-mask]z.swift",
    ]
    var input = LintInput(
      source: "t.md", body: HostileReports.passingBody,
      files: names.map { ChangedFile(path: $0, additions: 1, deletions: 0) })
    input.changedLines = names.count
    let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(input)
    let messages = result.diagnostics.map(\.message)
    #expect(messages.contains { $0.contains("source file") }, "\(messages)")
    #expect(messages.contains { $0.contains("UI file") }, "\(messages)")
    let options = HostileReports.options
    let text = TextReporter().report([result], options: options)
    #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
    #expect(text.split(separator: "\n").allSatisfy { !$0.hasPrefix("::") })
    let github = GitHubReporter().report([result], options: options)
    for line in github.split(separator: "\n") where line.hasPrefix("::") {
      #expect(line.hasPrefix("::warning ") || line.hasPrefix("::error ") || line.hasPrefix("::notice "), "\(line)")
    }
    let markdown = MarkdownReporter().report([result], options: options)
    #expect(!markdown.contains("<img") && !markdown.contains("@org/team"))
  }

  /// Glob matched `**` by recursion, one level per path segment: a path of half a million segments
  /// (git stores such a tree) overflowed the stack.
  @Test func halfAMillionSegmentsDoNotOverflowTheStack() {
    let path = "src/" + String(repeating: "d/", count: 500_000) + "generated/x.swift"
    #expect(Glob("**/generated/**").matches(path))
    #expect(Glob("src/**/x.swift").matches(path))
    #expect(!Glob("src/**/y.swift").matches(path))
    #expect(!Glob("*/d/x.swift").matches(path))
    let input = LintInput(
      source: "t.md", body: "## What\nA change.\n", files: [ChangedFile(path: path, additions: 1, deletions: 0)])
    let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(input)
    #expect(result.diagnostics.contains { $0.ruleID == "tests-included" })  // a source file, no test
  }
}
