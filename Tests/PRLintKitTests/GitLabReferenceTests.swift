import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// GitLab's default closing pattern, which accepts more than GitHub's but reads case, spaces and hosts
/// strictly (ReferenceScanner+GitLab.swift quotes it).
struct GitLabReferenceTests {
  private func references(_ body: String, instance: GitLabInstance = .gitLabCom) -> IssueReferences {
    IssueReferences(in: TestSupport.parse(body), platform: .gitlab, gitLab: instance)
  }

  private func closes(_ body: String, on platform: Platform = .gitlab, instance: GitLabInstance = .gitLabCom)
    -> [String]
  {
    IssueReferences(in: TestSupport.parse(body), platform: platform, gitLab: instance).closing.map(\.issue)
  }

  private func mentions(_ body: String, instance: GitLabInstance = .gitLabCom) -> [String] {
    references(body, instance: instance).all.filter { !$0.closing }.map(\.issue)
  }

  private static let example = GitLabInstance("https://gitlab.example.com")!

  @Test(arguments: [
    ("Closes #10", ["#10"]), ("Implements #4", ["#4"]), ("implemented: #4", ["#4"]), ("Closing #3", ["#3"]),
    ("Fixing #3", ["#3"]), ("Resolving #3", ["#3"]), ("Closes issue #5", ["#5"]), ("Fixes issues #5", ["#5"]),
    ("Closes #1, #2 and #3", ["#1", "#2", "#3"]), ("Fixes #1,#2", ["#1", "#2"]),
    ("Closes group/project#7", ["group/project#7"]),
    ("Closes https://gitlab.com/group/sub/project/-/issues/9", ["group/sub/project#9"]),
  ])
  func closingReferences(body: String, expected: [String]) {
    #expect(closes(body) == expected)
  }

  @Test(arguments: [
    "Implements #4", "Closes issue #5", "Fixing #3", "Closes https://gitlab.com/group/project/-/issues/9",
  ])
  func gitHubClosesNoneOfThese(body: String) {
    #expect(closes(body, on: .github).isEmpty)
  }

  @Test(arguments: [
    "Closes bug #5", "Closes #", "See #5", "Closes https://gitlab.com/group/project/-/merge_requests/9",
  ])
  func gitLabClosesNothingHere(body: String) {
    #expect(closes(body).isEmpty)
  }

  @Test func listsStopAtProse() {
    #expect(closes("Closes #1, see also #2") == ["#1"])
  }

  // MARK: - GitLab's closing_issue_extractor_spec.rb

  /// Every keyword of the spec's "with a single reference" context ("Awesome commit (Closes #1)",
  /// "Closed: #1", "implementing: #1" …): the 16 forms, capitalised or not, with a colon or not.
  static let specKeywords = [
    "Close", "Closes", "Closed", "Closing", "Fix", "Fixes", "Fixed", "Fixing", "Resolve", "Resolves", "Resolved",
    "Resolving", "Implement", "Implements", "Implemented", "Implementing",
  ]

  @Test(arguments: specKeywords)
  func closingIssueExtractorSpecSingleReference(keyword: String) {
    for written in [keyword, keyword.lowercased()] {
      for colon in ["", ":"] {
        #expect(closes("Awesome commit (\(written)\(colon) #1)") == ["#1"], "\(written)\(colon)")
        #expect(closes("\(written)\(colon) #1") == ["#1"], "\(written)\(colon)")
      }
    }
  }

  /// The spec's other contexts, with the project's issues as #1, #2, #3 and another project's as
  /// group/other#4; `Gitlab.config.gitlab.url` is https://gitlab.com, as `project_issue_url` writes it.
  @Test(arguments: [
    // "with a cross-project reference", "with a cross-project URL" (today's and older URLs)
    ("Closes group/other#4", ["group/other#4"]),
    ("Closes https://gitlab.com/group/other/-/issues/4", ["group/other#4"]),
    ("Closes https://gitlab.com/group/other/issues/4", ["group/other#4"]),
    // "with multiple references"
    ("Closes #1 and fix #2", ["#1", "#2"]),
    ("Closes #1, closes #2", ["#1", "#2"]),
    ("Closes #1, #2 and #3", ["#1", "#2", "#3"]),
    ("Closes #1, #2, and #3", ["#1", "#2", "#3"]),
    ("Closes #1 , #2 , and #3", ["#1", "#2", "#3"]),
    ("Closes #1 #2 #3", ["#1", "#2", "#3"]),
    ("Closes #1, #2 #3", ["#1", "#2", "#3"]),
    ("Awesome commit (closes #1)\nAlso fixes #2", ["#1", "#2"]),
    ("Awesome commit (closes #1)\nAlso fixing issues #2, #3 and #4", ["#1", "#2", "#3", "#4"]),
    ("Closes #1 and group/other#4", ["#1", "group/other#4"]),
    (
      "Closes https://gitlab.com/group/other/-/issues/4, #1 and https://gitlab.com/group/project/-/issues/2",
      ["group/other#4", "#1", "group/project#2"]
    ),
    // "ignores invalid cross-project URL references": the link is an item that closes nothing.
    ("Closes https://google.com/group/other/-/issues/4 and #1", ["#1"]),
  ])
  func closingIssueExtractorSpecCloses(message: String, expected: [String]) {
    #expect(closes(message) == expected, "\(message)")
  }

  /// The spec's "with an invalid URL" and "with an invalid keyword such as suffix instead of fix".
  @Test(arguments: ["Closes https://google.com/group/other/-/issues/4", "suffix #1"])
  func closingIssueExtractorSpecClosesNothing(message: String) {
    #expect(closes(message).isEmpty, "\(message)")
  }

  // MARK: - What the pattern reads strictly

  /// The pattern is case-sensitive: only a keyword's first letter may be a capital, and "issue" and
  /// "and" are lower case. Spaces, not tabs or line breaks, follow the keyword; `&` does not list.
  @Test(arguments: [
    ("CLOSES #1", [String]()), ("Closes: #1 and FIXES #2", ["#1"]), ("cLoses #1", []), ("Closes Issue #5", []),
    ("Closes #1 AND #2", ["#1"]), ("Closes #1 & #2", ["#1"]), ("Closes\t#1", []), ("Closes\n#1", []),
    ("Closes #1,\n#2", ["#1"]),
  ])
  func caseAndSpacesAreRead(body: String, expected: [String]) {
    #expect(closes(body) == expected, "\(body)")
  }

  /// `GH-N` is GitHub's; GitLab's own alternative prefix is `GL-N` (upper case, as `Issue.reference_pattern` has it).
  @Test func gitHubsPrefixIsNotGitLabs() {
    #expect(closes("Closes GH-7").isEmpty)
    #expect(mentions("See GH-7").isEmpty)
    #expect(closes("Closes GL-7, #8") == ["#7", "#8"])
    #expect(closes("Closes gl-7").isEmpty)
    #expect(closes("Closes GH-7", on: .github) == ["#7"])
  }

  /// `PROJECT#N` names an issue of a project in the same namespace; groups nest.
  @Test(arguments: [
    ("Closes group/subgroup/project#7", ["group/subgroup/project#7"]),
    ("Fixes a/b/c/d/e#1", ["a/b/c/d/e#1"]),
    ("Closes project#7", ["project#7"]),
    ("Closes my-project.js#7 and other_project#8", ["my-project.js#7", "other_project#8"]),
    ("Closes #1, group/subgroup/project#2", ["#1", "group/subgroup/project#2"]),
  ])
  func projectReferences(body: String, expected: [String]) {
    #expect(closes(body) == expected, "\(body)")
  }

  @Test func projectShorthandIsAMention() {
    #expect(mentions("Follows project#7 and group/sub/project#8.") == ["project#7", "group/sub/project#8"])
    // GitLab's match is the leftmost valid path; where none is, `#N` alone still names an issue.
    #expect(mentions("-x#1") == ["x#1"])
    #expect(mentions("group./p#3") == ["p#3"])
    #expect(mentions("a.git#2") == ["#2"])
    #expect(mentions("https://example.com/a#4").isEmpty)
  }

  /// Issue URLs of the instance, with or without `/-/`, and work items of a project or a group.
  @Test(arguments: [
    ("Closes https://gitlab.com/group/project/-/work_items/8", ["group/project#8"]),
    ("Closes https://gitlab.com/groups/group/sub/-/work_items/8", ["group/sub#8"]),
    ("Closes https://gitlab.com/group/project/issues/9", ["group/project#9"]),
    ("Closes https://gitlab.com/group/project/-/issues/incident/5", ["group/project#5"]),
    ("Closes https://gitlab.com/g/p/-/issues/9#note_1, #2.", ["g/p#9", "#2"]),
    ("Closes https://gitlab.com/g/p/-/issues/9?x=1 and #2", ["g/p#9", "#2"]),
  ])
  func issueAndWorkItemURLs(body: String, expected: [String]) {
    #expect(closes(body) == expected, "\(body)")
  }

  /// A full URL counts only on the instance: GitLab.com unless another is named.
  @Test func urlsCountOnlyOnTheInstance() {
    let url = "https://gitlab.example.com/group/project/-/issues/9"
    #expect(closes("Closes \(url)").isEmpty)
    #expect(mentions("See \(url)").isEmpty)
    #expect(closes("Closes \(url)", instance: Self.example) == ["group/project#9"])
    #expect(mentions("See [the bug](\(url))", instance: Self.example) == ["group/project#9"])
    #expect(closes("Closes https://gitlab.com/group/project/-/issues/9", instance: Self.example).isEmpty)
    #expect(closes("Fixes https://github.com/octo/repo/issues/11").isEmpty)
    #expect(closes("Closes http://gitlab.com/group/project/-/issues/9").isEmpty)
    let underPath = GitLabInstance("https://example.com/gitlab")!
    #expect(closes("Closes https://example.com/gitlab/g/p/-/issues/3", instance: underPath) == ["g/p#3"])
    #expect(closes("Closes https://example.com/g/p/-/issues/3", instance: underPath).isEmpty)
  }

  /// A link's address counts under GitLab's grammar only when it is an issue URL of the instance.
  @Test func linkDestinations() {
    #expect(mentions("[one](https://gitlab.com/g/p/-/issues/1) [two](#2) [three](notes#3)") == ["g/p#1"])
  }

  // MARK: - Near misses

  @Test func nearMisses() {
    let found = references(
      "CLOSES #1\n\nCloses https://gitlab.example.com/g/p/-/issues/2\n\nCloses #3, https://x.example/g/p/-/work_items/4"
    )
    #expect(found.nearMisses.map(\.kind) == [.keywordCase, .otherInstance, .otherInstance])
    #expect(
      found.nearMisses.map(\.issue) == [
        "#1", "https://gitlab.example.com/g/p/-/issues/2", "https://x.example/g/p/-/work_items/4",
      ])
    #expect(found.nearMisses.map(\.keyword) == ["CLOSES", "Closes", "Closes"])
    #expect(found.closing.map(\.issue) == ["#3"])
    #expect(references("Closes https://github.com/o/r/issues/1").nearMisses.isEmpty)
    #expect(references("Closes https://gitlab.example.com/g/p/-/issues/2", instance: Self.example).nearMisses.isEmpty)
  }

  @Test func nearMissMessagesNameThePlatform() throws {
    var configuration = TestSupport.defaultConfiguration
    configuration.platform = .gitlab
    let result = TestSupport.lint("Adds a flag.\n\nCloses bug #5", configuration: configuration)
    let message = try #require(result.diagnostics.first { $0.message.hasPrefix("a word stands between") }?.message)
    #expect(message.contains("GitLab closes nothing"))
  }

  @Test func nearMissMessagesSayWhatToWrite() {
    var configuration = TestSupport.defaultConfiguration
    configuration.platform = .gitlab
    let messages = TestSupport.lint(
      "Adds a flag.\n\nFIXES #5\n\nCloses https://gitlab.example.com:8443/g/p/-/issues/6", configuration: configuration
    ).diagnostics.filter { $0.ruleID == "linked-issue" && $0.severity == .warning }.map(\.message)
    #expect(
      messages == [
        "\"FIXES\" is not a closing keyword to GitLab, which allows a capital only as its first letter: write \"Fixes #5\"",
        "\"Closes\" names an issue on https://gitlab.example.com:8443, and GitLab closes only issues of its own instance "
          + "(https://gitlab.com): if https://gitlab.example.com:8443 is your GitLab, set "
          + "`gitlab-url: https://gitlab.example.com:8443` in the configuration",
      ])
  }

  @Test func detection() {
    #expect(Platform.detect(environment: ["GITLAB_CI": "true"]) == .gitlab)
    #expect(Platform.detect(environment: ["GITHUB_ACTIONS": "true"]) == .github)
    #expect(Platform.detect(environment: [:]) == .github)
  }

  /// Long runs of what GitLab's grammar tries at every word start stay linear (LinearTimeTests times them).
  @Test func scanningIsLinearOnAdversarialText() {
    let runs = [
      String(repeating: "a-", count: 200_000) + "#1", String(repeating: "a/", count: 200_000) + "#1",
      String(repeating: "https://gitlab.com/a/issues/-x", count: 20_000), String(repeating: "CLOSES ", count: 100_000),
      "Closes #1" + String(repeating: ", #1", count: 100_000),
    ]
    for text in runs {
      #expect(ReferenceScanner.scan(text, platform: .gitlab).references.count <= 100_001)
    }
  }
}
