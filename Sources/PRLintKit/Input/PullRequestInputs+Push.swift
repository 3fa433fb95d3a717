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

  /// The push this hook run is for, or nil when `PRLINT_SKIP=1` skips it. Under pre-commit, the
  /// `PRE_COMMIT_*` variables describe the push; otherwise git writes one line per ref on standard input.
  public static func read(
    remote: String?, url: String?, environment: [String: String], standardInputIsTerminal: Bool,
    repository: GitRepository
  ) throws -> PushRequest? {
    if environment["PRLINT_SKIP"] == "1" { return nil }  // also under pre-commit, which runs no script of ours
    if let update = try PreCommitPush.update(from: environment, repository: repository) {
      return PushRequest(
        updates: update.isDeletion ? [] : [update], remote: environment["PRE_COMMIT_REMOTE_NAME"] ?? remote ?? "origin",
        remoteURL: environment["PRE_COMMIT_REMOTE_URL"] ?? url)
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
}

extension PullRequestInputs {
  /// What each pushed branch's PR would be: the tip commit's subject as title, its body (or the
  /// configured `hook.body-file`, relative to the repository's top level) as description, and the diff
  /// from the merge base with the remote's default branch. A push to the default branch opens no PR.
  public init(push: PushRequest, bodyFile: String?, repository: GitRepository) throws {
    let lintable = push.updates.filter(\.isLintable)
    guard !lintable.isEmpty else { return }
    let remote = push.remote
    let defaultRef = try repository.defaultBranch(ofRemote: remote)
    let defaultName = defaultRef.map { String($0.dropFirst("refs/remotes/\(remote)/".count)) }
    if defaultRef == nil {
      warnings.append(
        "no default branch known for remote \"\(remote)\" (no \(remote)/HEAD, \(remote)/main or \(remote)/master): "
          + "checking without the diff size; 'git remote set-head \(remote) --auto' sets it")
    }
    let top = bodyFile == nil ? nil : try repository.topLevel()
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
          baseBranch: defaultName, defaultBranch: defaultName, platform: push.remoteURL.flatMap(Platform.guess),
          gitLabInstance: push.remoteURL.flatMap { GitLabInstance(remoteURL: $0) }))
      if let defaultRef {
        if let base = try repository.mergeBase(defaultRef, update.localSHA) {
          input.fillDiff(try repository.changedFiles(base: base, head: update.localSHA))
        } else {
          warnings.append(
            "\(branch) shares no history with \(remote)/\(defaultName ?? ""): checking without the diff size")
        }
      }
      inputs.append(input)
    }
  }
}
