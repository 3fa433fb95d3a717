import Foundation

/// The questions prlint asks a local repository: what a branch's diff is, what its tip commit says,
/// where hooks live and which branch a remote's PRs go into.
public struct GitRepository: Sendable {
  public let git: Git

  public init(directory: URL? = nil, environment: [String: String] = [:]) {
    git = Git(directory: directory, environment: environment)
  }

  /// The root of the work tree; fails outside one (e.g. in a bare repository).
  public func topLevel() throws(GitError) -> URL {
    URL(fileURLWithPath: try git.text(["rev-parse", "--show-toplevel"]), isDirectory: true)
  }

  /// The directory git runs hooks from: `core.hooksPath` when set (relative to the top level, as git
  /// resolves it), else `.git/hooks` (of the main repository, for a linked worktree too).
  public func hooksDirectory() throws(GitError) -> URL {
    let top = try topLevel()
    var atTop = git
    atTop.directory = top
    let path = try atTop.text(["rev-parse", "--git-path", "hooks"])
    return URL(fileURLWithPath: path, relativeTo: top).standardizedFileURL
  }

  /// The full commit id `revision` names, or nil when it names no commit.
  public func commit(_ revision: String) throws(GitError) -> String? {
    guard !revision.hasPrefix("-") else { return nil }  // never an option to git
    return try git.query(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])
  }

  /// The files a PR from `head` onto `base` would show: the diff from their merge base (`base...head`),
  /// rename-aware, binary files with nil counts.
  public func changedFiles(base: String, head: String = "HEAD") throws(GitError) -> [ChangedFile] {
    let arguments = ["diff", "--numstat", "-z", "-M", "--no-color", "--no-ext-diff", "\(base)...\(head)", "--"]
    let output = try git.run(arguments)
    do {
      return try NumstatParser.parse(output)
    } catch {
      throw GitError(command: Git.display(arguments), error.description)
    }
  }

  /// A commit's subject (its first paragraph, on one line) and body (the rest), as GitHub pre-fills a
  /// one-commit PR's title and description.
  public func message(of revision: String) throws(GitError) -> (subject: String, body: String) {
    let text = String(decoding: try git.run(["show", "-s", "--format=%s%x00%b", revision, "--"]), as: UTF8.self)
    let parts = text.split(separator: "\0", maxSplits: 1, omittingEmptySubsequences: false)
    let subject = String(parts[0])
    var body = parts.count > 1 ? String(parts[1]) : ""
    while body.hasSuffix("\n") { body.removeLast() }
    return (subject, body)
  }

  /// The remote-tracking ref of the branch a remote's PRs go into: `refs/remotes/REMOTE/HEAD` when
  /// set (by clone or `git remote set-head`), else the first of `names` the remote has a branch of.
  public func defaultBranch(ofRemote remote: String, names: [String]) throws(GitError) -> String? {
    guard try isRemote(remote) else { return nil }  // a URL: no tracking refs
    let prefix = "refs/remotes/\(remote)/"
    if let head = try git.query(["symbolic-ref", "--quiet", prefix + "HEAD"]), try commit(head) != nil {
      return head
    }
    for name in names {
      if try commit(prefix + name) != nil { return prefix + name }
    }
    return nil
  }

  /// Whether `name` is one of the repository's remotes (not a URL or path a push was given instead).
  public func isRemote(_ name: String) throws(GitError) -> Bool {
    guard !name.isEmpty, !name.hasPrefix("-") else { return false }
    return try git.text(["remote"]).split(separator: "\n").contains { $0 == name }
  }

  /// Whether the repository tracks any branch of `remote`: false for a new, empty remote (or one never
  /// fetched), whose first push has nothing to compare with.
  public func tracksBranches(ofRemote remote: String) throws(GitError) -> Bool {
    guard try isRemote(remote) else { return false }
    return try !git.text(["for-each-ref", "--count=1", "--format=%(refname)", "refs/remotes/\(remote)"]).isEmpty
  }

  /// The branch checked out (its short name), or nil for a detached HEAD.
  public func currentBranch() throws(GitError) -> String? {
    try git.query(["symbolic-ref", "--quiet", "--short", "HEAD"])
  }

  /// A git configuration value, or nil when unset.
  public func configuration(_ key: String) throws(GitError) -> String? {
    try git.query(["config", "--get", key])
  }

  /// The best common ancestor of two commits, or nil for unrelated histories.
  public func mergeBase(_ first: String, _ second: String) throws(GitError) -> String? {
    try git.query(["merge-base", first, second])
  }
}
