/// The change is small enough to review well.
public struct DiffSizeRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "diff-size",
    summary: "the diff stays under warn-lines / max-lines changed lines and warn-files / max-files files",
    rationale: """
      Review quality drops sharply past a few hundred changed lines; around 200 is the size reviewers ask \
      for, and a 2,000-line PR is the classic way to get a rubber stamp. Above the warning thresholds this \
      is a warning; above the maximums, an error (`severity: warning` keeps both at warning). Checked only \
      when the size is known (`--changed-lines`, `--changed-files`).
      """,
    defaultSeverity: .error,
    options: [
      OptionSpec("warn-lines", .int, default: .int(200), "changed lines (added + deleted) above which to warn"),
      OptionSpec("max-lines", .int, default: .int(1000), "changed lines above which to report an error"),
      OptionSpec("warn-files", .int, default: .int(20), "changed files above which to warn"),
      OptionSpec("max-files", .int, default: .int(50), "changed files above which to report an error"),
    ],
    passing: [
      Example("A focused change.", changedLines: 120, changedFiles: 3),
      Example("Size unknown: nothing to check."),
    ],
    failing: [
      Example("A big change.", changedLines: 450),
      Example("The classic pitfall.", changedLines: 2000),
      Example("Touches everything.", changedFiles: 80),
    ])

  private let warnLines: Int
  private let maxLines: Int
  private let warnFiles: Int
  private let maxFiles: Int

  public init(options: RuleOptions) {
    warnLines = options.int("warn-lines")
    maxLines = options.int("max-lines")
    warnFiles = options.int("warn-files")
    maxFiles = options.int("max-files")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    if let lines = context.input.changedLines {
      findings += finding(lines, "lines", warn: warnLines, max: maxLines)
    }
    if let files = context.input.changedFiles {
      findings += finding(files, "files", warn: warnFiles, max: maxFiles)
    }
    return findings
  }

  private func finding(_ count: Int, _ unit: String, warn: Int, max: Int) -> [Finding] {
    if count > max {
      return [Finding("the diff changes \(count) \(unit), over the limit of \(max): split it into smaller PRs")]
    }
    if count > warn {
      return [
        Finding(
          "the diff changes \(count) \(unit); PRs under \(warn) are reviewed faster and better: consider splitting it",
          severityCap: .warning)
      ]
    }
    return []
  }
}
