import Foundation
import Testing

@testable import PRLintKit

/// Which PRs are linted: bots, ignore labels, drafts.
struct PolicyTests {
  private let badBody = "Fix bug."

  private func lint(_ pullRequest: PullRequestInfo, policy: Policy = Policy()) -> LintResult {
    var configuration = TestSupport.defaultConfiguration
    configuration.policy = policy
    return TestSupport.linter(configuration).lint(
      LintInput(source: "pr", body: badBody, pullRequest: pullRequest))
  }

  @Test func botsAreSkippedByTypeOrLogin() {
    let byType = lint(PullRequestInfo(author: .init(login: "my-release-bot", isBot: true)))
    #expect(byType.skipReason == "author my-release-bot is a bot")
    #expect(byType.diagnostics.isEmpty && byType.passed)
    let byLogin = lint(PullRequestInfo(author: .init(login: "Dependabot[bot]")))
    #expect(byLogin.skipReason == "author Dependabot[bot] is in ignore.authors")
    var policy = Policy()
    policy.skipBots = false
    policy.ignoredAuthors = []
    #expect(
      lint(PullRequestInfo(author: .init(login: "my-release-bot", isBot: true)), policy: policy).skipReason == nil)
  }

  /// `gh pr list --json author` names an App's bot `app/dependabot`; the REST API `dependabot[bot]`.
  @Test func anAppsBotMatchesInEitherForm() {
    var policy = Policy()
    policy.skipBots = false
    for login in ["app/dependabot", "App/Dependabot", "dependabot[bot]"] {
      let result = lint(PullRequestInfo(author: .init(login: login)), policy: policy)
      #expect(result.skipReason == "author \(login) is in ignore.authors")
    }
    policy.ignoredAuthors = ["app/release-please"]
    #expect(lint(PullRequestInfo(author: .init(login: "release-please[bot]")), policy: policy).skipReason != nil)
    for login in ["app/", "dependabot", "apps/dependabot", "app/dependabot-preview"] {
      policy.ignoredAuthors = ["dependabot[bot]"]
      #expect(lint(PullRequestInfo(author: .init(login: login)), policy: policy).skipReason == nil, "\(login)")
    }
  }

  @Test func humansAreLinted() {
    let result = lint(PullRequestInfo(author: .init(login: "octocat")))
    #expect(result.skipReason == nil)
    #expect(!result.passed)
  }

  @Test func ignoreLabelSkips() {
    let result = lint(PullRequestInfo(labels: ["bug", "Skip-PRLint"]))
    #expect(result.skipReason == "label \"Skip-PRLint\" is in ignore.labels")
    #expect(lint(PullRequestInfo(labels: ["bug"])).skipReason == nil)
  }

  @Test(arguments: [Policy.Drafts.skip, .warn, .check])
  func drafts(_ drafts: Policy.Drafts) {
    var policy = Policy()
    policy.drafts = drafts
    let result = lint(PullRequestInfo(isDraft: true), policy: policy)
    switch drafts {
    case .skip:
      #expect(result.skipReason == "draft PR (drafts: skip)")
    case .warn:
      #expect(result.skipReason == nil && result.errorCount == 0 && result.warningCount > 0)
    case .check:
      #expect(result.skipReason == nil && result.errorCount > 0)
    }
  }

  @Test func configurationSetsThePolicy() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".prlint.yml": """
      platform: gitlab
      drafts: check
      ignore:
        authors: [release-please]
        labels: [no-lint, dependencies]
        bots: false
      """
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.file(directory.appendingPathComponent(".prlint.yml").path)
    #expect(configuration.platform == .gitlab)
    #expect(configuration.policy.drafts == .check)
    #expect(configuration.policy.ignoredAuthors == ["release-please"])
    #expect(configuration.policy.ignoredLabels == ["no-lint", "dependencies"])
    #expect(!configuration.policy.skipBots)
    #expect(try ConfigurationLoader.preset("default").platform == nil)
  }
}

/// Size classes for labelers: pr-size-labeler's thresholds by default, the configuration's otherwise.
struct SizeClassTests {
  @Test(arguments: [
    (0, "XS"), (10, "XS"), (11, "S"), (100, "S"), (101, "M"), (500, "M"), (501, "L"), (1000, "L"), (1001, "XL"),
  ])
  func defaultThresholds(lines: Int, sizeClass: String) {
    #expect(SizeClasses().sizeClass(ofLines: lines) == sizeClass)
  }

  @Test func theConfigurationMovesThem() throws {
    let configuration = try ConfigurationLoader.configuration(
      text: "size-classes:\n  s: 50\n  l: 2000\n", file: ".prlint.yml")
    #expect(configuration.sizeClasses.sizeClass(ofLines: 60) == "M")
    #expect(configuration.sizeClasses.sizeClass(ofLines: 1500) == "L")
    let result = TestSupport.linter(configuration).lint(LintInput(source: "pr", body: "x", changedLines: 60))
    #expect(result.size == PullRequestSize(lines: 60, files: nil, sizeClass: "M"))
  }

  @Test(arguments: [
    ("size-classes: {s: 100, xs: 10}\n", ".prlint.yml:1:28: expected size classes in order"),
    ("size-classes: {xs: 10, s: 10}\n", ".prlint.yml:1:27: expected size classes in order"),
    ("size-classes: {xl: 5000}\n", ".prlint.yml:1:16: unknown size class \"xl\": expected one of xs, s, m, l"),
    ("size-classes: 10\n", ".prlint.yml:1:15: expected a mapping of size classes"),
  ])
  func badThresholdsAreConfigurationErrors(text: String, message: String) {
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationLoader.configuration(text: text, file: ".prlint.yml")
    }
    #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "")")
  }
}
