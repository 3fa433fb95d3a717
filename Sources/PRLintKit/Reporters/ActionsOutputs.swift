import Foundation

/// GitHub Actions step outputs: with `GITHUB_OUTPUT` set, prlint appends `passed`, `errors`, `warnings`,
/// `size-class` and `changed-lines`, so a later step can label the PR (`size/M`) or branch on the verdict
/// (`steps.prlint.outputs.size-class`). Values are numbers and words prlint makes, never text from the PR.
/// A failure to write is a warning: the lint's verdict and exit code stand.
public enum ActionsOutputs {
  /// The `name=value` lines for `results`: totals over every PR, and the size of the only one.
  public static func lines(for results: [LintResult], maxWarnings: Int?) -> String {
    let summary = ReportSummary(results, maxWarnings: maxWarnings)
    let size = results.count == 1 ? results[0].size : PullRequestSize()
    let outputs = [
      ("passed", summary.fails ? "false" : "true"), ("errors", String(summary.errors)),
      ("warnings", String(summary.warnings)), ("size-class", size.sizeClass ?? ""),
      ("changed-lines", size.lines.map(String.init) ?? ""),
    ]
    return outputs.map { "\($0.0)=\($0.1)\n" }.joined()
  }

  /// Appends the outputs for `results`; returns the warning to give when it could not.
  public static func append(
    _ results: [LintResult], maxWarnings: Int?,
    environment: [String: String] = CIEnvironment.current()
  ) -> String? {
    guard let path = environment["GITHUB_OUTPUT"], !path.isEmpty else { return nil }
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return warning(path, String(cString: strerror(errno))) }
    defer { close(descriptor) }
    do {
      try Console.write(lines(for: results, maxWarnings: maxWarnings), to: descriptor, stream: path)
    } catch {
      return warning(path, error.reason)
    }
    return nil
  }

  private static func warning(_ path: String, _ reason: String) -> String {
    "cannot write the step outputs to GITHUB_OUTPUT \(path): \(reason)"
  }
}
