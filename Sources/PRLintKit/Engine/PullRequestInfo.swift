/// What is known about a pull request besides its title and body. A piped body knows none of it,
/// so everything has a neutral default: no labels, no author, not a draft.
public struct PullRequestInfo: Sendable, Hashable {
  public var number: Int?
  public var url: String?
  public var labels: [String]
  public var author: Author?
  public var isDraft: Bool
  /// The branch the PR merges into, and the repository's default branch: GitHub acts on closing
  /// keywords only when they are the same.
  public var baseBranch: String?
  public var defaultBranch: String?
  /// The forge the PR was read from (a GitHub event, GitLab's variables), when known.
  public var platform: Platform?
  /// The GitLab instance the PR was read from (`CI_SERVER_URL`, a webhook's project, a pushed remote),
  /// when known: only its issue URLs are references under GitLab's grammar.
  public var gitLabInstance: GitLabInstance?
  /// The host cut the description short (GitLab's CI variable holds at most 2,700 characters).
  public var bodyTruncated: Bool
  /// The branch the PR merges from (`feature/PLAT-12-retries`): tracker keys are often there.
  public var headBranch: String?
  /// Issues linked to the PR outside its body (GitHub's sidebar, `--linked-issues`), as `#N` or
  /// `OWNER/REPO#N`: they close on merge like a closing keyword's.
  public var linkedIssues: [String] = []

  public init(
    number: Int? = nil, url: String? = nil, labels: [String] = [], author: Author? = nil, isDraft: Bool = false,
    baseBranch: String? = nil, defaultBranch: String? = nil, platform: Platform? = nil,
    gitLabInstance: GitLabInstance? = nil, bodyTruncated: Bool = false, headBranch: String? = nil,
    linkedIssues: [String] = []
  ) {
    self.headBranch = headBranch
    self.linkedIssues = linkedIssues
    self.number = number
    self.url = url
    self.labels = labels
    self.author = author
    self.isDraft = isDraft
    self.baseBranch = baseBranch
    self.defaultBranch = defaultBranch
    self.platform = platform
    self.gitLabInstance = gitLabInstance
    self.bodyTruncated = bodyTruncated
  }

  public struct Author: Sendable, Hashable {
    public var login: String
    /// GitHub's `user.type == "Bot"`.
    public var isBot: Bool

    public init(login: String, isBot: Bool = false) {
      self.login = login
      self.isBot = isBot
    }

    /// Whether this author is `login`, compared case-insensitively as GitHub does. A GitHub App's bot is
    /// `dependabot[bot]` in the REST API and events but `app/dependabot` in `gh pr list --json author`,
    /// so either form matches the other.
    public func isNamed(_ login: String) -> Bool {
      Self.canonical(self.login) == Self.canonical(login)
    }

    private static func canonical(_ login: String) -> String {
      let lowercased = login.lowercased()
      guard lowercased.hasPrefix("app/"), lowercased.count > 4 else { return lowercased }
      return lowercased.dropFirst(4) + "[bot]"
    }
  }
}
