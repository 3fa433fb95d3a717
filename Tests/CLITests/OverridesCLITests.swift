import Foundation
import Testing

/// `overrides:` end to end: a discovered `.prlint.yml`, the PR's labels from flags or a GitHub event,
/// JSON naming what applied, `prlint rules` listing the overrides, and mistakes reported at their place.
struct OverridesCLITests {
  private let body = """
    ## What
    Adds retries to the uploader so that flaky networks stop failing uploads.

    ## Why
    Uploads failed about once a day on the office network, losing work.

    ## Testing
    Ran the uploader against a proxy that drops every third connection.

    Fixes #12
    """

  private let configuration = """
    overrides:
      - if: {labels: [bug]}
        sections:
          - name: Root cause
            aliases: [root cause, cause]
            required: true
      - name: release
        if: {base-branches: ['release/*']}
        rules:
          linked-issue: off

    """

  private func repository(_ configuration: String) throws -> URL {
    let directory = try CLIRunner.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try configuration.write(to: directory.appendingPathComponent(".prlint.yml"), atomically: true, encoding: .utf8)
    return directory
  }

  private func overrides(_ json: String) throws -> [[String]] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let results = try #require(object["results"] as? [[String: Any]])
    return results.map { $0["overrides"] as? [String] ?? ["not a list"] }
  }

  @Test func labelsFromFlagsChooseTheOverrides() throws {
    let directory = try repository(configuration)
    defer { try? FileManager.default.removeItem(at: directory) }
    let plain = try CLIRunner.run(["--format", "json"], stdin: body, directory: directory)
    #expect(plain.status == 0, "\(plain.stdout)\(plain.stderr)")
    #expect(try overrides(plain.stdout) == [[]])
    let bug = try CLIRunner.run(["--labels", "Bug", "--format", "json"], stdin: body, directory: directory)
    #expect(bug.status == 1, "\(bug.stdout)\(bug.stderr)")
    #expect(try overrides(bug.stdout) == [[".prlint.yml#1"]])
    #expect(bug.stdout.contains("missing section \\\"Root cause\\\""))
  }

  @Test func theBaseBranchFromAFlagChoosesTheOverrides() throws {
    let directory = try repository(configuration)
    defer { try? FileManager.default.removeItem(at: directory) }
    let unlinked = body.replacingOccurrences(of: "Fixes #12", with: "")
    let main = try CLIRunner.run(["--base-branch", "main", "--format", "json"], stdin: unlinked, directory: directory)
    #expect(main.status == 1, "\(main.stdout)\(main.stderr)")
    #expect(try overrides(main.stdout) == [[]])
    let release = try CLIRunner.run(
      ["--base-branch", "release/2.1", "--format", "json"], stdin: unlinked, directory: directory)
    #expect(release.status == 0, "\(release.stdout)\(release.stderr)")
    #expect(try overrides(release.stdout) == [["release"]])
  }

  @Test func aGitHubEventsLabelsAndBaseBranchChooseTheOverrides() throws {
    let directory = try repository(configuration)
    defer { try? FileManager.default.removeItem(at: directory) }
    let unlinked = body.replacingOccurrences(of: "Fixes #12", with: "")
    let pullRequest: [String: Any] = [
      "number": 7, "title": "Retry uploads", "body": unlinked + "\n## Cause\nOne dropped connection ended it.\n",
      "draft": false, "labels": [["name": "bug"]], "user": ["login": "octocat", "type": "User"],
      "base": ["ref": "release/2.1"],
    ]
    let event = directory.appendingPathComponent("event.json")
    try JSONSerialization.data(withJSONObject: ["action": "opened", "pull_request": pullRequest]).write(to: event)
    let output = try CLIRunner.run(
      ["--format", "json"], directory: directory,
      environment: ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": event.path, "GITHUB_EVENT_NAME": "pull_request"])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(try overrides(output.stdout) == [[".prlint.yml#1", "release"]])
  }

  @Test func rulesListsTheOverrides() throws {
    let directory = try repository(configuration)
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["rules"], directory: directory)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout.hasSuffix(
        """

        Overrides, applied in this order to each PR all of whose conditions hold:

        .prlint.yml#1  if labels: bug
          section Root cause: aliases root cause, cause; required

        release  if base-branches: release/*
          rule linked-issue: off

        """), "\(output.stdout)")
  }

  @Test func anUnknownConditionIsAConfigurationError() throws {
    let directory = try repository("overrides:\n  - if: {branch: main}\n    rules: {title: off}\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run([], stdin: body, directory: directory)
    #expect(output.status == 2)
    #expect(
      output.stderr.contains(
        ".prlint.yml:2:10: unknown condition \"branch\": expected one of labels, title-types, changed-paths, "
          + "base-branches, authors"), "\(output.stderr)")
  }
}
