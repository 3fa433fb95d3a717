import Foundation
import Testing

/// The PR as GitHub Actions, GitLab CI and flags describe it.
struct CIInputTests {
  private func event(_ pullRequest: [String: Any], in directory: URL, name: String = "event.json") throws -> String {
    let payload: [String: Any] = [
      "action": "opened", "pull_request": pullRequest, "repository": ["default_branch": "main"],
    ]
    let url = directory.appendingPathComponent(name)
    try JSONSerialization.data(withJSONObject: payload).write(to: url)
    return url.path
  }

  private func pullRequest(body: Any, base: String = "main", extra: [String: Any] = [:]) -> [String: Any] {
    var pullRequest: [String: Any] = [
      "number": 42, "title": "feat: add INT8 export", "body": body, "draft": false, "additions": 100,
      "deletions": 20, "changed_files": 3, "labels": [["name": "enhancement"]],
      "user": ["login": "octocat", "type": "User"], "base": ["ref": base],
    ]
    pullRequest.merge(extra) { _, new in new }
    return pullRequest
  }

  @Test func githubActionsReadsTheEventWithoutArguments() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try event(pullRequest(body: CLIRunner.goodBody), in: directory)
    let actions = ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": path, "GITHUB_EVENT_NAME": "pull_request"]
    let good = try CLIRunner.run([], environment: actions)
    #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
    #expect(good.stdout.contains("PR #42 passed"))

    let badPath = try event(pullRequest(body: NSNull()), in: directory, name: "bad.json")
    let bad = try CLIRunner.run(
      ["--format", "json"], environment: ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": badPath])
    #expect(bad.status == 1)
    #expect(bad.stdout.contains("\"source\": \"PR #42\""))
    // `-` still reads standard input inside Actions.
    let piped = try CLIRunner.run(["-"], stdin: CLIRunner.goodBody, environment: actions)
    #expect(piped.status == 0 && piped.stdout.contains("<stdin> passed"), "\(piped.stdout)")
  }

  /// `$GITHUB_OUTPUT` gets the verdict and the size class for a later step (a labeler), appended to what
  /// other steps wrote; JSON carries the same size.
  @Test func actionsStepOutputsCarryTheVerdictAndSize() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try event(pullRequest(body: CLIRunner.goodBody), in: directory)
    let outputs = directory.appendingPathComponent("outputs")
    try Data("earlier=1\n".utf8).write(to: outputs)
    let actions = [
      "GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": path, "GITHUB_EVENT_NAME": "pull_request",
      "GITHUB_OUTPUT": outputs.path,
    ]
    let output = try CLIRunner.run(["--format", "json"], environment: actions)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      try String(contentsOf: outputs, encoding: .utf8)
        == "earlier=1\npassed=true\nerrors=0\nwarnings=0\nsize-class=M\nchanged-lines=120\n")
    #expect(output.stdout.contains(#""size": {"lines": 120, "files": 3, "class": "M"}"#), "\(output.stdout)")
    // Thresholds are the configuration's.
    try Data("size-classes: {xs: 10, s: 150}\n".utf8).write(to: directory.appendingPathComponent(".prlint.yml"))
    let configured = try CLIRunner.run(["--format", "json"], directory: directory, environment: actions)
    #expect(configured.stdout.contains(#""class": "S""#), "\(configured.stdout)")
  }

  /// Another event is an input error, even when its payload holds a pull_request object (as README says).
  @Test(arguments: [#"{"ref": "refs/heads/main", "commits": []}"#, #"{"pull_request": {"number": 1}}"#])
  func notAPullRequestEventIsAnInputError(payload: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("push.json")
    try Data(payload.utf8).write(to: url)
    let output = try CLIRunner.run(
      [], environment: ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": url.path, "GITHUB_EVENT_NAME": "push"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(
      output.stderr
        == "prlint: \(url.path): is a push event: expected a pull_request or pull_request_target event (run prlint on: pull_request)\n"
    )
  }

  @Test(arguments: ["pull_request", "pull_request_target", "pull_request_review"])
  func pullRequestEventsAreLinted(name: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("event.json")
    try Data(###"{"pull_request": {"number": 1, "title": "fix: x", "body": "## What\nx"}}"###.utf8).write(to: url)
    let output = try CLIRunner.run(
      [], environment: ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": url.path, "GITHUB_EVENT_NAME": name])
    #expect(output.status == 1, "\(output.stderr)")
    #expect(output.stdout.contains("PR #1"), "\(output.stdout)")
  }

  @Test func closingKeywordsOnAnotherBaseAreReported() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try event(pullRequest(body: CLIRunner.goodBody, base: "release-2.0"), in: directory)
    let output = try CLIRunner.run(["--event", path])
    #expect(output.status == 1)
    #expect(output.stdout.contains("Closes #123 will not close on merge: this PR targets \"release-2.0\""))
  }

  @Test func botsLabelsAndDraftsFollowThePolicy() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bot = try event(
      pullRequest(body: "Bump x", extra: ["user": ["login": "renovate[bot]", "type": "Bot"]]), in: directory,
      name: "bot.json")
    #expect(try CLIRunner.run(["--event", bot]).status == 0)
    let draft = try event(pullRequest(body: "WIP", extra: ["draft": true]), in: directory, name: "draft.json")
    let drafted = try CLIRunner.run(["--event", draft])
    #expect(drafted.status == 0 && drafted.stdout.contains("warning:") && !drafted.stdout.contains("error:"))
    #expect(
      try CLIRunner.run(["--event", draft, "--config", writeConfig("drafts: check\n", in: directory)]).status == 1)
    #expect(try CLIRunner.run(["--labels", "wip, skip-prlint"], stdin: "bad").status == 0)
    #expect(try CLIRunner.run(["--author", "dependabot[bot]"], stdin: "bad").status == 0)
    #expect(try CLIRunner.run(["--author", "octocat"], stdin: "bad").status == 1)
  }

  private func writeConfig(_ yaml: String, in directory: URL) throws -> String {
    let url = directory.appendingPathComponent("prlint.yml")
    try yaml.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func gitLabMergeRequestPipeline() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let body = CLIRunner.goodBody.replacingOccurrences(of: "Closes #123", with: "Implements #123, #124")
    let pipeline = [
      "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "7", "CI_MERGE_REQUEST_TITLE": "feat: add INT8 export",
      "CI_MERGE_REQUEST_DESCRIPTION": body, "CI_MERGE_REQUEST_LABELS": "ml,export",
    ]
    let output = try CLIRunner.run(["--format", "json"], environment: pipeline)
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout.contains(##""issue": "#124", "closing": true, "keyword": "Implements""##))

    var truncated = pipeline
    truncated["CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED"] = "true"
    let cut = try CLIRunner.run([], environment: truncated)
    #expect(cut.stdout.contains("warning: the description was cut short by the CI"))
    let full = directory.appendingPathComponent("full.md")
    try body.write(to: full, atomically: true, encoding: .utf8)
    let complete = try CLIRunner.run(["--body-file", full.path], environment: truncated)
    #expect(complete.status == 0 && !complete.stdout.contains("cut short"), "\(complete.stdout)")
    #expect(complete.stdout.contains("\(full.path) passed"))
  }

  @Test func bodyFileConflictsWithFiles() throws {
    let output = try CLIRunner.run(["--body-file", "Examples/PR.md", "Examples/PR.md"])
    #expect(output.status == 2)
    #expect(output.stderr.hasPrefix("prlint: --event (--github-event) and --body-file name the PR's body"))
  }
}

/// In a GitLab merge-request pipeline the diff comes from the base commit GitLab names.
struct GitLabDiffTests {
  @Test func diffFromTheMergeRequestBaseCommit() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.write([".prlint.yml": "rules:\n  diff-size:\n    warn-lines: 5\n    max-lines: 10\n"])
    try sandbox.commit("config")
    let base = try sandbox.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    try sandbox.branch("feature", message: "Big", files: ["big.txt": String(repeating: "line\n", count: 12)])
    let body = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/PR.md"), encoding: .utf8)
    var pipeline = [
      "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "3", "CI_MERGE_REQUEST_TITLE": "Add INT8 export",
      "CI_MERGE_REQUEST_DESCRIPTION": body, "CI_MERGE_REQUEST_DIFF_BASE_SHA": base,
    ]
    let output = try sandbox.prlint([], environment: pipeline)
    #expect(output.status == 1)
    #expect(output.stdout.contains("MR !3: error: the diff changes 12 lines, over the limit of 10"), "\(output.stdout)")

    // A shallow clone may lack the base commit: lint on without the diff, and say why.
    pipeline["CI_MERGE_REQUEST_DIFF_BASE_SHA"] = String(repeating: "1", count: 40)
    let shallow = try sandbox.prlint([], environment: pipeline)
    #expect(shallow.status == 0, "\(shallow.stdout)")
    #expect(shallow.stderr.hasPrefix("prlint: warning: no diff from CI_MERGE_REQUEST_DIFF_BASE_SHA ("))
    // One line, ending in a real line break (it once ended in a visible `\u{A}`).
    #expect(shallow.stderr.hasSuffix("; set GIT_DEPTH: 0\n") && !shallow.stderr.contains("\\u{A}"), "\(shallow.stderr)")
    #expect(shallow.stderr.split(separator: "\n").count == 1)
  }
}
