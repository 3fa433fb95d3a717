import Foundation

extension PullRequestInputs {
  /// What each pushed branch's PR would be: the tip commit's subject as title, its body (or the
  /// configured `hook.body-file`, relative to the repository's top level) as description, and the diff
  /// from the merge base with the remote's default branch. A push to the default branch opens no PR.
  public init(push: PushRequest, bodyFile: String?, repository: GitRepository) throws {
    let lintable = push.updates.filter(\.isLintable)
    guard !lintable.isEmpty else { return }
    let base = try PushDefaultBranch(of: push, repository: repository)
    if let note = base.note { warnings.append(note) }
    let top = bodyFile == nil ? nil : try repository.topLevel()
    for update in lintable where update.remoteBranch != base.name {
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
          baseBranch: base.name, defaultBranch: base.name, platform: push.remoteURL.flatMap(Platform.guess),
          gitLabInstance: push.remoteURL.flatMap { GitLabInstance(remoteURL: $0) }))
      if let revision = base.revision {
        if let mergeBase = try repository.mergeBase(revision, update.localSHA) {
          input.fillDiff(try repository.changedFiles(base: mergeBase, head: update.localSHA))
        } else {
          warnings.append(
            "\(branch) shares no history with \(push.remote)/\(base.name ?? ""): checking without the diff size")
        }
      }
      inputs.append(input)
    }
  }
}
