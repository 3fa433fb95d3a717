import PRLintKit

/// Target `config`: arbitrary YAML through the configuration parser and loader. A configuration that
/// loads then drives everything it configures: a lint of a small PR, every output format, the PR
/// template generator. One that does not must still describe its error.
enum ConfigHarness {
  static let body = """
    ## What
    Adds a cache (fixes #12). See `Sources/Cache.swift`.

    ## Why
    <!-- why -->
    Lookups were slow.

    - [ ] I have added tests
    """

  /// The repository's PR template, which `sections: template` reads and overrides' sections merge into.
  static let template = """
    ## What
    <!-- What changes? -->

    ### How was this tested?

    **Root cause:**
    <!-- Optional: for a bug fix -->
    """

  static func run(_ bytes: [UInt8]) {
    let configuration: Configuration
    let linter: Linter
    do {
      configuration = try ConfigurationLoader.configuration(
        text: String(decoding: bytes, as: UTF8.self), file: "fuzz.yml")
      linter = try Linter(
        configuration: configuration, environment: RuleEnvironment(pullRequestTemplates: [("t.md", template)]))
    } catch {
      _ = error.description
      return
    }
    let input = LintInput(
      source: "fuzz.md", sourceIsFile: true, body: body, title: "feat: add a cache", changedLines: 1200,
      changedFiles: 2,
      files: [
        ChangedFile(path: "Sources/Cache.swift", additions: 1000, deletions: 100),
        ChangedFile(path: "docs/shot.png", additions: nil, deletions: nil),
      ],
      // Labels, author, title type, files and base branch that overrides' conditions can name.
      pullRequest: PullRequestInfo(
        labels: ["skip-prlint-not", "bug"], author: .init(login: "octocat"), isDraft: true, baseBranch: "main"))
    ReportChecks.run([linter.lint(input)], options: ReportOptions(rules: linter.activeRules))
    _ = TemplateGenerator.generate(for: configuration)
  }
}
