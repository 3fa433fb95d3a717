import Foundation
import Testing

@testable import PRLintKit

/// How `check`'s inputs are assembled in the library: sources, their precedence, overrides, warnings.
struct PullRequestInputsTests {
  @Test func filesAreReadWithOverridesAndThePlatformOfTheCI() throws {
    let directory = try TestSupport.temporaryDirectory(["a.md": "First.\n", "b.md": "Second.\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    var request = PullRequestInputs.CheckRequest()
    request.files = ["a.md", "b.md"].map { directory.appendingPathComponent($0).path }
    request.overrides = PullRequestOverrides(
      title: "Add a cache", labels: " bug, ,ml ", author: "bot[bot]", draft: true)
    request.environment = ["GITLAB_CI": "true"]
    let found = try PullRequestInputs(check: request)
    #expect(found.inputs.map(\.body) == ["First.\n", "Second.\n"])
    #expect(found.inputs.allSatisfy { $0.sourceIsFile && $0.title == "Add a cache" })
    #expect(found.inputs.allSatisfy { $0.pullRequest.labels == ["bug", "ml"] && $0.pullRequest.isDraft })
    #expect(found.inputs.allSatisfy { $0.pullRequest.author == .init(login: "bot[bot]", isBot: true) })
    #expect(found.inputs.allSatisfy { $0.pullRequest.platform == .gitlab })
    #expect(found.warnings.isEmpty)
  }

  @Test func aTerminalOnStandardInputIsNoInput() {
    var request = PullRequestInputs.CheckRequest()
    request.standardInputIsTerminal = true
    #expect(throws: PullRequestInputs.NoInput.self) { try PullRequestInputs(check: request) }
    request.files = ["-"]
    #expect(throws: PullRequestInputs.NoInput.self) { try PullRequestInputs(check: request) }
  }

  /// With no FILE, the CI's PR wins; `--body-file` replaces its (possibly truncated) body and keeps the rest.
  @Test func aBodyFileReplacesTheCIsBody() throws {
    let directory = try TestSupport.temporaryDirectory(["full.md": "The whole text.\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    var request = PullRequestInputs.CheckRequest()
    request.bodyFile = directory.appendingPathComponent("full.md").path
    request.environment = [
      "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "7", "CI_MERGE_REQUEST_TITLE": "Add a cache",
      "CI_MERGE_REQUEST_DESCRIPTION": "The whole", "CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED": "true",
    ]
    let input = try #require(try PullRequestInputs(check: request).inputs.first)
    #expect(input.body == "The whole text.\n" && input.source == request.bodyFile && input.sourceIsFile)
    #expect(input.title == "Add a cache" && input.pullRequest.number == 7 && !input.pullRequest.bodyTruncated)
  }

  /// A shallow clone may lack the base commit GitLab names: a warning, and the lint goes on.
  @Test func aMissingGitLabBaseIsAWarning() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var request = PullRequestInputs.CheckRequest()
    request.environment = [
      "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "7", "CI_MERGE_REQUEST_DESCRIPTION": "Text.",
      "CI_MERGE_REQUEST_DIFF_BASE_SHA": "0123456789abcdef0123456789abcdef01234567",
    ]
    let found = try PullRequestInputs(check: request, repository: GitRepository(directory: directory))
    #expect(found.inputs.map(\.body) == ["Text."])
    #expect(found.inputs.first?.changedLines == nil)
    #expect(found.warnings.count == 1)
    #expect(found.warnings.first?.hasPrefix("no diff from CI_MERGE_REQUEST_DIFF_BASE_SHA (") == true)
  }

  /// An event and an audit record read a PR object alike: labels as names or objects, the base branch.
  @Test func eventsAndAuditRecordsShareOneMapping() throws {
    let object =
      #"{"number": 3, "labels": ["bug", {"name": "ml"}, {"id": 1}], "base": {"ref": "dev", "repo": {"default_branch": "main"}}, "user": {"login": "octo", "type": "User"}, "draft": false}"#
    let event = try EventPayload.parse(Data(#"{"pull_request": \#(object)}"#.utf8), source: "event.json")
    let record = try AuditRecord.decode(Array(object.utf8)).lintInput(recordNumber: 1)
    #expect(event.pullRequest == record.pullRequest)
    #expect(record.pullRequest.labels == ["bug", "ml"] && record.pullRequest.baseBranch == "dev")
    #expect(record.pullRequest.defaultBranch == "main")
  }
}
