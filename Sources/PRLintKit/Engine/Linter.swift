import Foundation
import PRLintMarkdown

/// Runs the configured rules over pull requests. Build one per configuration and reuse it:
/// rules and custom patterns are prepared once, each `lint` call parses one body once.
///
/// With `overrides:`, what applies depends on the PR: the rules for each set of overrides that hold
/// are built the first time a PR needs them and kept, so an audit builds them once per set, not per PR.
public struct Linter: Sendable {
  public let configuration: Configuration
  /// The sections bodies are checked against, and where they came from, before any override.
  public let sectionPlan: SectionPlan
  /// The configuration without overrides, which a PR no override holds for gets.
  private let base: Variant
  /// Nil when the configuration has no overrides.
  private let variants: Variants?

  /// Builds the rules the configuration turns on, each once, with what it needs from `environment`.
  /// Throws when a rule cannot read a file it needs (a PR template the configuration names, or one an
  /// override names).
  public init(configuration: Configuration, environment: RuleEnvironment = RuleEnvironment())
    throws(ConfigurationError)
  {
    self.configuration = configuration
    var environment = environment
    environment.pseudoHeadings = configuration.pseudoHeadings
    environment.customRuleIDs = configuration.customRuleIDs
    // Read once for the sections and template-leftovers alike.
    if configuration.sectionsFromTemplate != nil || configuration.template != nil {
      environment.pullRequestTemplates = try PullRequestTemplates.texts(
        named: configuration.template ?? "", setting: "template", environment: environment)
    }
    sectionPlan = SectionPlan(configuration: configuration, templates: environment.pullRequestTemplates ?? [])
    guard !configuration.overrides.isEmpty else {
      base = try Variant(configuration: configuration, plan: sectionPlan, overrides: []) {
        type, options throws(ConfigurationError) in
        try type.init(options: options, environment: environment)
      }
      variants = nil
      return
    }
    let variants = Variants(configuration: configuration, plan: sectionPlan, environment: environment)
    base = try variants.validated([])
    // Each override on its own, now: a file one names that cannot be read is an error before any PR.
    for index in configuration.overrides.indices { _ = try variants.validated([index]) }
    self.variants = variants
  }

  /// The rules that run, in order, with their severities: those of the configuration, then any that
  /// only an override turns on.
  public var activeRules: [(description: RuleDescription, severity: Severity)] {
    var rules = base.activeRules
    guard let variants else { return rules }
    for index in configuration.overrides.indices {
      for rule in variants.variant(for: [index]).activeRules
      where !rules.contains(where: { $0.description.id == rule.description.id }) {
        rules.append(rule)
      }
    }
    return rules
  }

  /// How many sets of overrides have rules built (each alone, once the linter is built, then each
  /// set that a PR needed); 0 without overrides.
  var builtVariantCount: Int { variants?.count ?? 0 }

  public func lint(_ input: LintInput) -> LintResult {
    guard let variants, configuration.policy.skipReason(for: input.pullRequest) == nil else {
      return base.lint(input)
    }
    let titleType = OverrideConditions.titleType(of: input.title)
    let applied = configuration.overrides.indices.filter {
      configuration.overrides[$0].conditions.hold(for: input, titleType: titleType)
    }
    return applied.isEmpty ? base.lint(input) : variants.variant(for: applied).lint(input, base: base)
  }
}

/// The rules of one effective configuration (the configuration with some overrides applied), built.
private struct Variant: Sendable {
  let configuration: Configuration
  /// The names of the overrides applied, for the result.
  let overrides: [String]
  let rules: [(rule: any Rule, severity: Severity)]
  /// One per template under `sections: template` (a body is checked against the one it has most headings
  /// of), else one for the configuration's list, with no template; with the overrides' sections merged in.
  let sectionResolvers: [(template: String?, resolver: SectionResolver)]

  /// - Parameter plan: the sections with the same overrides applied as `configuration` (merged into each
  ///   template's sections as into the configuration's list).
  init<Failure: Error>(
    configuration: Configuration, plan: SectionPlan, overrides: [String],
    build: (any BuiltinRule.Type, RuleOptions) throws(Failure) -> any Rule
  ) throws(Failure) {
    self.configuration = configuration
    self.overrides = overrides
    sectionResolvers =
      plan.templates.isEmpty
      ? [(nil, SectionResolver(configuration.sections))]
      : plan.templates.map { ($0.path, SectionResolver($0.sections)) }
    var rules: [(any Rule, Severity)] = []
    for type in RuleRegistry.builtin {
      let severity = configuration.severity(of: type.description)
      guard severity != .off else { continue }
      rules.append((try build(type, configuration.options(of: type.description)), severity))
    }
    for custom in configuration.customRules {
      let severity = configuration.severity(of: custom.description)
      guard severity != .off else { continue }
      rules.append((custom, severity))
    }
    self.rules = rules
  }

  var activeRules: [(description: RuleDescription, severity: Severity)] {
    rules.map { ($0.rule.description, $0.severity) }
  }

  /// - Parameter base: the variant without overrides, when this one has some: it chooses the template a
  ///   body is checked against, as overrides change the sections of that template, not the choice.
  func lint(_ input: LintInput, base: Variant? = nil) -> LintResult {
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
    let (template, sectionResolver, sections) = self.sections(of: document, choosingWith: base)
    let directives = configuration.inlineDisable ? InlineDirective.directives(in: document) : []
    let context = RuleContext(
      input: input, document: document, sections: sections, sectionResolver: sectionResolver,
      references: IssueReferences(in: document, platform: platform, gitLab: gitLab), directives: directives,
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
    if !directives.isEmpty {
      Suppressions(directives).apply(to: &diagnostics)
    }
    return LintResult(
      source: input.source, sourceIsFile: input.sourceIsFile, title: input.title, sections: context.sections,
      references: context.references.distinct, diagnostics: Self.ordered(diagnostics),
      pullRequest: input.pullRequest, size: size(of: input), body: document.text, overrides: overrides,
      template: template, nearMisses: context.references.nearMisses, platform: platform, gitLabInstance: gitLab)
  }

  /// The sections `document` is checked against: of the template it has most headings of (the first,
  /// on a tie), or the configuration's. The choice is `base`'s when given (the sections before overrides).
  private func sections(of document: MarkdownDocument, choosingWith base: Variant?) -> (
    template: String?, resolver: SectionResolver, sections: [SectionReport]
  ) {
    guard sectionResolvers.count > 1 else {
      let (template, resolver) = sectionResolvers[0]
      return (template, resolver, resolver.resolve(in: document))
    }
    let choosing = base ?? self
    var best = 0
    var bestSections: [SectionReport] = []
    var bestCount = -1
    for (index, (_, resolver)) in choosing.sectionResolvers.enumerated() {
      let sections = resolver.resolve(in: document)
      let count = sections.count(where: { $0.status != .missing })
      if count > bestCount { (best, bestSections, bestCount) = (index, sections, count) }
    }
    let (template, resolver) = sectionResolvers[best]
    // Overrides that change no section of the chosen template leave its reports as they are.
    guard resolver.definitions != choosing.sectionResolvers[best].resolver.definitions else {
      return (template, resolver, bestSections)
    }
    return (template, resolver, resolver.resolve(in: document))
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

/// The variants of a configuration with overrides, by the overrides applied, built on first use by
/// whichever thread asks first. Rules are shared between variants that give them the same options, so
/// an override that changes sections or severities builds no rule at all.
private final class Variants: @unchecked Sendable {
  private struct RuleKey: Hashable {
    let type: ObjectIdentifier
    let options: RuleOptions
  }

  private let configuration: Configuration
  /// The sections before any override.
  private let plan: SectionPlan
  private let environment: RuleEnvironment
  private let lock = NSLock()
  private var built: [[Int]: Variant] = [:]  // guarded by `lock`
  private var rules: [RuleKey: any Rule] = [:]  // guarded by `lock`

  init(configuration: Configuration, plan: SectionPlan, environment: RuleEnvironment) {
    self.configuration = configuration
    self.plan = plan
    self.environment = environment
  }

  /// The variant for the overrides at `indices` (increasing), built if need be; throws what building
  /// a rule throws.
  func validated(_ indices: [Int]) throws(ConfigurationError) -> Variant {
    lock.lock()
    defer { lock.unlock() }
    if let variant = built[indices] { return variant }
    let variant = try Variant(
      configuration: configuration.applying(overrides: indices), plan: sectionPlan(indices), overrides: names(indices)
    ) { type, options throws(ConfigurationError) in try rule(type, options) }
    built[indices] = variant
    return variant
  }

  /// The variant for the overrides at `indices` (increasing), built if need be. A rule's options here
  /// are those of the configuration or of one override alone (each of which `Linter.init` built), so
  /// building reads no file that was not read then; should one have gone since, the rule says so on
  /// each PR it would have checked.
  func variant(for indices: [Int]) -> Variant {
    lock.lock()
    defer { lock.unlock() }
    if let variant = built[indices] { return variant }
    let variant = Variant(
      configuration: configuration.applying(overrides: indices), plan: sectionPlan(indices), overrides: names(indices)
    ) { type, options in
      do throws(ConfigurationError) {
        return try rule(type, options)
      } catch {
        return UnbuildableRule(description: type.description, error: error)
      }
    }
    built[indices] = variant
    return variant
  }

  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return built.count
  }

  private func names(_ indices: [Int]) -> [String] {
    indices.map { configuration.overrides[$0].name }
  }

  /// The sections with the overrides at `indices` applied: without templates, those of the configuration
  /// they apply to; under `sections: template`, each template's with the overrides' merged in.
  private func sectionPlan(_ indices: [Int]) -> SectionPlan {
    plan.applying(overrides: indices.map { configuration.overrides[$0] })
  }

  /// A rule built with `options`, shared with every variant that gives the same; the caller holds `lock`.
  private func rule(_ type: any BuiltinRule.Type, _ options: RuleOptions) throws(ConfigurationError) -> any Rule {
    let key = RuleKey(type: ObjectIdentifier(type), options: options)
    if let rule = rules[key] { return rule }
    let rule = try type.init(options: options, environment: environment)
    rules[key] = rule
    return rule
  }
}

/// A built-in rule that could not be built for a variant: it reports why on every PR it would check.
private struct UnbuildableRule: Rule {
  let description: RuleDescription
  let error: ConfigurationError

  func check(_ context: RuleContext) -> [Finding] {
    [Finding("could not be set up for the overrides that apply: \(error.description)")]
  }
}
