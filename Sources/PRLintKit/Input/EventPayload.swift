import Foundation

/// Reads the PR out of a webhook payload: a GitHub `pull_request` or `pull_request_target` event (what
/// Actions writes to `$GITHUB_EVENT_PATH`), a Probot-style capture that wraps one
/// (`{"name": …, "payload": {…}}`), or a GitLab merge-request hook.
public enum EventPayload {
  static let expected = "a pull_request event payload"

  /// Reads the payload at `path`. `eventName` (Actions' `GITHUB_EVENT_NAME`) names the event in
  /// the error when the payload holds no pull request.
  public static func read(path: String, eventName: String? = nil) throws(InputError) -> LintInput {
    let data = try BodyReader.readData(
      path: path, expected: "a GitHub or GitLab event payload (JSON)", limit: BodyReader.maximumJSONBytes)
    return try parse(data, source: path, eventName: eventName)
  }

  /// Reads a payload already in memory; `source` names it in errors.
  public static func parse(_ data: Data, source: String, eventName: String? = nil) throws(InputError) -> LintInput {
    let decoder = JSONDecoder()
    decoder.userInfo[eventNameKey] = eventName
    return try JSONDocument.decode(Payload.self, from: data, source: source, expected: expected, decoder: decoder)
      .input
  }

  private static let eventNameKey = CodingUserInfoKey(rawValue: "prlint.eventName")!

  private struct Payload: Decodable {
    var input: LintInput

    init(from decoder: any Decoder) throws {
      var payload = try JSONFields(root: decoder)
      var name = decoder.userInfo[EventPayload.eventNameKey] as? String
      // The job's event decides, not what the file holds: a push job is never a PR's check, whatever
      // its payload carries. The pull_request_review events carry the PR as pull_request does.
      if let name, !name.hasPrefix("pull_request") {
        throw JSONDocument.failure(
          "is a \(name) event: expected a pull_request or pull_request_target event (run prlint on: pull_request)")
      }
      if !payload.contains("pull_request"), let wrapped = try? payload.object("payload") {
        name = name ?? (try? payload.string("name")) ?? (try? payload.string("event"))
        payload = wrapped
      }
      if let kind = try? payload.string("object_kind") {
        guard kind == "merge_request" else {
          throw JSONDocument.failure(
            "is a GitLab \(kind) hook: expected a merge_request hook or a GitHub pull_request event")
        }
        let request = try PullRequestJSON.gitLabHook(payload)
        input = request.lintInput(source: request.info.number.map { "MR !\($0)" } ?? "merge request")
        return
      }
      guard let pullRequest = try payload.object("pull_request") else {
        // A pull_request event always carries the object: without it, say so rather than call it one.
        let event =
          name.map { $0.hasPrefix("pull_request") ? "a \($0) event without its pull_request object" : "a \($0) event" }
          ?? "an event without a pull_request"
        throw JSONDocument.failure(
          "is \(event): expected a pull_request or pull_request_target event (run prlint on: pull_request)")
      }
      var request = try PullRequestJSON.gitHubREST(pullRequest)
      // The event names the repository, whose default branch is the one that closes issues.
      if let defaultBranch = try payload.object("repository")?.string("default_branch") {
        request.info.defaultBranch = defaultBranch
      }
      input = request.lintInput(source: request.info.number.map { "PR #\($0)" } ?? "pull request")
    }
  }
}
