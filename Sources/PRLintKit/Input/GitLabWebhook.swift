/// Reads a GitLab "Merge Request Hook" payload (`object_kind: merge_request`), for bots and CI
/// that receive GitLab's webhooks rather than running in its pipelines.
enum GitLabWebhook {
  static func input(_ payload: JSONFields) throws(InputError) -> LintInput {
    let attributes =
      try payload.object("object_attributes") ?? JSONFields([:], path: "object_attributes", source: payload.source)
    let number = try attributes.count("iid")
    var labels: [String] = []
    var labelObjects = try payload.objects("labels")
    if labelObjects == nil { labelObjects = try attributes.objects("labels") }
    for label in labelObjects ?? [] {
      if let title = try label.string("title") { labels.append(title) }
    }
    var isDraft = try attributes.bool("draft")
    if isDraft == nil { isDraft = try attributes.bool("work_in_progress") }
    let info = PullRequestInfo(
      number: number,
      url: try attributes.string("url"),
      labels: labels,
      author: try payload.object("user")?.string("username").map { .init(login: $0) },
      isDraft: isDraft ?? false,
      baseBranch: try attributes.string("target_branch"),
      defaultBranch: try payload.object("project")?.string("default_branch"),
      platform: .gitlab)
    return LintInput(
      source: number.map { "MR !\($0)" } ?? "merge request",
      body: try attributes.string("description") ?? "",
      title: try attributes.string("title"), pullRequest: info)
  }
}
