import Foundation

/// The environment variables a CI sets for a job (`GITHUB_*`, `GITLAB_*`, `CI_*`), the ones prlint
/// reads to find the PR. `ProcessInfo.environment` builds a dictionary of every variable, which cost a
/// tenth of a one-body run; outside CI this one is empty.
public enum CIEnvironment {
  /// The CI variables of this process, as `ProcessInfo.environment` would give them.
  public static func current() -> [String: String] {
    variables(in: environ)
  }

  /// The CI variables of a NULL-terminated `NAME=value` block laid out as `environ` is. Tests pass their
  /// own block: changing the process's environment (`setenv`) races every thread that reads it.
  static func variables(in block: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> [String: String] {
    var variables: [String: String] = [:]
    var entry = block
    while let pointer = entry.pointee {
      defer { entry += 1 }
      guard
        strncmp(pointer, "GITHUB_", 7) == 0 || strncmp(pointer, "GITLAB_", 7) == 0 || strncmp(pointer, "CI_", 3) == 0
      else { continue }
      let text = String(cString: pointer)
      // Split at the first "=" Character as ProcessInfo does (an "=" with a combining mark is none).
      guard let equals = text.firstIndex(of: "=") else { continue }
      variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    return variables
  }
}
