/// The change is small enough to review well.
public struct DiffSizeRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "diff-size",
    summary: "the diff stays under warn-lines / max-lines changed lines and warn-files / max-files files",
    rationale: """
      Review quality drops sharply past a few hundred changed lines; around 200 is the size reviewers ask \
      for, and a 2,000-line PR is the classic way to get a rubber stamp. Above the warning thresholds this \
      is a warning; above the maximums, an error (`severity: warning` keeps both at warning). Checked only \
      when the size is known: from `--changed-lines` / `--changed-files`, the GitHub event, or the file \
      list of `--diff-base` and the pre-push hook. With a file list, files matching `exclude` (lockfiles, \
      minified and generated code, snapshots, vendored code) are not counted, and the message says how \
      many lines were left out; binary files count as files, not lines.
      """,
    defaultSeverity: .error,
    options: [
      OptionSpec("warn-lines", .int, default: .int(200), "changed lines (added + deleted) above which to warn"),
      OptionSpec("max-lines", .int, default: .int(1000), "changed lines above which to report an error"),
      OptionSpec("warn-files", .int, default: .int(20), "changed files above which to warn"),
      OptionSpec("max-files", .int, default: .int(50), "changed files above which to report an error"),
      OptionSpec(
        "exclude", .strings,
        default: .strings([
          "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "Package.resolved",
          "Cargo.lock", "poetry.lock", "Pipfile.lock", "uv.lock", "go.sum", "Gemfile.lock", "composer.lock",
          "*.min.js", "*.min.css", "*.snap", "vendor/**", "**/generated/**",
        ]),
        "path globs of files not counted (when the file list is known)"),
    ],
    passing: [
      Example("A focused change.", changedLines: 120, changedFiles: 3),
      Example("Size unknown: nothing to check."),
      Example(
        "Bumps dependencies.",
        files: [
          ChangedFile(path: "package-lock.json", additions: 2400, deletions: 1800),
          ChangedFile(path: "package.json", additions: 2, deletions: 2),
        ]),
    ],
    failing: [
      Example("A big change.", changedLines: 450),
      Example("The classic pitfall.", changedLines: 2000),
      Example("Touches everything.", changedFiles: 80),
      Example(
        "A big change beside a lockfile.",
        files: [
          ChangedFile(path: "Sources/Parser.swift", additions: 900, deletions: 300),
          ChangedFile(path: "Package.resolved", additions: 40, deletions: 12),
        ]),
    ])

  private let warnLines: Int
  private let maxLines: Int
  private let warnFiles: Int
  private let maxFiles: Int
  private let exclude: PathPatterns

  public init(options: RuleOptions, environment: RuleEnvironment) {
    exclude = PathPatterns(options.strings("exclude"))
    warnLines = options.int("warn-lines")
    maxLines = options.int("max-lines")
    warnFiles = options.int("warn-files")
    maxFiles = options.int("max-files")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    var lines = context.input.changedLines
    var files = context.input.changedFiles
    var excludedNote = ""
    if let changed = context.input.files {
      let excluded = changed.filter { exclude.matches($0.path) }
      let counted = changed.filter { !exclude.matches($0.path) }
      lines = counted.reduce(0) { $0 + $1.changedLines }
      files = counted.count
      if !excluded.isEmpty {
        let excludedLines = excluded.reduce(0) { $0 + $1.changedLines }
        excludedNote =
          " (not counting \(excludedLines) lines in \(excluded.count) excluded \(excluded.count == 1 ? "file" : "files"))"
      }
    }
    var findings: [Finding] = []
    if let lines {
      findings += finding(lines, "lines", warn: warnLines, max: maxLines, note: excludedNote)
    }
    if let files {
      findings += finding(files, "files", warn: warnFiles, max: maxFiles, note: excludedNote)
    }
    return findings
  }

  private func finding(_ count: Int, _ unit: String, warn: Int, max: Int, note: String) -> [Finding] {
    let size = "the diff changes \(count) \(unit)\(note)"
    if count > max {
      return [Finding("\(size), over the limit of \(max): split it into smaller PRs")]
    }
    if count > warn {
      return [
        Finding(
          "\(size); PRs under \(warn) are reviewed faster and better: consider splitting it", severityCap: .warning)
      ]
    }
    return []
  }
}
