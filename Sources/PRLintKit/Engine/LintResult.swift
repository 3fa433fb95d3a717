/// Everything prlint found out about one pull request.
public struct LintResult: Sendable {
  public var source: String
  /// Whether `source` is a file's path (see `LintInput.sourceIsFile`).
  public var sourceIsFile = false
  public var title: String?
  public var sections: [SectionReport]
  /// Closing references and mentions in body order, each issue once per kind.
  public var references: [IssueReference]
  public var diagnostics: [Diagnostic]
  /// What is known about the PR besides its body, for reporters that name it.
  public var pullRequest: PullRequestInfo = PullRequestInfo()
  /// Changed lines and files when known, and the size class they make.
  public var size = PullRequestSize()
  /// Set when a policy (bot author, ignore label, draft) skipped the PR: why, in a few words.
  /// A skipped PR has no diagnostics and passes.
  public var skipReason: String?
  /// The body as positions count it (`MarkdownDocument.text`: BOM removed, line endings LF), for
  /// formats that describe a line (SARIF's UTF-16 columns and line hashes); empty for a skipped PR.
  public var body = ""
  /// The names of the overrides that applied to this PR, in the order applied (see `Configuration.Override`).
  public var overrides: [String] = []
  /// The PR template whose sections the body was checked against (`sections: template`), as found in the
  /// repository; nil when the configuration's sections applied.
  public var template: String?
  /// Closing keywords the forge will not act on, in body order (`IssueReferences.nearMisses`), for
  /// `prlint fix`, which rewrites those it can.
  public var nearMisses: [NearMiss] = []
  /// Whose closing grammar the references were read by, and for GitLab its instance.
  public var platform: Platform = .github
  public var gitLabInstance: GitLabInstance = .gitLabCom

  public var skipped: Bool { skipReason != nil }

  public var errorCount: Int { count(.error) }
  public var warningCount: Int { count(.warning) }
  public var suppressedCount: Int { diagnostics.count(where: \.suppressed) }
  /// No unsuppressed error.
  public var passed: Bool { errorCount == 0 }

  private func count(_ severity: Severity) -> Int {
    diagnostics.count(where: { !$0.suppressed && $0.severity == severity })
  }
}
