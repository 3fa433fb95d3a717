/// One file in a PR's diff, as `git diff --numstat` reports it.
public struct ChangedFile: Sendable, Hashable {
  /// The path after the change, relative to the repository root, `/`-separated.
  public var path: String
  /// The path before a rename, when git detected one.
  public var previousPath: String?
  /// Line counts; nil for a binary file, which counts as a file but not as lines.
  public var additions: Int?
  public var deletions: Int?

  public init(path: String, previousPath: String? = nil, additions: Int?, deletions: Int?) {
    self.path = path
    self.previousPath = previousPath
    self.additions = additions
    self.deletions = deletions
  }

  public var isBinary: Bool { additions == nil || deletions == nil }
  public var changedLines: Int { (additions ?? 0) + (deletions ?? 0) }
}
