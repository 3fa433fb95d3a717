import PRLintMarkdown

/// One configuration file (or preset) as written, validated but not yet merged with what it extends.
struct ConfigLayer {
  struct Located<Value: Sendable>: Sendable {
    var value: Value
    var line: Int?
    var column: Int?
  }

  struct RuleEntry: Sendable {
    var severity: Severity?
    var options: [String: OptionValue] = [:]
    var custom: TextPatternRule?
    /// Where a custom rule or an option names sections, to check once sections are final.
    var sectionReferences: [Located<String>] = []
    /// Set when the id is no built-in rule and no definition: it must name a custom rule defined in
    /// what this layer extends. Located at the id, for the error when it does not.
    var inheritedCustomRule: Located<String>?
    /// Options of kind `.path` as written, located, for the loader to resolve against the file's folder.
    var paths: [String: Located<String>] = [:]
    /// The line of the rule's id (its severity or definition) and, by key, of each option: where
    /// `prlint config` says each was set.
    var line: Int?
    var optionLines: [String: Int] = [:]
  }

  /// A section as written; a setting not given is nil. In `sections:`, `aliases` nil means "the aliases
  /// of the section of that name it replaces"; in an override, a setting not given is left as it was.
  struct Section: Sendable {
    var name: String
    var aliases: [String]?
    var required: Bool?
    var minWords: Int?
    var acceptsNone: Bool?
  }

  /// One entry of `overrides:` as written: what it changes when its conditions hold.
  struct Override {
    /// `name:`, the override's name in reports; nil means "FILE#N".
    var name: Located<String>?
    var conditions: OverrideConditions
    var sections: [Section]
    var rules: [(id: String, entry: RuleEntry)]
    /// The line its entry starts on.
    var line: Int?
  }

  /// `ignore:` as written; a list given replaces the inherited one.
  struct Ignore {
    var authors: [String]?
    var labels: [String]?
    var bots: Bool?
  }

  enum PlatformSetting {
    case auto
    case fixed(Platform)
  }

  var extends: Located<String>?
  var platform: PlatformSetting?
  var gitLabInstance: GitLabInstance?
  var ignore = Ignore()
  var drafts: Policy.Drafts?
  var pseudoHeadings: Bool?
  var inlineDisable: Bool?
  var sections: [Section]?
  /// `sections: template`: the sections are the PR template's headings.
  var sectionsFromTemplate = false
  /// `template:` as written, located, for the loader to resolve against the file's folder.
  var template: Located<String>?
  var rules: [(id: String, entry: RuleEntry)] = []
  var hookBodyFile: String?
  /// `size-classes:` as written: the maxima given, by key.
  var sizeClasses: [String: Int] = [:]
  var overrides: [Override] = []
  /// The line of each top-level setting given, by its key (`pseudo-headings`, `sections`), and of each
  /// setting inside `ignore`, `hook` and `size-classes` as `ignore.labels`: where `prlint config` says
  /// each was set. Yams' marks are kept at parse time, a few integers a file.
  var lines: [String: Int] = [:]
}

extension Configuration {
  /// This configuration with `layer` written over it: scalars and sections replace, rules merge per key.
  mutating func apply(_ layer: ConfigLayer) {
    if let pseudoHeadings = layer.pseudoHeadings { self.pseudoHeadings = pseudoHeadings }
    if let inlineDisable = layer.inlineDisable { self.inlineDisable = inlineDisable }
    switch layer.platform {
    case .auto: platform = nil
    case .fixed(let fixed): platform = fixed
    case nil: break
    }
    if let gitLabInstance = layer.gitLabInstance { self.gitLabInstance = gitLabInstance }
    if let authors = layer.ignore.authors { policy.ignoredAuthors = authors }
    if let labels = layer.ignore.labels { policy.ignoredLabels = labels }
    if let bots = layer.ignore.bots { policy.skipBots = bots }
    if let drafts = layer.drafts { policy.drafts = drafts }
    if let hookBodyFile = layer.hookBodyFile { self.hookBodyFile = hookBodyFile }
    if let xs = layer.sizeClasses["xs"] { sizeClasses.xs = xs }
    if let s = layer.sizeClasses["s"] { sizeClasses.s = s }
    if let m = layer.sizeClasses["m"] { sizeClasses.m = m }
    if let l = layer.sizeClasses["l"] { sizeClasses.l = l }
    if let sections = layer.sections {
      let inherited = self.sections
      self.sections = sections.map { section in
        SectionDefinition(
          name: section.name,
          aliases: section.aliases ?? inherited.first(where: { $0.name == section.name })?.aliases ?? [section.name],
          required: section.required ?? true, minWords: section.minWords ?? 0, acceptsNone: section.acceptsNone)
      }
      sectionsFromTemplate = nil
    }
    if let template = layer.template { self.template = template.value.isEmpty ? nil : template.value }
    apply(rules: layer.rules)
  }

  /// This configuration with `override`'s changes: sections merge by name (a new one is added, a known
  /// one keeps the settings the override does not give), rules merge per key as a file's do.
  mutating func apply(_ override: Override) {
    sections = Self.merging(override.sections, into: sections)
    apply(rules: override.rules)
  }

  /// `sections` with an override's `changes` merged in by name: a change names the section of that name,
  /// else (under `sections: template`) the template's section that stands for the preset section of that
  /// name ("Testing" changes "### How was this tested?"), else it is added; it changes only the settings
  /// it gives. Each change is one lookup: a PR can give thousands of sections and template headings.
  static func merging(_ changes: [ConfigLayer.Section], into sections: [SectionDefinition]) -> [SectionDefinition] {
    guard !changes.isEmpty else { return sections }
    var sections = sections
    // The first section of each normalised name, and of each preset section a template's heading took.
    var byName: [String: Int] = [:]
    var byCanonical: [String: Int] = [:]
    for (index, section) in sections.enumerated() {
      let name = HeadingNormalizer.normalize(section.name)
      if byName[name] == nil { byName[name] = index }
      if let canonical = section.template?.canonical.map(HeadingNormalizer.normalize), byCanonical[canonical] == nil {
        byCanonical[canonical] = index
      }
    }
    for change in changes {
      let key = HeadingNormalizer.normalize(change.name)
      guard let index = byName[key] ?? byCanonical[key] else {
        byName[key] = sections.count
        sections.append(
          SectionDefinition(
            name: change.name, aliases: change.aliases ?? [change.name], required: change.required ?? true,
            minWords: change.minWords ?? 0, acceptsNone: change.acceptsNone))
        continue
      }
      if let aliases = change.aliases { sections[index].aliases = aliases.map(HeadingNormalizer.normalize) }
      if let required = change.required { sections[index].required = required }
      if let minWords = change.minWords { sections[index].minWords = minWords }
      if let acceptsNone = change.acceptsNone { sections[index].acceptsNone = acceptsNone }
    }
    return sections
  }

  private mutating func apply(rules: [(id: String, entry: ConfigLayer.RuleEntry)]) {
    for (id, entry) in rules {
      if let custom = entry.custom {
        // A definition starts afresh, at the severity it gives.
        customRules.removeAll(where: { $0.description.id == id })
        customRules.append(custom)
        ruleSettings[id] = nil
        continue
      }
      var settings = ruleSettings[id] ?? RuleSettings()
      if let severity = entry.severity { settings.severity = severity }
      settings.options.merge(entry.options) { _, new in new }
      ruleSettings[id] = settings
    }
  }
}
