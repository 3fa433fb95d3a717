/// `--format codequality`: GitLab Code Quality JSON (`artifacts:reports:codequality`), an array of
/// issues shown in the merge request widget. Errors are `major`, warnings `minor`. The fingerprint,
/// which GitLab compares between pipelines, is an FNV-1a hash of rule, path, line and message (with
/// a counter for exact repeats), so the same finding keeps its identity from run to run.
/// Skipped PRs and silenced findings have nothing to report.
public struct CodeQualityReporter: Reporter {
  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    var issues: [String] = []
    var seen: [String: Int] = [:]
    for result in results {
      let path = ArtifactPath.path(result.source) ?? ArtifactPath.standardInput
      for diagnostic in result.diagnostics where !diagnostic.suppressed {
        if options.quiet, diagnostic.severity != .error { continue }
        let line = diagnostic.position?.line ?? 1
        let key = [diagnostic.ruleID, path, String(line), diagnostic.message].joined(separator: "\u{0}")
        let repeats = seen[key, default: 0]
        seen[key] = repeats + 1
        issues.append(
          JSONWriter.object([
            ("description", JSONWriter.quoted(diagnostic.message)),
            ("check_name", JSONWriter.quoted(diagnostic.ruleID)),
            ("fingerprint", JSONWriter.quoted(StableHash.hex(key + "\u{0}" + String(repeats)))),
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
