import PRLintMarkdown

/// A check over one pull request. Built-in rules are types conforming to `BuiltinRule`;
/// custom YAML rules are instances of `TextPatternRule`. The engine runs both alike.
public protocol Rule: Sendable {
  var description: RuleDescription { get }
  func check(_ context: RuleContext) -> [Finding]
}

/// A rule shipped with prlint: one type, one file, its description as a static. It is built once per
/// run with its options and whatever it needs from the repository (`environment`); a file it cannot
/// read is a configuration error.
public protocol BuiltinRule: Rule {
  static var description: RuleDescription { get }
  init(options: RuleOptions, environment: RuleEnvironment) throws(ConfigurationError)
}

extension BuiltinRule {
  public var description: RuleDescription { Self.description }
}

/// What a rule sees: the parsed body, the facts computed from it once per lint (sections, issue
/// references) and what else is known of the PR.
public struct RuleContext: Sendable {
  public let input: LintInput
  public let document: MarkdownDocument
  /// The configured sections, each found (or not) in the body.
  public let sections: [SectionReport]
  let sectionResolver: SectionResolver
  /// The issues the body names and what the forge in force makes of them.
  public let references: IssueReferences
  /// The body's `<!-- prlint-… -->` directives (`InlineDirective.directives(in:)`); none when
  /// `inline-disable: false` turns them off.
  public let directives: [InlineDirective]
  /// The forge whose rules apply (GitHub unless configured or detected otherwise).
  public let platform: Platform
  /// The GitLab instance in force (GitLab.com unless configured or detected otherwise).
  public let gitLabInstance: GitLabInstance

  /// The section called `name`; under `sections: template`, else the template's section that stands for
  /// the preset section of that name ("## Description" for What).
  public func section(named name: String) -> SectionReport? {
    sections.first(where: { $0.name == name }) ?? sections.first(where: { $0.definition.answers(to: name) })
  }

  /// The configured section that `document.headings[index]` names, if any.
  public func sectionName(ofHeading index: Int) -> String? {
    sectionResolver.sectionName(of: document.headings[index])
  }
}
