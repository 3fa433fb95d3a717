import Foundation

/// Reads the PR out of a GitHub webhook payload: what Actions writes to `$GITHUB_EVENT_PATH` for
/// `pull_request` and `pull_request_target` workflows. Probot-style captures that wrap the payload
/// (`{"name": …, "payload": {…}}`) are unwrapped, and a GitLab merge-request hook is read too.
public enum GitHubEvent {
  /// Reads the payload at `path`. `eventName` (Actions' `GITHUB_EVENT_NAME`) names the event in
  /// the error when the payload holds no pull request.
  public static func read(path: String, eventName: String? = nil) throws(InputError) -> LintInput {
    let data = try BodyReader.readData(path: path, expected: "a GitHub event payload (JSON)")
    return try parse(data, source: path, eventName: eventName)
  }

  /// Reads a payload already in memory; `source` names it in errors.
  public static func parse(_ data: Data, source: String, eventName: String? = nil) throws(InputError) -> LintInput {
    let expected = "a pull_request event payload"
    guard var payload = try JSONDocument.parse(data, source: source, expected: expected) as? [String: Any] else {
      throw InputError(source: source, "is not a JSON object: expected \(expected)")
    }
    var name = eventName
    if payload["pull_request"] == nil, let wrapped = payload["payload"] as? [String: Any] {
      name = name ?? (payload["name"] as? String) ?? (payload["event"] as? String)
      payload = wrapped
    }
    if let kind = payload["object_kind"] as? String {
      guard kind == "merge_request" else {
        throw InputError(
          source: source, "is a GitLab \(kind) hook: expected a merge_request hook or a GitHub pull_request event")
      }
      return GitLabWebhook.input(payload)
    }
    guard let pullRequest = payload["pull_request"] as? [String: Any] else {
      let event = name.map { "a \($0) event" } ?? "an event without a pull_request"
      throw InputError(
        source: source,
        "is \(event): expected a pull_request or pull_request_target event (run prlint on: pull_request)")
    }
    let repository = payload["repository"] as? [String: Any]
    return input(pullRequest, repository: repository)
  }

  private static func input(_ pullRequest: [String: Any], repository: [String: Any]?) -> LintInput {
    let number = pullRequest["number"] as? Int
    let additions = pullRequest["additions"] as? Int
    let deletions = pullRequest["deletions"] as? Int
    let user = pullRequest["user"] as? [String: Any]
    let base = pullRequest["base"] as? [String: Any]
    let info = PullRequestInfo(
      number: number,
      url: pullRequest["html_url"] as? String,
      labels: (pullRequest["labels"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String },
      author: (user?["login"] as? String).map { .init(login: $0, isBot: user?["type"] as? String == "Bot") },
      isDraft: pullRequest["draft"] as? Bool ?? false,
      baseBranch: base?["ref"] as? String,
      defaultBranch: repository?["default_branch"] as? String
        ?? (base?["repo"] as? [String: Any])?["default_branch"] as? String,
      platform: .github)
    return LintInput(
      source: number.map { "PR #\($0)" } ?? "pull request",
      body: pullRequest["body"] as? String ?? "",  // JSON null: the author left it empty
      title: pullRequest["title"] as? String,
      changedLines: additions.flatMap { added in deletions.map { added + $0 } },
      changedFiles: pullRequest["changed_files"] as? Int,
      pullRequest: info)
  }
}
