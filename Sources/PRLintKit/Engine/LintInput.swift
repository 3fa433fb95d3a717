/// One pull request to lint: its body and whatever else is known about it.
public struct LintInput: Sendable {
  /// Where the body came from, as shown in messages: a path, `<stdin>`, or an event payload's path.
  public var source: String
  /// Whether `source` is a file's path, which annotations and reports may point at; false for
  /// standard input and for a PR read from a CI (`PR #42`).
  public var sourceIsFile: Bool
  public var body: String
  public var title: String?
  /// Lines added plus lines deleted, when known.
  public var changedLines: Int?
  public var changedFiles: Int?
  /// The diff's files, when known (from `--diff-base` or the pre-push hook); rules that look at
  /// which files changed check nothing without it.
  public var files: [ChangedFile]?
  public var pullRequest: PullRequestInfo

  public init(
    source: String, sourceIsFile: Bool = false, body: String, title: String? = nil, changedLines: Int? = nil,
    changedFiles: Int? = nil,
    files: [ChangedFile]? = nil, pullRequest: PullRequestInfo = PullRequestInfo()
  ) {
    self.source = source
    self.sourceIsFile = sourceIsFile
    self.body = body
    self.title = title
    self.changedLines = changedLines
    self.changedFiles = changedFiles
    self.files = files
    self.pullRequest = pullRequest
  }
}

extension LintInput {
  /// Sets the diff facts from `files`. Totals cover every file; rules that exclude some work from `files`.
  public mutating func fillDiff(_ files: [ChangedFile]) {
    self.files = files
    changedLines = files.reduce(0) { $0 + $1.changedLines }
    changedFiles = files.count
  }
}
