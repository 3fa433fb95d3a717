/// Reads a GitLab "Merge Request Hook" payload (`object_kind: merge_request`), for bots and CI
/// that receive GitLab's webhooks rather than running in its pipelines.
enum GitLabWebhook {
  static func input(_ payload: [String: Any]) -> LintInput {
    let attributes = payload["object_attributes"] as? [String: Any] ?? [:]
    let number = attributes["iid"] as? Int
    let labels = payload["labels"] as? [[String: Any]] ?? attributes["labels"] as? [[String: Any]] ?? []
    let info = PullRequestInfo(
      number: number,
      url: attributes["url"] as? String,
      labels: labels.compactMap { $0["title"] as? String },
      author: ((payload["user"] as? [String: Any])?["username"] as? String).map { .init(login: $0) },
      isDraft: attributes["draft"] as? Bool ?? attributes["work_in_progress"] as? Bool ?? false,
      baseBranch: attributes["target_branch"] as? String,
      defaultBranch: (payload["project"] as? [String: Any])?["default_branch"] as? String,
      platform: .gitlab)
    return LintInput(
      source: number.map { "MR !\($0)" } ?? "merge request",
      body: attributes["description"] as? String ?? "",
      title: attributes["title"] as? String, pullRequest: info)
  }
}
