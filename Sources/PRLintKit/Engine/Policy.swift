/// Which PRs are linted at all. Bots write descriptions nobody reviews, a label lets a team wave a PR
/// through, and a draft is still being written.
public struct Policy: Sendable, Hashable {
  public enum Drafts: String, Sendable, Hashable, CaseIterable {
    /// Drafts are not linted.
    case skip
    /// Drafts are linted, with errors reported as warnings: visible, but not failing.
    case warn
    /// Drafts are linted like any PR.
    case check
  }

  /// Whether an author whose account type is Bot is skipped.
  public var skipBots = true
  /// Logins skipped, compared case-insensitively as GitHub does (`app/NAME` is `NAME[bot]`).
  public var ignoredAuthors = ["dependabot[bot]", "renovate[bot]", "github-actions[bot]"]
  /// Labels that skip the PR, compared case-insensitively.
  public var ignoredLabels = ["skip-prlint"]
  public var drafts = Drafts.warn

  public init() {}

  /// Why the PR is not linted, or nil when it is.
  public func skipReason(for pullRequest: PullRequestInfo) -> String? {
    if let author = pullRequest.author {
      if skipBots, author.isBot { return "author \(author.login) is a bot" }
      if ignoredAuthors.contains(where: author.isNamed) {
        return "author \(author.login) is in ignore.authors"
      }
    }
    let ignored = Set(ignoredLabels.map { $0.lowercased() })
    if let label = pullRequest.labels.first(where: { ignored.contains($0.lowercased()) }) {
      return "label \"\(label)\" is in ignore.labels"
    }
    if pullRequest.isDraft, drafts == .skip { return "draft PR (drafts: skip)" }
    return nil
  }

  /// The highest severity a finding may have on this PR: drafts under `warn` never fail.
  public func severityCap(for pullRequest: PullRequestInfo) -> Severity {
    pullRequest.isDraft && drafts == .warn ? .warning : .error
  }
}
