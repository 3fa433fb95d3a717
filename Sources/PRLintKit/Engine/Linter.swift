import PRLintMarkdown

/// Runs the configured rules over pull requests. Build one per configuration and reuse it:
/// rules and custom patterns are prepared once, each `lint` call parses one body once.
public struct Linter: Sendable {
  public let configuration: Configuration
  /// The sections bodies are checked against, and where they came from.
  public let sectionPlan: SectionPlan
  private let rules: [(rule: any Rule, severity: Severity)]
  /// One per template under `sections: template` (a body is checked against the one it has most headings
  /// of), else one for the configuration's list, with no template.
  private let sectionResolvers: [(template: String?, resolver: SectionResolver)]

  /// Builds the rules the configuration turns on, each once, with what it needs from `environment`.
  /// Throws when a rule cannot read a file it needs (a PR template the configuration names).
  public init(configuration: Configuration, environment: RuleEnvironment = RuleEnvironment())
    throws(ConfigurationError)
  {
    self.configuration = configuration
    var environment = environment
    environment.pseudoHeadings = configuration.pseudoHeadings
    // Read once for the sections and template-leftovers alike.
    if configuration.sectionsFromTemplate != nil || configuration.template != nil {
      environment.pullRequestTemplates = try PullRequestTemplates.texts(
        named: configuration.template ?? "", setting: "template", environment: environment)
    }
    sectionPlan = SectionPlan(configuration: configuration, templates: environment.pullRequestTemplates ?? [])
    sectionResolvers =
      sectionPlan.templates.isEmpty
      ? [(nil, SectionResolver(configuration.sections))]
      : sectionPlan.templates.map { ($0.path, SectionResolver($0.sections)) }
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
    let (template, sectionResolver, sections) = Self.sections(of: document, among: sectionResolvers)
    let context = RuleContext(
      input: input, document: document, sections: sections, sectionResolver: sectionResolver,
      references: IssueReferences(in: document, platform: platform), platform: platform)
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
      pullRequest: input.pullRequest, size: size(of: input), body: document.text, template: template)
  }

  /// The sections `document` is checked against: of the template it has most headings of (the first,
  /// on a tie), or the configuration's.
  private static func sections(
    of document: MarkdownDocument, among resolvers: [(template: String?, resolver: SectionResolver)]
  ) -> (template: String?, resolver: SectionResolver, sections: [SectionReport]) {
    var best: (template: String?, resolver: SectionResolver, sections: [SectionReport])? = nil
    var bestCount = -1
    for (template, resolver) in resolvers {
      let sections = resolver.resolve(in: document)
      let count = sections.count(where: { $0.status != .missing })
      if count > bestCount { (best, bestCount) = ((template, resolver, sections), count) }
    }
    return best!
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
