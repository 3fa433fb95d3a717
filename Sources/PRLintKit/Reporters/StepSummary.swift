import Foundation

/// GitHub Actions' job summary: with `--format github`, the Markdown report is appended to the file
/// named by `GITHUB_STEP_SUMMARY` (other steps write there too, so never truncate it). A failure
/// to write is a warning: the lint's verdict and exit code stand.
public enum StepSummary {
  /// Appends `markdown`; returns the warning to give when it could not.
  public static func append(_ markdown: String, environment: [String: String] = CIEnvironment.current())
    -> String?
  {
    guard let path = environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return nil }
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return warning(path, String(cString: strerror(errno))) }
    defer { close(descriptor) }
    do {
      try Console.write("\n" + markdown, to: descriptor, stream: path)
    } catch {
      return warning(path, error.reason)
    }
    return nil
  }

  private static func warning(_ path: String, _ reason: String) -> String {
    "cannot append the report to GITHUB_STEP_SUMMARY \(path): \(reason)"
  }
}
