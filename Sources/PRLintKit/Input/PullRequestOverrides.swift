import Foundation

/// What the user says about the PR on the command line (`--title`, `--labels`, …), for any CI, or to
/// override what an event payload or a CI's variables say.
public struct PullRequestOverrides: Sendable {
  public var title: String?
  /// Comma-separated, as typed: `bug, ml`.
  public var labels: String?
  /// A login; one ending in `[bot]` is a bot.
  public var author: String?
  public var draft = false
  public var changedLines: Int?
  public var changedFiles: Int?
  public var headBranch: String?
  /// The branch the PR merges into, which overrides' `base-branches` match.
  public var baseBranch: String?
  /// Comma-separated issue numbers or references, as typed: `12, 13` or `octo/repo#7`.
  public var linkedIssues: String?

  public init(
    title: String? = nil, labels: String? = nil, author: String? = nil, draft: Bool = false,
    changedLines: Int? = nil, changedFiles: Int? = nil, headBranch: String? = nil, linkedIssues: String? = nil,
    baseBranch: String? = nil
  ) {
    self.headBranch = headBranch
    self.baseBranch = baseBranch
    self.linkedIssues = linkedIssues
    self.title = title
    self.labels = labels
    self.author = author
    self.draft = draft
    self.changedLines = changedLines
    self.changedFiles = changedFiles
  }

  /// `input` with what the overrides say written over it.
  public func apply(to input: inout LintInput) {
    if let title { input.title = title }
    if let changedLines { input.changedLines = changedLines }
    if let changedFiles { input.changedFiles = changedFiles }
    if let labels {
      input.pullRequest.labels = labels.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
    }
    if let author {
      input.pullRequest.author = .init(login: author, isBot: author.hasSuffix("[bot]"))
    }
    if draft { input.pullRequest.isDraft = true }
    if let headBranch { input.pullRequest.headBranch = headBranch }
    if let baseBranch { input.pullRequest.baseBranch = baseBranch }
    if let linkedIssues {
      input.pullRequest.linkedIssues = linkedIssues.split(separator: ",").map {
        let issue = $0.trimmingCharacters(in: .whitespaces)
        return issue.allSatisfy(\.isNumber) ? "#" + issue : issue
      }.filter { !$0.isEmpty && $0 != "#" }
    }
  }
}
