import Foundation

/// What each pushed branch's PR would be: the tip commit's subject as title, its body (or the
/// configured `hook.body-file`) as description, and the diff from the merge base with the remote's
/// default branch.
public struct PushInputs {
  public var inputs: [LintInput] = []
  /// One-line remarks for the user, such as why there is no diff to check.
  public var notes: [String] = []

  /// - Parameters:
  ///   - remote: the remote's name as git passes it to the hook (a URL when pushing to one directly).
  ///   - remoteURL: its URL, which tells GitHub from GitLab when the host is theirs.
  ///   - bodyFile: a path relative to the repository's top level, read instead of the commit body.
  public init(
    updates: [PushUpdate], remote: String, remoteURL: String? = nil, repository: GitRepository, bodyFile: String?
  ) throws {
    let lintable = updates.filter(\.isLintable)
    guard !lintable.isEmpty else { return }
    let defaultRef = try repository.defaultBranch(ofRemote: remote)
    let defaultName = defaultRef.map { String($0.dropFirst("refs/remotes/\(remote)/".count)) }
    if defaultRef == nil {
      notes.append(
        "no default branch known for remote \"\(remote)\" (no \(remote)/HEAD, \(remote)/main or \(remote)/master): "
          + "checking without the diff size; 'git remote set-head \(remote) --auto' sets it")
    }
    let top = bodyFile == nil ? nil : try repository.topLevel()
    // A push to the default branch itself opens no PR.
    for update in lintable where update.remoteBranch != defaultName {
      let branch = update.remoteBranch ?? update.remoteRef
      let message = try repository.message(of: update.localSHA)
      var source = "\(branch)@\(update.localSHA.prefix(7))"
      var body = message.body
      if let bodyFile, let top {
        body = try BodyReader.read(path: URL(fileURLWithPath: bodyFile, relativeTo: top).path)
        source += " (\(bodyFile))"
      }
      var input = LintInput(
        source: source, body: body, title: message.subject,
        pullRequest: PullRequestInfo(
          baseBranch: defaultName, defaultBranch: defaultName, platform: remoteURL.flatMap(Platform.guess)))
      if let defaultRef {
        if let base = try repository.mergeBase(defaultRef, update.localSHA) {
          input.fillDiff(try repository.changedFiles(base: base, head: update.localSHA))
        } else {
          notes.append(
            "\(branch) shares no history with \(remote)/\(defaultName ?? ""): checking without the diff size")
        }
      }
      inputs.append(input)
    }
  }
}
