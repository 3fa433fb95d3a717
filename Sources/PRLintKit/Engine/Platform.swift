/// The forge the PR lives on. It decides which closing references close issues: GitHub's grammar is
/// strict ("Fixes #1, #2" closes only #1), GitLab's default pattern accepts more ("Implements",
/// "Closes issue #5", comma lists).
public enum Platform: String, Sendable, Hashable, CaseIterable {
  case github, gitlab

  public var name: String {
    switch self {
    case .github: "GitHub"
    case .gitlab: "GitLab"
    }
  }

  /// GitLab CI says so with `GITLAB_CI=true`; anywhere else, GitHub's stricter grammar is the safe reading.
  public static func detect(environment: [String: String]) -> Platform {
    environment["GITLAB_CI"] == "true" ? .gitlab : .github
  }
}
