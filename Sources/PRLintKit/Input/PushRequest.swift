import Foundation

/// What the pre-push hook was given: the refs a push updates, from git's hook input or from the
/// pre-commit framework's variables, and the remote they go to.
public struct PushRequest: Sendable {
  public var updates: [PushUpdate]
  /// The remote's name as git passes it to the hook (a URL when pushing to one directly).
  public var remote: String
  /// Its URL, which tells GitHub from GitLab when the host is theirs.
  public var remoteURL: String?

  /// Whether any update could become a PR (not a deletion or a tag).
  public var hasLintable: Bool { updates.contains(where: \.isLintable) }

  /// Thrown when prlint is run as a hook by hand: no refs on standard input, or no remote.
  public struct NotRunByGit: Error, Sendable {
    public var message: String
  }

  /// The push this hook run is for, or nil when there is nothing for this run to check: `PRLINT_SKIP=1`
  /// skips it, or pre-commit runs it while prlint's own hook, which sees every ref, checks the push.
  /// Under pre-commit the `PRE_COMMIT_*` variables describe the push (its first ref only), and with
  /// none (`pre-commit run --hook-stage pre-push`) the branch checked out stands for one; otherwise git
  /// writes one line per ref on standard input.
  public static func read(
    remote: String?, url: String?, environment: [String: String], standardInputIsTerminal: Bool,
    repository: GitRepository
  ) throws -> PushRequest? {
    if environment["PRLINT_SKIP"] == "1" { return nil }  // also under pre-commit, which runs no script of ours
    if let update = try PreCommitPush.update(from: environment, repository: repository) {
      // A push names its remote branch; `pre-commit run --from-ref A --to-ref B` by hand does not.
      let pushing = environment["PRE_COMMIT_REMOTE_BRANCH"].map { !$0.isEmpty } ?? false
      if pushing, PrePushHook.isInstalled(in: try repository.hooksDirectory()) { return nil }
      return PushRequest(
        updates: update.isDeletion ? [] : [update], remote: environment["PRE_COMMIT_REMOTE_NAME"] ?? remote ?? "origin",
        remoteURL: environment["PRE_COMMIT_REMOTE_URL"] ?? url)
    }
    if environment["PRE_COMMIT"] == "1", remote == nil {
      return try checkedOutBranch(repository: repository)
    }
    guard !standardInputIsTerminal else {
      throw NotRunByGit(
        message: "prlint hook run is meant to be run by git as the pre-push hook, with the pushed refs on "
          + "standard input: install it with prlint hook install")
    }
    guard let remote else {
      throw NotRunByGit(message: "prlint hook run: expected the remote's name, as git passes it")
    }
    let data = try BodyReader.readStandardInputData(expected: "git's pre-push lines")
    do {
      return PushRequest(
        updates: try PushUpdate.parse(String(decoding: data, as: UTF8.self)), remote: remote, remoteURL: url)
    } catch {
      throw InputError(
        source: BodyReader.standardInputName,
        "line \(error.line): expected <local ref> <local sha> <remote ref> <remote sha>, as git writes for pre-push")
    }
  }

  /// The branch checked out, as a push of it to its upstream's remote (else `origin`) would be, whether
  /// or not the remote has it already; nothing for a detached HEAD, which no PR comes from.
  static func checkedOutBranch(repository: GitRepository) throws(GitError) -> PushRequest {
    guard let branch = try repository.currentBranch(), let sha = try repository.commit("HEAD") else {
      return PushRequest(updates: [], remote: "origin")
    }
    var remote = "origin"
    if let upstream = try repository.configuration("branch.\(branch).remote"), try repository.isRemote(upstream) {
      remote = upstream
    }
    let ref = "refs/heads/" + branch
    let update = PushUpdate(localRef: ref, localSHA: sha, remoteRef: ref, remoteSHA: PushUpdate.nullID(like: sha))
    return PushRequest(
      updates: [update], remote: remote, remoteURL: try repository.configuration("remote.\(remote).url"))
  }

  public init(updates: [PushUpdate], remote: String, remoteURL: String? = nil) {
    self.updates = updates
    self.remote = remote
    self.remoteURL = remoteURL
  }
}
