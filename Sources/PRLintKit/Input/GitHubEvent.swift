import Foundation

/// Reads the PR out of a GitHub webhook payload: what Actions writes to `$GITHUB_EVENT_PATH` for
/// `pull_request` and `pull_request_target` workflows. Probot-style captures that wrap the payload
/// (`{"name": …, "payload": {…}}`) are unwrapped, and a GitLab merge-request hook is read too.
public enum GitHubEvent {
  /// Reads the payload at `path`. `eventName` (Actions' `GITHUB_EVENT_NAME`) names the event in
  /// the error when the payload holds no pull request.
  public static func read(path: String, eventName: String? = nil) throws(InputError) -> LintInput {
    let data = try BodyReader.readData(path: path, expected: "a GitHub or GitLab event payload (JSON)")
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
      return try GitLabWebhook.input(JSONFields(payload, path: "", source: source))
    }
    let root = JSONFields(payload, path: "", source: source)
    guard let pullRequest = try root.object("pull_request") else {
      let event = name.map { "a \($0) event" } ?? "an event without a pull_request"
      throw InputError(
        source: source,
        "is \(event): expected a pull_request or pull_request_target event (run prlint on: pull_request)")
    }
    let repository = try root.object("repository")
    return try input(pullRequest, repository: repository)
  }

  private static func input(_ pullRequest: JSONFields, repository: JSONFields?) throws(InputError) -> LintInput {
    let number = try pullRequest.count("number")
    let user = try pullRequest.object("user")
    let base = try pullRequest.object("base")
    var labels: [String] = []
    for label in try pullRequest.objects("labels") ?? [] {
      if let name = try label.string("name") { labels.append(name) }
    }
    var author: PullRequestInfo.Author? = nil
    if let user, let login = try user.string("login") {
      author = .init(login: login, isBot: try user.string("type") == "Bot")
    }
    var defaultBranch = try repository?.string("default_branch")
    if defaultBranch == nil { defaultBranch = try base?.object("repo")?.string("default_branch") }
    let info = PullRequestInfo(
      number: number,
      url: try pullRequest.string("html_url"),
      labels: labels,
      author: author,
      isDraft: try pullRequest.bool("draft") ?? false,
      baseBranch: try base?.string("ref"),
      defaultBranch: defaultBranch,
      platform: .github)
    return LintInput(
      source: number.map { "PR #\($0)" } ?? "pull request",
      body: try pullRequest.string("body") ?? "",  // JSON null: the author left it empty
      title: try pullRequest.string("title"),
      changedLines: try pullRequest.sum("additions", "deletions"),
      changedFiles: try pullRequest.count("changed_files"),
      pullRequest: info)
  }
}
