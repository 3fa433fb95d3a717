/// `--format codequality`: GitLab Code Quality JSON (`artifacts:reports:codequality`), an array of
/// issues shown in the merge request widget. Errors are `major`, warnings `minor`. The fingerprint,
/// which GitLab compares between pipelines, comes from `FindingFingerprints`.
/// Skipped PRs and silenced findings have nothing to report.
///
/// `audit` writes the same array a piece at a time, in bounded memory: `header`, each PR's `issues`
/// (comma-separated by `separator`), then `footer`.
public struct CodeQualityReporter: Reporter {
  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    var fingerprints = FindingFingerprints()
    var issues: [String] = []
    for result in results {
      issues += self.issues(result, options: options, fingerprints: &fingerprints)
    }
    return JSONWriter.array(issues) + "\n"
  }

  static let header = "["

  /// Written before an issue: a line break and, after the first, a comma.
  static func separator(isFirst: Bool) -> String {
    isFirst ? "\n  " : ",\n  "
  }

  static func footer(anyIssues: Bool) -> String {
    anyIssues ? "\n]\n" : "]\n"
  }

  /// One PR's issues, each one JSON object.
  func issues(_ result: LintResult, options: ReportOptions, fingerprints: inout FindingFingerprints) -> [String] {
    let path = ArtifactPath.path(result.source)
    var issues: [String] = []
    for diagnostic in result.diagnostics where !diagnostic.suppressed {
      if options.quiet, diagnostic.severity != .error { continue }
      let line = diagnostic.position?.line ?? 1
      issues.append(
        JSONWriter.object([
          ("description", JSONWriter.quoted(diagnostic.message)),
          ("check_name", JSONWriter.quoted(diagnostic.ruleID)),
          ("fingerprint", JSONWriter.quoted(fingerprints.next(diagnostic, path: path))),
          ("severity", JSONWriter.quoted(diagnostic.severity == .error ? "major" : "minor")),
          (
            "location",
            JSONWriter.object([
              ("path", JSONWriter.quoted(path)), ("lines", JSONWriter.object([("begin", String(line))])),
            ])
          ),
        ]))
    }
    return issues
  }
}
