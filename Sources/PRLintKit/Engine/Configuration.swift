/// The settings one lint run uses: sections, rule severities and options, custom rules.
/// Made by `ConfigurationLoader` from a preset or a `.prlint.yml`, already validated.
public struct Configuration: Sendable {
  public var pseudoHeadings = true
  /// Whether `<!-- prlint-disable … -->` in a body is honoured. The body's author writes it, so a
  /// team that wants every rule enforced can turn it off.
  public var inlineDisable = true
  public var sections: [SectionDefinition] = []
  /// Where `sections` was set: a preset ("preset default") or a configuration file.
  public var sectionsOrigin = "preset default"
  /// Where `sections: template` was said (a configuration file, or `Configuration.noFile` for a run without
  /// one), nil when the configuration's list applies. Each body is then checked against the sections of
  /// the repository's PR template (`TemplateSections`), and `sections` applies only where there is none,
  /// or none with headings.
  public var sectionsFromTemplate: String?
  /// `template:`: the repository's PR template (absolute, resolved by the loader), which `sections: template`
  /// and `template-leftovers` read instead of the templates found from the git root.
  public var template: String?
  /// Per rule id (built-in or custom); a rule without an entry runs with its defaults.
  public var ruleSettings: [String: RuleSettings] = [:]
  /// Where each rule setting was last set (a preset or a file), for `prlint rules` and `explain`: keyed by
  /// rule id for its severity (or a custom rule's definition), and by `id.option` for an option.
  public var settingOrigins: [String: String] = [:]
  /// The rules the configuration defines (`kind: require-text` …), in definition order.
  public var customRules: [any Rule] = []
  /// Whose closing-reference grammar applies. Nil means automatic: the forge the PR was read from
  /// (`PullRequestInfo.platform`), else GitHub.
  public var platform: Platform?
  /// `gitlab-url:`: the GitLab instance whose issue URLs are references under GitLab's grammar. Nil means
  /// the one the PR was read from (`PullRequestInfo.gitLabInstance`), else GitLab.com.
  public var gitLabInstance: GitLabInstance?
  public var policy = Policy()
  /// Where the XS/S/M/L/XL size classes end (`size-classes:`).
  public var sizeClasses = SizeClasses()
  /// Where the configuration came from, for messages: a path or "preset default".
  public var origin = "preset default"
  /// `hook: body-file:`: the pre-push hook reads the description from this file (relative to the
  /// repository's top level) instead of the tip commit's body.
  public var hookBodyFile: String?
  /// `overrides:`, from every file in the `extends` chain (what is extended first): changes to sections
  /// and rules for the PRs whose conditions they hold for, applied in order after the rest.
  public var overrides: [Override] = []

  /// What `sectionsFromTemplate` says when no configuration file was found: the PR template is the spec.
  public static let noFile = "no configuration file"

  public init() {}

  /// The ids of the custom rules defined here and in `overrides`, in that order, each once.
  public var customRuleIDs: [String] {
    var seen: Set<String> = []
    let defined =
      customRules.map(\.description.id) + overrides.flatMap(\.rules).compactMap(\.entry.custom?.description.id)
    return defined.filter { seen.insert($0).inserted }
  }

  /// The severity a rule runs at under this configuration.
  public func severity(of description: RuleDescription) -> Severity {
    ruleSettings[description.id]?.severity ?? description.defaultSeverity
  }

  public func options(of description: RuleDescription) -> RuleOptions {
    RuleOptions(specs: description.options, overrides: ruleSettings[description.id]?.options ?? [:])
  }
}

public struct RuleSettings: Sendable, Hashable {
  public var severity: Severity?
  public var options: [String: OptionValue]

  public init(severity: Severity? = nil, options: [String: OptionValue] = [:]) {
    self.severity = severity
    self.options = options
  }
}
