import ArgumentParser
import Foundation
import PRLintKit

/// What is known about the PR besides its body, from flags: for any CI, or to override what a
/// GitHub event or GitLab's variables say.
struct PullRequestOptions: ParsableArguments {
  @Option(help: "The PR title, checked by the title and breaking-change rules.")
  var title: String?

  @Option(
    name: [.customLong("github-event"), .customLong("event")],
    help: ArgumentHelp(
      "Read the PR from a GitHub pull_request event payload (automatic in GitHub Actions) or a GitLab merge request hook.",
      valueName: "path"))
  var githubEvent: String?

  @Option(
    help: ArgumentHelp(
      "Lint this file's text as the body, e.g. the full text when GitLab truncated it.",
      valueName: "path"))
  var bodyFile: String?

  @Option(help: ArgumentHelp("The PR's labels, comma-separated (checked against ignore.labels).", valueName: "labels"))
  var labels: String?

  @Option(help: ArgumentHelp("The PR author's login; a login ending in [bot] is a bot.", valueName: "login"))
  var author: String?

  @Flag(help: "The PR is a draft (see the drafts setting).")
  var draft = false

  @Option(
    help: ArgumentHelp("The branch the PR merges from; linked-issue.patterns look for a key in it.", valueName: "name"))
  var headBranch: String?

  @Option(
    help: ArgumentHelp(
      "The branch the PR merges into; overrides with base-branches conditions match it.", valueName: "name"))
  var baseBranch: String?

  @Option(
    help: ArgumentHelp(
      "Issues linked to the PR outside its body (GitHub's Development sidebar), comma-separated: 12,13.",
      valueName: "issues"))
  var linkedIssues: String?

  @Option(
    help: ArgumentHelp(
      "Compute the diff with git: the files HEAD changed since it forked from REF (REF...HEAD).", valueName: "ref"))
  var diffBase: String?

  // `.unconditional` so that `--changed-lines -5` is read as a value and rejected by validate().
  @Option(parsing: .unconditional, help: "Lines changed by the PR (added + deleted), for diff-size.")
  var changedLines: Int?

  @Option(parsing: .unconditional, help: "Files changed by the PR, for diff-size.")
  var changedFiles: Int?

  func validate() throws {
    for (name, value) in [("--changed-lines", changedLines), ("--changed-files", changedFiles)] {
      if let value, value < 0 { throw ValidationError("\(name) must be 0 or more, got \(value)") }
    }
  }

  /// The flags as the library's request, for `files`.
  func request(files: [String]) -> PullRequestInputs.CheckRequest {
    var request = PullRequestInputs.CheckRequest()
    request.files = files
    request.eventPath = githubEvent
    request.bodyFile = bodyFile
    request.diffBase = diffBase
    request.overrides = PullRequestOverrides(
      title: title, labels: labels, author: author, draft: draft, changedLines: changedLines,
      changedFiles: changedFiles, headBranch: headBranch, linkedIssues: linkedIssues, baseBranch: baseBranch)
    return request
  }
}
