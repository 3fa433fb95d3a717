/// The branch a push's PRs would go into, decided from what the local repository knows: a hook never
/// asks the remote (it may be slow, offline or need credentials), and a remote with no `HEAD` is common
/// (a new, empty repository, a push to a URL, a remote added by hand).
struct PushDefaultBranch: Equatable {
  /// Its name on the remote, e.g. `main`; nil when the push gives no way to tell.
  var name: String?
  /// Where its tip is known: the remote-tracking ref, or the commit this push gives it.
  var revision: String?
  /// Why the diff size cannot be checked, when neither is known.
  var note: String?

  /// `REMOTE/HEAD` when git knows it, else a tracked branch named by `init.defaultBranch`, `main` or
  /// `master`. For a remote with no branches here yet (new and empty, never fetched, or a URL), the
  /// branch this push makes under one of those names; failing that, for an empty named remote, the
  /// branch checked out, since the first branch pushed to an empty repository becomes its default on
  /// GitHub and GitLab.
  init(of push: PushRequest, repository: GitRepository) throws(GitError) {
    let remote = push.remote
    var names = ["main", "master"]
    if let configured = try repository.configuration("init.defaultBranch"), !configured.isEmpty {
      names.removeAll { $0 == configured }
      names.insert(configured, at: 0)
    }
    if let tracked = try repository.defaultBranch(ofRemote: remote, names: names) {
      name = String(tracked.dropFirst("refs/remotes/\(remote)/".count))
      revision = tracked
      return
    }
    let isRemote = try repository.isRemote(remote)
    if try repository.tracksBranches(ofRemote: remote) {
      let tried = (["HEAD"] + names).map { "\(remote)/\($0)" }
      note =
        "no default branch known for remote \"\(remote)\" (no \(tried.dropLast().joined(separator: ", ")) "
        + "or \(tried.last ?? "")): checking without the diff size; 'git remote set-head \(remote) --auto' sets it"
      return
    }
    let created = push.updates.filter { !$0.isDeletion }
    var pushed = names.lazy.compactMap { name in created.first { $0.remoteBranch == name } }.first
    if pushed == nil, isRemote, let current = try repository.currentBranch() {
      pushed = created.first { $0.remoteBranch == current && $0.remoteSHA.allSatisfy { $0 == "0" } }
    }
    if let pushed {
      name = pushed.remoteBranch
      revision = pushed.localSHA
    } else if isRemote {
      note =
        "no default branch known for remote \"\(remote)\" (it has no branches here yet): "
        + "checking without the diff size"
    } else {
      note =
        "no default branch known for a push to a URL (it has no remote-tracking branches): "
        + "checking without the diff size"
    }
  }
}
