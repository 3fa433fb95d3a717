/// The pre-commit framework (pre-commit.com) reads git's pre-push input itself and passes the pushed
/// ref to hooks as environment variables instead.
public enum PreCommitPush {
  /// The push pre-commit describes, or nil when these variables are not set (git's own hook mode).
  /// `PRE_COMMIT_TO_REF` is the local commit (it may be missing for a new branch, then
  /// `PRE_COMMIT_LOCAL_BRANCH` names it), `PRE_COMMIT_REMOTE_BRANCH` the ref updated on the remote.
  /// `pre-commit run --from-ref A --to-ref B` by hand names no branch: the one checked out names the PR.
  public static func update(from environment: [String: String], repository: GitRepository) throws(GitError)
    -> PushUpdate?
  {
    func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
    guard value("PRE_COMMIT_REMOTE_BRANCH") != nil || value("PRE_COMMIT_TO_REF") != nil else { return nil }
    let checkedOut = try repository.currentBranch().map { "refs/heads/" + $0 }
    let localRef = value("PRE_COMMIT_LOCAL_BRANCH") ?? checkedOut ?? "HEAD"
    let local = value("PRE_COMMIT_TO_REF") ?? localRef
    let remoteRef = value("PRE_COMMIT_REMOTE_BRANCH") ?? "refs/heads/" + shortName(localRef)
    let remoteSHA = value("PRE_COMMIT_FROM_REF") ?? String(repeating: "0", count: 40)
    if local.allSatisfy({ $0 == "0" }) {  // a deletion
      return PushUpdate(localRef: localRef, localSHA: local, remoteRef: remoteRef, remoteSHA: remoteSHA)
    }
    guard let sha = try repository.commit(local) else {
      throw GitError(command: "PRE_COMMIT_TO_REF=\(local)", "names no commit in this repository")
    }
    return PushUpdate(localRef: localRef, localSHA: sha, remoteRef: remoteRef, remoteSHA: remoteSHA)
  }

  private static func shortName(_ ref: String) -> String {
    ref.hasPrefix("refs/heads/") ? String(ref.dropFirst("refs/heads/".count)) : ref
  }
}
