import Foundation
import Testing

/// The fuzz targets' replay runner (a normal build of `PRLintFuzz`): the harnesses `make fuzz` runs under
/// libFuzzer go through every rule and output format, and check each output, on inputs of each kind.
@Suite(.serialized)
struct FuzzReplayTests {
  static let executable = CLIRunner.executable.deletingLastPathComponent().appendingPathComponent("PRLintFuzz")

  /// One file per input in a fresh directory; the caller removes it.
  private func inputs(_ files: [String: [UInt8]]) throws -> URL {
    let directory = try CLIRunner.temporaryDirectory()
    for (name, bytes) in files {
      try Data(bytes).write(to: directory.appendingPathComponent(name))
    }
    return directory
  }

  @Test func bodyTargetRunsExamplesAndAWholePullRequest() throws {
    // Body, NUL NUL, the flags byte (all set: draft, bot, GitLab, truncated...), then numstat -z output.
    let pullRequest =
      Array("fix: cache\n## What\nFixes #1 <!-- prlint-disable title -->\n- [ ] tests\n\u{1B}]8;;x\u{7}".utf8)
      + [0, 0, 0xFF] + Array("3\t1\tSources/A.swift\0-\t-\tshot.png\0".utf8)
    let directory = try inputs([
      "pull-request": pullRequest, "invalid-utf8": [0x23, 0x20, 0xFF, 0xFE, 0x0A, 0xC3], "empty": [],
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(
      ["body", directory.path, "Examples/PR.md", "Examples/needs-work.md"], executable: Self.executable)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout == "body: 5 inputs ran\n")
  }

  @Test func configTargetRunsThePresetsAndBrokenYAML() throws {
    let directory = try inputs([
      "custom.yml": Array("rules:\n  no-wip:\n    kind: forbid-text\n    pattern: '(?i)wip'\n".utf8),
      "unclosed.yml": Array("sections: [\n  - name: &a\n".utf8), "scalar.yml": Array("42".utf8),
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let presets = ["default", "strict", "minimal"].map { "Rules/\($0).yml" }
    let output = try CLIRunner.run(["config", directory.path] + presets, executable: Self.executable)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout == "config: 6 inputs ran\n")
  }

  @Test func eventTargetRunsGitHubGitLabAndVariables() throws {
    let github =
      #"{"pull_request": {"number": 5, "title": "feat: x", "body": null, "draft": true,"#
      + #" "user": {"login": "bot[bot]", "type": "Bot"}, "labels": [{"name": "a"}]}}"#
    let gitlab = #"{"object_kind": "merge_request", "object_attributes": {"iid": 3, "description": "Closes #2"}}"#
    let variables = "GITLAB_CI=true\0CI_MERGE_REQUEST_IID=9\0CI_MERGE_REQUEST_DESCRIPTION=## What\nx\0"
    let directory = try inputs([
      "github.json": Array(github.utf8), "gitlab.json": Array(gitlab.utf8), "variables": Array(variables.utf8),
      "truncated.json": Array(github.utf8.prefix(40)),
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["event", directory.path], executable: Self.executable)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout == "event: 4 inputs ran\n")
  }

  @Test func auditTargetRunsLinesArraysAndBrokenRecords() throws {
    let lines = ###"{"number": 1, "title": "x", "body": "## What\nFixes #2"}"### + "\n[1]\n" + #"{"body": null}"# + "\n"
    let array = #"[{"title": "a", "user": {"login": "b[bot]", "type": "Bot"}}, {"labels": ["c"]}]"#
    let directory = try inputs([
      "lines.jsonl": Array(lines.utf8), "array.json": Array(array.utf8), "open-array.json": Array("[{\"a\": [".utf8),
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["audit", directory.path], executable: Self.executable)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout == "audit: 3 inputs ran\n")
  }

  /// Files a PR can change, NUL-separated: a configuration, the file it extends, the PR template and the
  /// changed files, including a glob of 2^40 brace alternatives and YAML aliases.
  @Test func repositoryTargetRunsConfigurationExtendsTemplateAndFiles() throws {
    let braces = String(repeating: "{a,b}", count: 40)
    let config = """
      extends: base.yml
      rules:
        tests-included:
          exclude-globs: ["\(braces)", "docs/**"]
        diff-size:
          warn-lines: 10
      """
    let base = "extends: minimal\nsections:\n  - name: Why\n    required: true\n"
    let template = "## What\n<!-- describe -->\n\n## Why\nExplain why.\n"
    let files = "Sources/A.swift 30 2\nTests/ATests.swift 9 0\ndocs/shot.png\n\u{1B}[31m.swift 1 1\n"
    let repository = [config, base, template, files].map { Array($0.utf8) }.joined(separator: [0])
    let aliases = Array("sections: &s\n  - name: What\nextra: *s\n".utf8) + [0, 0, 0] + Array("a.swift 1 1".utf8)
    let directory = try inputs([
      "repository": Array(repository), "aliases": aliases, "extends-loop": Array("extends: .prlint.yml".utf8),
      "empty": [],
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["repository", directory.path], executable: Self.executable)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout == "repository: 4 inputs ran\n")
  }

  @Test func unknownTargetIsAUsageError() throws {
    let output = try CLIRunner.run(["yaml", "Rules/default.yml"], executable: Self.executable)
    #expect(output.status == 2)
    #expect(
      output.stderr
        == "PRLintFuzz: usage: PRLintFuzz TARGET PATH...: TARGET is one of body, config, event, audit, repository\n")
    #expect(output.stdout.isEmpty)
  }
}
