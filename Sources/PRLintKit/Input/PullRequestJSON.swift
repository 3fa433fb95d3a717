/// A pull (or merge) request as the forges write it in JSON, mapped to prlint's facts in one place:
/// GitHub's REST object (what an event carries under `pull_request`, what the pulls API lists; prlint's
/// own minimal audit record is a part of it), `gh pr list --json`, and GitLab's merge-request hook.
/// Event payloads and audit records both read through here, so they agree on fields and on errors.
struct PullRequestJSON: Sendable {
  var title: String?
  /// Nil for JSON null or an absent body: the author left it empty.
  var body: String?
  var changedLines: Int?
  var changedFiles: Int?
  var info: PullRequestInfo

  /// GitHub's REST pull request object (also the minimal shape, which has no other fields).
  static func gitHubREST(_ object: some JSONObjectReader) throws(InputError) -> PullRequestJSON {
    let user = try object.object("user")
    let base = try object.object("base")
    let login = try user?.string("login")
    let isBot = try user?.string("type") == "Bot"
    var url = try object.string("html_url")
    if url == nil { url = try object.string("url") }
    return try PullRequestJSON(
      object, changedFilesKey: "changed_files",
      info: PullRequestInfo(
        number: try object.count("number"),
        url: url,
        labels: try object.names("labels", field: "name") ?? [],
        author: login.map { PullRequestInfo.Author(login: $0, isBot: isBot) },
        isDraft: try object.bool("draft") ?? false,
        baseBranch: try base?.string("ref"),
        defaultBranch: try base?.object("repo")?.string("default_branch"),
        platform: .github, headBranch: try object.object("head")?.string("ref")))
  }

  /// `gh pr list --json …`: camelCase, and `author.is_bot` instead of a user type.
  static func gitHubCLI(_ object: some JSONObjectReader) throws(InputError) -> PullRequestJSON {
    let author = try object.object("author")
    let login = try author?.string("login")
    let isBot = try author?.bool("is_bot") ?? false
    return try PullRequestJSON(
      object, changedFilesKey: "changedFiles",
      info: PullRequestInfo(
        number: try object.count("number"),
        url: try object.string("url"),
        labels: try object.names("labels", field: "name") ?? [],
        author: login.map { PullRequestInfo.Author(login: $0, isBot: isBot) },
        isDraft: try object.bool("isDraft") ?? false, baseBranch: try object.string("baseRefName"),
        platform: .github, headBranch: try object.string("headRefName"),
        linkedIssues: try object.issueNumbers("closingIssuesReferences")))
  }

  /// GitLab's "Merge Request Hook" payload (`object_kind: merge_request`): the MR is `object_attributes`.
  static func gitLabHook(_ payload: some JSONObjectReader) throws(InputError) -> PullRequestJSON {
    let attributes = try payload.object("object_attributes")
    var labels = try payload.names("labels", field: "title")
    if labels == nil { labels = try attributes?.names("labels", field: "title") }
    var isDraft = try attributes?.bool("draft")
    if isDraft == nil { isDraft = try attributes?.bool("work_in_progress") }
    let project = try payload.object("project")
    let projectURL = try project?.string("web_url")
    let projectPath = try project?.string("path_with_namespace")
    return PullRequestJSON(
      title: try attributes?.string("title"),
      body: try attributes?.description("description"),
      info: PullRequestInfo(
        number: try attributes?.count("iid"),
        url: try attributes?.string("url"),
        labels: labels ?? [],
        author: try payload.object("user")?.string("username").map { .init(login: $0) },
        isDraft: isDraft ?? false,
        baseBranch: try attributes?.string("target_branch"),
        defaultBranch: try project?.string("default_branch"),
        platform: .gitlab,
        gitLabInstance: projectURL.flatMap { GitLabInstance(projectURL: $0, projectPath: projectPath) },
        headBranch: try attributes?.string("source_branch")))
  }

  private init(
    title: String?, body: String?, changedLines: Int? = nil, changedFiles: Int? = nil, info: PullRequestInfo
  ) {
    self.title = title
    self.body = body
    self.changedLines = changedLines
    self.changedFiles = changedFiles
    self.info = info
  }

  /// The fields GitHub's shapes share: title, body and the diff's size.
  private init(_ object: some JSONObjectReader, changedFilesKey: String, info: PullRequestInfo) throws(InputError) {
    title = try object.string("title")
    body = try object.description("body")
    changedFiles = try object.count(changedFilesKey)
    // Lines added plus deleted; either alone when the other is missing.
    let additions = try object.count("additions")
    let deletions = try object.count("deletions")
    changedLines =
      additions == nil || deletions == nil ? additions ?? deletions : try object.sum("additions", "deletions")
    self.info = info
  }

  /// The lint input, named `source` in messages.
  func lintInput(source: String) -> LintInput {
    LintInput(
      source: source, body: body ?? "", title: title, changedLines: changedLines, changedFiles: changedFiles,
      pullRequest: info)
  }
}
