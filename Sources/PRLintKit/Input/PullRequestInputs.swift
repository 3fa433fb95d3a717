import Foundation

/// The pull requests a run lints, assembled from whatever it was given: body files or standard input, an
/// event payload, a CI's variables, flags and git. `prlint check` and the pre-push hook build one; audit
/// records share its mapping of a PR's JSON (`PullRequestJSON`). The executable only parses arguments
/// and reports.
public struct PullRequestInputs: Sendable {
  public var inputs: [LintInput] = []
  /// With `CheckRequest.keepsBodyBytes`, each input's body as read, byte for byte (`prlint fix` writes
  /// back what the author wrote); nil for a body a CI gave, which has no file. Empty otherwise.
  public var bodyBytes: [Data?] = []
  /// One-line remarks for stderr: what could not be found out, and why.
  public var warnings: [String] = []

  /// What `prlint check` was given.
  public struct CheckRequest: Sendable {
    /// Body files; `-` is standard input. With none, the PR comes from the CI when there is one.
    public var files: [String] = []
    /// `--event`: a GitHub or GitLab webhook payload.
    public var eventPath: String?
    /// `--body-file`: lint this file's text as the body, keeping what the CI says of the PR.
    public var bodyFile: String?
    /// `--diff-base`: compute the diff with git, `REF...HEAD`.
    public var diffBase: String?
    public var overrides = PullRequestOverrides()
    /// The CI's variables (`CIEnvironment.current()`).
    public var environment: [String: String] = [:]
    /// Whether standard input is a terminal, which nobody pipes a body from: then prlint never waits on it.
    public var standardInputIsTerminal = false
    /// Keep each body's bytes as read, in `bodyBytes`.
    public var keepsBodyBytes = false

    public init() {}
  }

  /// Nothing to lint: no FILE, no CI's PR, and standard input is a terminal.
  public struct NoInput: Error, Sendable {}

  /// The PRs of a `check` run, each with the overrides written over it and its diff when git can tell.
  /// Throws `InputError`, `GitError` or `NoInput`; reads nothing more once one input fails.
  public init(check request: CheckRequest, repository: GitRepository = GitRepository()) throws {
    var gitLabDiffBase: String? = nil
    let read: [(input: LintInput, bytes: Data?)]
    if request.files.isEmpty, let (found, bytes, diffBase) = try Self.fromCI(request) {
      var input = found
      request.overrides.apply(to: &input)
      read = [(input, bytes)]
      gitLabDiffBase = diffBase
    } else {
      read = try Self.fromFiles(request)
    }
    inputs = read.map(\.input)
    if request.keepsBodyBytes { bodyBytes = read.map(\.bytes) }
    if let diffBase = request.diffBase {
      let files = try GitDiffBase.files(base: diffBase, repository: repository)
      for index in inputs.indices { inputs[index].fillDiff(files) }
    } else if let gitLabDiffBase, !inputs.isEmpty {
      // GitLab names the MR's base commit; a shallow clone may lack it, and then the size from the
      // variables is all there is: say so, and lint on.
      do {
        inputs[0].fillDiff(try GitDiffBase.files(base: gitLabDiffBase, repository: repository))
      } catch {
        warnings.append("no diff from CI_MERGE_REQUEST_DIFF_BASE_SHA (\(error)); set GIT_DEPTH: 0")
      }
    }
  }

  /// The PR a CI (or `--event`, or `--body-file`) describes, with the base commit GitLab names for the
  /// diff; nil when the bodies come from standard input. A CI's own PR wins over standard input: CI
  /// runners do not pipe a body in.
  private static func fromCI(_ request: CheckRequest) throws -> (LintInput, bytes: Data?, diffBase: String?)? {
    let environment = request.environment
    var input: LintInput
    var diffBase: String? = nil
    if let path = request.eventPath {
      input = try EventPayload.read(path: path)
    } else if environment["GITHUB_ACTIONS"] == "true", let path = environment["GITHUB_EVENT_PATH"], !path.isEmpty {
      input = try EventPayload.read(path: path, eventName: environment["GITHUB_EVENT_NAME"])
    } else if GitLabPipeline.isPipeline(environment) {
      (input, diffBase) = GitLabPipeline.input(from: environment)
    } else if let bodyFile = request.bodyFile {
      let bytes = try BodyReader.readData(path: bodyFile, expected: BodyReader.expectedMarkdown)
      input = LintInput(source: bodyFile, sourceIsFile: true, body: try BodyReader.decode(bytes, source: bodyFile))
      input.pullRequest.platform = Platform.detect(environment: environment)
      input.pullRequest.gitLabInstance = GitLabInstance.detect(environment: environment)
      return (input, bytes, nil)
    } else {
      return nil
    }
    guard let bodyFile = request.bodyFile else { return (input, nil, diffBase) }
    // The full text beside the CI's copy (GitLab truncates it): lint the file, keep the rest.
    let bytes = try BodyReader.readData(path: bodyFile, expected: BodyReader.expectedMarkdown)
    input.body = try BodyReader.decode(bytes, source: bodyFile)
    input.source = bodyFile
    input.sourceIsFile = true
    input.pullRequest.bodyTruncated = false
    return (input, bytes, diffBase)
  }

  /// Each FILE (or standard input, for `-` or no FILE), all read before any is linted.
  private static func fromFiles(_ request: CheckRequest) throws -> [(input: LintInput, bytes: Data?)] {
    let sources = request.files.isEmpty ? ["-"] : try FileArguments.expand(request.files)
    if sources.contains("-"), request.standardInputIsTerminal { throw NoInput() }
    return try sources.map { source in
      let isStandardInput = source == "-"
      let bytes =
        try isStandardInput
        ? BodyReader.readStandardInputBody() : BodyReader.readData(path: source, expected: BodyReader.expectedMarkdown)
      let body = try BodyReader.decode(bytes, source: isStandardInput ? BodyReader.standardInputName : source)
      var input = LintInput(
        source: isStandardInput ? BodyReader.standardInputName : source, sourceIsFile: !isStandardInput, body: body)
      input.pullRequest.platform = Platform.detect(environment: request.environment)
      input.pullRequest.gitLabInstance = GitLabInstance.detect(environment: request.environment)
      request.overrides.apply(to: &input)
      return (input, bytes)
    }
  }
}

/// `prlint check --diff-base REF`: the files HEAD changes since it forked from REF.
enum GitDiffBase {
  static func files(base: String, repository: GitRepository) throws(GitError) -> [ChangedFile] {
    _ = try repository.git.run(["rev-parse", "--git-dir"])  // outside a repository, git says so
    guard try repository.commit(base) != nil else {
      throw GitError(command: "--diff-base \(base)", "no such commit, branch or tag in this repository")
    }
    return try repository.changedFiles(base: base)
  }
}
