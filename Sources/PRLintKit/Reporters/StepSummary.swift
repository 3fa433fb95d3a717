import Foundation

/// GitHub Actions' job summary: with `--format github`, the Markdown report is appended to the file
/// named by `GITHUB_STEP_SUMMARY` (other steps write there too, so never truncate it). A failure
/// to write is a warning on stderr: the lint's verdict and exit code stand.
public enum StepSummary {
  public static func append(_ markdown: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
    guard let path = environment["GITHUB_STEP_SUMMARY"], !path.isEmpty else { return }
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      warn(path, String(cString: strerror(errno)))
      return
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: Data(("\n" + markdown).utf8))
    } catch {
      warn(path, error.localizedDescription)
    }
  }

  private static func warn(_ path: String, _ reason: String) {
    let message = "prlint: warning: cannot append the report to GITHUB_STEP_SUMMARY \(path): \(reason)"
    FileHandle.standardError.write(Data((TerminalSafe.escape(message) + "\n").utf8))
  }
}
