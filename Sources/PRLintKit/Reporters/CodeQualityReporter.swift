/// `--format codequality`: GitLab Code Quality JSON (`artifacts:reports:codequality`), an array of
/// issues shown in the merge request widget. Errors are `major`, warnings `minor`. The fingerprint,
/// which GitLab compares between pipelines, comes from `FindingFingerprints`.
/// Skipped PRs and silenced findings have nothing to report.
public struct CodeQualityReporter: Reporter {
  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    var issues: [String] = []
    var fingerprints = FindingFingerprints()
    for result in results {
      let path = ArtifactPath.path(result.source)
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
    }
    return JSONWriter.array(issues) + "\n"
  }
}
