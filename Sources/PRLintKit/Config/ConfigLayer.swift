/// One configuration file (or preset) as written, validated but not yet merged with what it extends.
struct ConfigLayer {
  struct Located<Value> {
    var value: Value
    var line: Int?
    var column: Int?
  }

  struct RuleEntry {
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
  }

  /// A section as written; `aliases` nil means "the aliases of the section of that name it replaces".
  struct Section {
    var name: String
    var aliases: [String]?
    var required: Bool
    var minWords: Int
    var acceptsNone: Bool?
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
          required: section.required, minWords: section.minWords, acceptsNone: section.acceptsNone)
      }
      sectionsFromTemplate = nil
    }
    if let template = layer.template { self.template = template.value.isEmpty ? nil : template.value }
    for (id, entry) in layer.rules {
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
