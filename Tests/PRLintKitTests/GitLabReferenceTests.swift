import Testing

@testable import PRLintKit

/// GitLab's default closing pattern, which accepts more than GitHub's.
struct GitLabReferenceTests {
  private func closes(_ body: String, on platform: Platform = .gitlab) -> [String] {
    var configuration = TestSupport.defaultConfiguration
    configuration.platform = platform
    return TestSupport.lint(body, configuration: configuration).references.filter(\.closing).map(\.issue)
  }

  @Test(arguments: [
    ("Closes #10", ["#10"]), ("Implements #4", ["#4"]), ("implemented: #4", ["#4"]), ("Closing #3", ["#3"]),
    ("Fixing #3", ["#3"]), ("Resolving #3", ["#3"]), ("Closes issue #5", ["#5"]), ("Fixes issues #5", ["#5"]),
    ("Closes #1, #2 and #3", ["#1", "#2", "#3"]), ("Fixes #1,#2", ["#1", "#2"]),
    ("Closes group/project#7", ["group/project#7"]),
    ("Closes https://gitlab.example.com/group/sub/project/-/issues/9", ["group/sub/project#9"]),
    ("Fixes https://github.com/octo/repo/issues/11", ["octo/repo#11"]),
  ])
  func closingReferences(body: String, expected: [String]) {
    #expect(closes(body) == expected)
  }

  @Test(arguments: [
    "Implements #4", "Closes issue #5", "Fixing #3", "Closes https://gitlab.example.com/group/project/-/issues/9",
  ])
  func gitHubClosesNoneOfThese(body: String) {
    #expect(closes(body, on: .github).isEmpty)
  }

  @Test(arguments: [
    "Closes bug #5", "Closes #", "See #5", "Closes https://gitlab.example.com/group/project/-/merge_requests/9",
  ])
  func gitLabClosesNothingHere(body: String) {
    #expect(closes(body).isEmpty)
  }

  @Test func listsStopAtProse() {
    #expect(closes("Closes #1, see also #2") == ["#1"])
  }

  @Test func nearMissMessagesNameThePlatform() throws {
    var configuration = TestSupport.defaultConfiguration
    configuration.platform = .gitlab
    let result = TestSupport.lint("Adds a flag.\n\nCloses bug #5", configuration: configuration)
    let message = try #require(result.diagnostics.first { $0.message.hasPrefix("a word stands between") }?.message)
    #expect(message.contains("GitLab closes nothing"))
  }

  @Test func detection() {
    #expect(Platform.detect(environment: ["GITLAB_CI": "true"]) == .gitlab)
    #expect(Platform.detect(environment: ["GITHUB_ACTIONS": "true"]) == .github)
    #expect(Platform.detect(environment: [:]) == .github)
  }
}
