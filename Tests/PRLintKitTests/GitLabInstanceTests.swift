import Foundation
import Testing

@testable import PRLintKit

/// Which GitLab instance's issue URLs are references: as configured, as GitLab CI, a webhook or a pushed
/// remote says, else GitLab.com.
struct GitLabInstanceTests {
  @Test(arguments: [
    ("https://gitlab.example.com", "https://gitlab.example.com"),
    ("https://GitLab.Example.com/", "https://gitlab.example.com"),
    ("gitlab.example.com", "https://gitlab.example.com"),
    ("http://gitlab.local:8080", "http://gitlab.local:8080"),
    ("https://example.com/gitlab/", "https://example.com/gitlab"),
    (" https://gitlab.example.com ", "https://gitlab.example.com"),
  ])
  func addresses(text: String, url: String) {
    #expect(GitLabInstance(text)?.url == url, "\(text)")
  }

  @Test(arguments: [
    "", "ftp://gitlab.example.com", "https://user:token@gitlab.example.com", "https://", "https://gitlab example.com",
    "https://gitlab.example.com:port", "https://gitlab.example.com/a b", "https://gitlab.example.com?x=1",
  ])
  func notAddresses(text: String) {
    #expect(GitLabInstance(text) == nil, "\(text)")
  }

  /// A remote's host is the instance's; its user, password and ssh port are not kept.
  @Test(arguments: [
    ("git@gitlab.example.com:group/project.git", "https://gitlab.example.com"),
    ("ssh://git@gitlab.example.com:2222/group/project.git", "https://gitlab.example.com"),
    ("https://oauth2:glpat-secret@gitlab.example.com/group/sub/project.git", "https://gitlab.example.com"),
    ("http://gitlab.local:8080/group/project.git", "http://gitlab.local:8080"),
    ("gitlab.com:group/project", "https://gitlab.com"),
  ])
  func remotes(remote: String, url: String) {
    #expect(GitLabInstance(remoteURL: remote)?.url == url, "\(remote)")
  }

  @Test(arguments: ["/srv/git/project.git", "../project", "file:///srv/git/project.git", "project"])
  func localRemotesNameNoInstance(remote: String) {
    #expect(GitLabInstance(remoteURL: remote) == nil, "\(remote)")
  }

  @Test func projectAddresses() {
    #expect(
      GitLabInstance(projectURL: "https://example.com/gitlab/group/project", projectPath: "group/project")?.url
        == "https://example.com/gitlab")
    #expect(
      GitLabInstance(projectURL: "https://gitlab.example.com/g/s/p", projectPath: nil)?.url
        == "https://gitlab.example.com")
  }

  @Test func detection() {
    let environment = ["GITLAB_CI": "true", "CI_SERVER_URL": "https://gitlab.example.com:8443"]
    #expect(GitLabInstance.detect(environment: environment)?.url == "https://gitlab.example.com:8443")
    #expect(GitLabInstance.detect(environment: ["CI_SERVER_URL": "https://gitlab.example.com"]) == nil)
    #expect(GitLabInstance.detect(environment: ["GITLAB_CI": "true"]) == nil)
  }

  // MARK: - Where the instance comes from

  private static let body = "Adds a flag.\n\nCloses https://gitlab.example.com/group/project/-/issues/9\n"

  private func closes(_ input: LintInput, _ configuration: Configuration = TestSupport.defaultConfiguration)
    -> [String]
  {
    TestSupport.linter(configuration).lint(input).references.filter(\.closing).map(\.issue)
  }

  /// `gitlab-url:` first, then what the PR was read from, then GitLab.com.
  @Test func theInstanceInForce() throws {
    let onExample = PullRequestInfo(platform: .gitlab, gitLabInstance: GitLabInstance("gitlab.example.com"))
    let onOther = PullRequestInfo(platform: .gitlab, gitLabInstance: GitLabInstance("gitlab.other.org"))
    #expect(closes(LintInput(source: "t.md", body: Self.body, pullRequest: onExample)) == ["group/project#9"])
    #expect(closes(LintInput(source: "t.md", body: Self.body, pullRequest: onOther)).isEmpty)
    #expect(closes(LintInput(source: "t.md", body: Self.body, pullRequest: PullRequestInfo(platform: .gitlab))).isEmpty)
    let directory = try TestSupport.temporaryDirectory([".prlint.yml": "gitlab-url: https://gitlab.example.com\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configured = try ConfigurationLoader.file(directory.appendingPathComponent(".prlint.yml").path)
    #expect(configured.gitLabInstance?.url == "https://gitlab.example.com")
    #expect(closes(LintInput(source: "t.md", body: Self.body, pullRequest: onOther), configured) == ["group/project#9"])
  }

  @Test func aConfiguredAddressMustBeOne() throws {
    let directory = try TestSupport.temporaryDirectory([".prlint.yml": "gitlab-url: ftp://gitlab.example.com\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect {
      try ConfigurationLoader.file(directory.appendingPathComponent(".prlint.yml").path)
    } throws: { error in
      "\(error)".hasSuffix(
        ".prlint.yml:1:13: invalid gitlab-url: expected the GitLab instance's address, such as "
          + "https://gitlab.example.com (a scheme, a host, an optional port and path)")
    }
  }

  @Test func gitLabCISaysWhichInstance() {
    let environment = [
      "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "7", "CI_SERVER_URL": "https://gitlab.example.com",
      "CI_MERGE_REQUEST_DESCRIPTION": Self.body,
    ]
    let input = GitLabPipeline.input(from: environment).input
    #expect(input.pullRequest.gitLabInstance?.url == "https://gitlab.example.com")
    #expect(closes(input) == ["group/project#9"])
  }

  @Test func filesLintedInGitLabCIKnowTheInstance() throws {
    let directory = try TestSupport.temporaryDirectory(["a.md": Self.body])
    defer { try? FileManager.default.removeItem(at: directory) }
    var request = PullRequestInputs.CheckRequest()
    request.files = [directory.appendingPathComponent("a.md").path]
    request.environment = ["GITLAB_CI": "true", "CI_SERVER_URL": "https://gitlab.example.com"]
    let input = try #require(try PullRequestInputs(check: request).inputs.first)
    #expect(closes(input) == ["group/project#9"])
  }

  @Test func aMergeRequestHookSaysWhichInstance() throws {
    let payload = """
      {"object_kind": "merge_request", "user": {"username": "dev"},
       "project": {"web_url": "https://example.com/gitlab/group/project", "path_with_namespace": "group/project",
                   "default_branch": "main"},
       "object_attributes": {"iid": 3, "title": "Add a flag", "target_branch": "main",
                             "description": "Closes https://example.com/gitlab/group/project/-/issues/9"}}
      """
    let directory = try TestSupport.temporaryDirectory(["hook.json": payload])
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = try EventPayload.read(path: directory.appendingPathComponent("hook.json").path)
    #expect(input.pullRequest.gitLabInstance?.url == "https://example.com/gitlab")
    #expect(closes(input) == ["group/project#9"])
  }
}
