import PRLintMarkdown

/// Runs the configured rules over pull requests. Build one per configuration and reuse it:
/// rules and custom patterns are prepared once, each `lint` call parses one body once.
public struct Linter: Sendable {
  public let configuration: Configuration
  private let rules: [(rule: any Rule, severity: Severity)]
  private let sectionResolver: SectionResolver

  /// Builds the rules the configuration turns on, each once, with what it needs from `environment`.
  /// Throws when a rule cannot read a file it needs (a PR template the configuration names).
  public init(configuration: Configuration, environment: RuleEnvironment = RuleEnvironment())
    throws(ConfigurationError)
  {
    self.configuration = configuration
    sectionResolver = SectionResolver(configuration.sections)
    var environment = environment
    environment.pseudoHeadings = configuration.pseudoHeadings
    var rules: [(any Rule, Severity)] = []
    for type in RuleRegistry.builtin {
      let severity = configuration.severity(of: type.description)
      guard severity != .off else { continue }
      rules.append(
        (try type.init(options: configuration.options(of: type.description), environment: environment), severity))
    }
    for custom in configuration.customRules {
      let severity = configuration.severity(of: custom.description)
      guard severity != .off else { continue }
      rules.append((custom, severity))
    }
    self.rules = rules
  }

  /// The rules that run, in order, with their severities.
  public var activeRules: [(description: RuleDescription, severity: Severity)] {
    rules.map { ($0.rule.description, $0.severity) }
  }

  public func lint(_ input: LintInput) -> LintResult {
    if let reason = configuration.policy.skipReason(for: input.pullRequest) {
      return LintResult(
        source: input.source, sourceIsFile: input.sourceIsFile, title: input.title, sections: [], references: [],
        diagnostics: [],
        pullRequest: input.pullRequest, size: size(of: input), skipReason: reason)
    }
    let cap = configuration.policy.severityCap(for: input.pullRequest)
    let document = MarkdownParser.parse(
      input.body, options: MarkdownParser.Options(pseudoHeadings: configuration.pseudoHeadings))
    let platform = configuration.platform ?? input.pullRequest.platform ?? .github
    let gitLab = configuration.gitLabInstance ?? input.pullRequest.gitLabInstance ?? .gitLabCom
    let context = RuleContext(
      input: input, document: document, sections: sectionResolver.resolve(in: document),
      sectionResolver: sectionResolver, references: IssueReferences(in: document, platform: platform, gitLab: gitLab),
      platform: platform, gitLabInstance: gitLab)
    var diagnostics: [Diagnostic] = []
    for (rule, severity) in rules {
      for finding in rule.check(context) {
        diagnostics.append(
          Diagnostic(
            ruleID: rule.description.id, severity: min(severity, finding.severityCap ?? .error, cap),
            message: finding.message, position: finding.position, section: finding.section))
      }
    }
    if configuration.inlineDisable {
      Suppressions(comments: document.comments).apply(to: &diagnostics)
    }
    return LintResult(
      source: input.source, sourceIsFile: input.sourceIsFile, title: input.title, sections: context.sections,
      references: context.references.distinct, diagnostics: Self.ordered(diagnostics),
      pullRequest: input.pullRequest, size: size(of: input), body: document.text)
  }

  private func size(of input: LintInput) -> PullRequestSize {
    configuration.sizeClasses.size(lines: input.changedLines, files: input.changedFiles ?? input.files?.count)
  }

  /// Absences (no position) first in rule order, then by position; the sort is stable.
  private static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { lhs, rhs in
      switch (lhs.element.position, rhs.element.position) {
      case (nil, nil): lhs.offset < rhs.offset
      case (nil, _): true
      case (_, nil): false
      case (let left?, let right?): left == right ? lhs.offset < rhs.offset : left < right
      }
    }.map(\.element)
  }
}
