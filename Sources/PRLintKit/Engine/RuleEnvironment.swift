import Foundation

/// What a rule may read besides its options, given when it is built: the repository the run is in.
/// Rules that need a repository's file (the PR template) load it once from here, so nothing outside a
/// rule has to know which rule wants which file.
public struct RuleEnvironment: Sendable {
  /// The directory the run is for; repository files are found from its git root. Nil: no repository.
  public var workingDirectory: String?
  /// PR templates (path and text) standing in for the repository's: for rule examples, tests and the fuzzer.
  public var pullRequestTemplates: [(path: String, text: String)]?
  /// Whether the body is parsed with pseudo-headings (the configuration's `pseudo-headings`), so that a rule
  /// parsing other Markdown (a PR template) reads it the same way.
  public var pseudoHeadings = true
  /// The ids of the configuration's custom rules (and of those its overrides define), so that a rule can
  /// tell a rule id from a misspelt one.
  public var customRuleIDs: [String] = []

  public init(workingDirectory: String? = nil, pullRequestTemplates: [(path: String, text: String)]? = nil) {
    self.workingDirectory = workingDirectory
    self.pullRequestTemplates = pullRequestTemplates
  }
}

extension RuleEnvironment {
  /// The repository around the process's working directory.
  public static var currentDirectory: RuleEnvironment {
    RuleEnvironment(workingDirectory: FileManager.default.currentDirectoryPath)
  }
}
