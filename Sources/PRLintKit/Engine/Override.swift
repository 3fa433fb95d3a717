import PRLintMarkdown

extension Configuration {
  /// One entry of `overrides:`: changes to the sections and rules for the PRs its conditions hold for,
  /// applied after the rest of the configuration, in order.
  public struct Override: Sendable {
    /// How reports name it: its `name:`, else the file it is written in (relative to the repository
    /// root) and its number there, `.prlint.yml#1`.
    public var name: String
    public var conditions: OverrideConditions
    /// Sections to add or change, by name.
    let sections: [ConfigLayer.Section]
    /// Rule settings, merged per key as a file's are.
    let rules: [(id: String, entry: ConfigLayer.RuleEntry)]
    /// Where it is written: a preset or file, and the line its entry starts on.
    public var origin: SettingOrigin
  }

  /// This configuration with the overrides at `indices` applied, in order.
  func applying(overrides indices: [Int]) -> Configuration {
    var configuration = self
    for index in indices { configuration.apply(overrides[index]) }
    return configuration
  }
}

/// An override's `if:`: it holds when every condition does, and a condition holds when any of its
/// values matches. What is not known about a PR (no file list, no base branch, no author) matches nothing.
public struct OverrideConditions: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    /// A label of the PR, compared case-insensitively (as `ignore.labels`).
    case labels
    /// The Conventional Commit type of the title (`docs` in `docs(api): ...`), case-insensitively.
    case titleTypes = "title-types"
    /// Globs, as path options read them; any changed file matching.
    case changedPaths = "changed-paths"
    /// Globs matching the whole name of the branch the PR merges into (`main`, `release/*`).
    case baseBranches = "base-branches"
    /// Logins, compared as `ignore.authors` compares them.
    case authors
  }

  /// The conditions as written, in order.
  public let written: [(kind: Kind, values: [String])]
  private let tests: [Test]

  private enum Test: Sendable {
    case labels(Set<String>)
    case titleTypes(Set<String>)
    case changedPaths(PathPatterns)
    case baseBranches([Glob])
    case authors([String])
  }

  public init(_ written: [(kind: Kind, values: [String])]) {
    self.written = written
    tests = written.map { kind, values in
      switch kind {
      case .labels: .labels(Set(values.map { $0.lowercased() }))
      case .titleTypes: .titleTypes(Set(values.map { $0.lowercased() }))
      case .changedPaths: .changedPaths(PathPatterns(values))
      case .baseBranches: .baseBranches(values.map(Glob.wholeName))
      case .authors: .authors(values)
      }
    }
  }

  /// Whether every condition holds for `input`, whose title has the Conventional Commit type
  /// `titleType` (lowercased; nil when the title is not in that form).
  func hold(for input: LintInput, titleType: String?) -> Bool {
    tests.allSatisfy { test in
      switch test {
      case .labels(let labels):
        input.pullRequest.labels.contains { labels.contains($0.lowercased()) }
      case .titleTypes(let types):
        titleType.map(types.contains) ?? false
      case .changedPaths(let patterns):
        input.files?.contains { patterns.matches($0.path) } ?? false
      case .baseBranches(let globs):
        input.pullRequest.baseBranch.map { branch in globs.contains { $0.matches(branch) } } ?? false
      case .authors(let logins):
        input.pullRequest.author.map { author in logins.contains(where: author.isNamed) } ?? false
      }
    }
  }

  /// The Conventional Commit type of `title`, lowercased, as `title-types` compares it.
  static func titleType(of title: String?) -> String? {
    title.flatMap { ConventionalTitle($0.trimmingWhitespace()) }?.type.lowercased()
  }
}

extension Configuration.Override {
  /// What the override changes, one line each, for `prlint rules`: `section Root cause: required`,
  /// `rule tests-included: off`.
  public var changes: [String] {
    let sectionLines = sections.map { section in
      var settings: [String] = []
      if let aliases = section.aliases { settings.append("aliases " + aliases.joined(separator: ", ")) }
      if let required = section.required { settings.append(required ? "required" : "not required") }
      if let minWords = section.minWords { settings.append("min-words \(minWords)") }
      if let acceptsNone = section.acceptsNone {
        settings.append(acceptsNone ? "accepts none" : "does not accept none")
      }
      return "section \(section.name)" + (settings.isEmpty ? "" : ": " + settings.joined(separator: "; "))
    }
    let ruleLines = rules.map { id, entry in
      if let custom = entry.custom {
        return "rule \(id): defined here, \(custom.description.defaultSeverity.rawValue)"
      }
      var settings: [String] = []
      if let severity = entry.severity { settings.append(severity.rawValue) }
      for key in entry.options.keys.sorted() { settings.append("\(key) \(entry.options[key]!)") }
      return "rule \(id): " + settings.joined(separator: "; ")
    }
    return sectionLines + ruleLines
  }
}

extension OverrideConditions: CustomStringConvertible {
  /// `labels: bug; title-types: docs or chore`, as written.
  public var description: String {
    written.map { "\($0.kind.rawValue): " + $0.values.joined(separator: " or ") }.joined(separator: "; ")
  }
}
