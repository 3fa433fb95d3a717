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
  /// The line of each setting in `settingOrigins`, in the preset or file named there, for `prlint config`.
  public var settingLines: [String: Int] = [:]
  /// Where each setting outside `rules:` was last set, by its key as written (`pseudo-headings`, `sections`,
  /// `ignore.labels`, `size-classes.xs`), for `prlint config`; a setting no preset or file gives has none.
  public var topLevelOrigins: [String: SettingOrigin] = [:]
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
  /// Where the configuration came from, for messages: "preset default", or the file's path, relative to
  /// its git root when it is in one (`.github/prlint.yaml`), else as it was given.
  public var origin = "preset default"
  /// The configuration file's absolute path; nil for a preset (or a configuration given as text).
  public var file: String?
  /// The git root of the configuration file, which files are named relative to in messages; nil for a
  /// preset, or a file outside git.
  public var gitRoot: String?
  /// The preset the configuration builds on: the one its `extends` chain ends at (`--preset`'s, or
  /// `default` for a file that extends nothing), which `prlint config` extends.
  public var preset = "default"
  /// `hook: body-file:`: the pre-push hook reads the description from this file (relative to the
  /// repository's top level) instead of the tip commit's body.
  public var hookBodyFile: String?
  /// `overrides:`, from every file in the `extends` chain (what is extended first): changes to sections
  /// and rules for the PRs whose conditions they hold for, applied in order after the rest.
  public var overrides: [Override] = []

  /// What `sectionsFromTemplate` says when no configuration file was found: the PR template is the spec.
  public static let noFile = "no configuration file"

  public init() {}

  /// Where a setting came from (a preset, or a file's path as `settingOrigins` holds it), for messages: a
  /// file in the configuration's repository relative to its git root (`config/base.yml`), as `origin` is.
  public func label(_ origin: String) -> String {
    guard let gitRoot, !origin.hasPrefix("preset "), origin != Self.noFile else { return origin }
    return PathText.relative(PathText.standardized(origin), to: gitRoot) ?? origin
  }

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

/// Where a setting was written: a preset ("preset default") or a file's path (absolute, or as `--config`
/// gave it), and the line.
public struct SettingOrigin: Sendable, Hashable {
  public var file: String
  public var line: Int?

  public init(file: String, line: Int? = nil) {
    self.file = file
    self.line = line
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
