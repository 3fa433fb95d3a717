import PRLintKit

/// Where the PR comes from when it is not a list of body files: a GitHub event payload, GitLab's
/// merge-request variables, or `--body-file`.
enum PullRequestSource {
  /// The PR, or nil when the bodies are to be read from FILE arguments or standard input; with it,
  /// the base commit GitLab names for the diff. With no FILE, a CI's own PR wins over standard input:
  /// CI runners do not pipe a body in.
  static func read(files: [String], githubEvent: String?, bodyFile: String?, environment: [String: String])
    throws -> (LintInput, diffBase: String?)?
  {
    guard files.isEmpty else { return nil }
    var input: LintInput
    var diffBase: String? = nil
    if let path = githubEvent {
      input = try GitHubEvent.read(path: path)
    } else if environment["GITHUB_ACTIONS"] == "true", let path = environment["GITHUB_EVENT_PATH"], !path.isEmpty {
      input = try GitHubEvent.read(path: path, eventName: environment["GITHUB_EVENT_NAME"])
    } else if GitLabMergeRequest.isPipeline(environment) {
      (input, diffBase) = GitLabMergeRequest.input(from: environment)
    } else if let bodyFile {
      input = LintInput(source: bodyFile, sourceIsFile: true, body: try BodyReader.read(path: bodyFile))
      input.pullRequest.platform = Platform.detect(environment: environment)
      return (input, nil)
    } else {
      return nil
    }
    if let bodyFile {
      // The full text beside the CI's copy (GitLab truncates it): lint the file, keep the rest.
      input.body = try BodyReader.read(path: bodyFile)
      input.source = bodyFile
      input.sourceIsFile = true
      input.pullRequest.bodyTruncated = false
    }
    return (input, diffBase)
  }
}
