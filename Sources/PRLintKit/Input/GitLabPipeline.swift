import PRLintMarkdown

/// Reads the merge request out of the predefined variables of a GitLab merge-request pipeline.
public enum GitLabPipeline {
  /// Whether `environment` is a GitLab merge-request pipeline.
  public static func isPipeline(_ environment: [String: String]) -> Bool {
    environment["GITLAB_CI"] == "true" && !(environment["CI_MERGE_REQUEST_IID"] ?? "").isEmpty
  }

  /// The MR as far as the variables tell. The diff is not among them: the caller computes it from
  /// `diffBase` with git.
  public static func input(from environment: [String: String]) -> (input: LintInput, diffBase: String?) {
    let number = environment["CI_MERGE_REQUEST_IID"].flatMap { Int($0) }
    let labels = (environment["CI_MERGE_REQUEST_LABELS"] ?? "").split(separator: ",")
      .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    let info = PullRequestInfo(
      number: number,
      url: environment["CI_MERGE_REQUEST_PROJECT_URL"].flatMap { url in number.map { "\(url)/-/merge_requests/\($0)" }
      },
      labels: labels,
      isDraft: environment["CI_MERGE_REQUEST_DRAFT"] == "true",
      baseBranch: nonEmpty(environment["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"]),
      defaultBranch: nonEmpty(environment["CI_DEFAULT_BRANCH"]), platform: .gitlab,
      gitLabInstance: environment["CI_SERVER_URL"].flatMap { GitLabInstance($0) },
      bodyTruncated: environment["CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED"] == "true",
      headBranch: nonEmpty(environment["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"]))
    let input = LintInput(
      source: number.map { "MR !\($0)" } ?? "merge request",
      body: environment["CI_MERGE_REQUEST_DESCRIPTION"] ?? "",
      title: environment["CI_MERGE_REQUEST_TITLE"], pullRequest: info)
    return (input, nonEmpty(environment["CI_MERGE_REQUEST_DIFF_BASE_SHA"]))
  }

  private static func nonEmpty(_ value: String?) -> String? {
    value.flatMap { $0.isEmpty ? nil : $0 }
  }
}
