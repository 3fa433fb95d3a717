import PRLintMarkdown

/// A check over one pull request. Built-in rules are types conforming to `BuiltinRule`;
/// custom YAML rules are instances of `TextPatternRule`.
public protocol Rule: Sendable {
  var description: RuleDescription { get }
  func check(_ context: RuleContext) -> [Finding]
}

/// A rule shipped with prlint: one type, one file, its description as a static.
public protocol BuiltinRule: Rule {
  static var description: RuleDescription { get }
  init(options: RuleOptions)
}

extension BuiltinRule {
  public var description: RuleDescription { Self.description }
}

/// What a rule sees: the parsed body, the resolved sections and what else is known of the PR.
public struct RuleContext: Sendable {
  public let input: LintInput
  public let document: MarkdownDocument
  public let sections: [SectionReport]
  /// The issues the body names and what the forge in force makes of them.
  public let references: IssueReferences
  /// The forge whose rules apply (GitHub unless configured or detected otherwise).
  public let platform: Platform
  public let configuration: Configuration

  public func section(named name: String) -> SectionReport? {
    sections.first(where: { $0.name == name })
  }

}
