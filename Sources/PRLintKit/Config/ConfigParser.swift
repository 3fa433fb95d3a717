import PRLintMarkdown
import Yams

/// Reads one YAML configuration text into a validated `ConfigLayer`, or fails with the file, line and
/// column of the first problem. Works on Yams' node tree (not Codable) so every value keeps its position.
struct ConfigParser {
  static let topLevelKeys = [
    "extends", "platform", "pseudo-headings", "inline-disable", "sections", "rules", "ignore", "drafts", "hook",
    "size-classes", "gitlab-url", "overrides", "template",
  ]
  static let sectionKeys = ["name", "aliases", "required", "min-words", "accepts-none"]
  static let customRuleKeys = ["kind", "pattern", "section", "message", "severity"]

  let file: String

  func parse(_ text: String) throws(ConfigurationError) -> ConfigLayer {
    // Before Yams: composing aliases can cost 2^N for N lines (see YAMLAliasScan).
    if let anchor = YAMLAliasScan.firstAnchorOrAlias(in: text) {
      throw ConfigurationError(
        file: file, line: anchor.line, column: anchor.column,
        "YAML anchors and aliases (&name, *name) are not supported: write the value out, or share settings with extends"
      )
    }
    let root: Node?
    do {
      // No tag resolution: the default resolver compiles a dozen regular expressions (and ICU's
      // tables) on first use, a third of a one-body run, for tags prlint never reads; `Node.bool`
      // and `Node.int` look at the text and the explicit tag only. No constructor maps either: they
      // serve `Node.any`, which prlint never reads, and building them cost a tenth of a run. The
      // encoding is given because the default reads the whole process environment to choose one.
      root = try Yams.compose(yaml: text, Resolver.basic, Constructor([:], [:], [:]), .utf8)
    } catch let error as YamlError {
      throw yamlError(error)
    } catch {
      throw ConfigurationError(file: file, "invalid YAML: \(error)")
    }
    guard let root else { return ConfigLayer() }
    guard case .mapping(let mapping) = root else {
      throw fail(root, "expected a mapping of settings (extends, sections, rules) at the top level")
    }
    var layer = ConfigLayer()
    for (keyNode, value) in mapping {
      let key = try string(keyNode, "a setting name")
      switch key {
      case "extends":
        layer.extends = ConfigLayer.Located(
          value: try string(value, "a preset name or a relative path"), line: value.mark?.line,
          column: value.mark?.column)
      case "pseudo-headings":
        layer.pseudoHeadings = try bool(value, "true or false")
      case "inline-disable":
        layer.inlineDisable = try bool(value, "true or false")
      case "sections":
        if case .scalar(let scalar) = value, scalar.string == "template" {
          layer.sectionsFromTemplate = true
        } else {
          layer.sections = try sections(value, orTemplate: true)
        }
      case "template":
        layer.template = ConfigLayer.Located(
          value: try string(value, "the PR template's path, relative to this file"), line: value.mark?.line,
          column: value.mark?.column)
      case "rules":
        layer.rules = try rules(value)
      case "platform":
        layer.platform = try platform(value)
      case "gitlab-url":
        layer.gitLabInstance = try gitLabInstance(value)
      case "ignore":
        layer.ignore = try ignore(value)
      case "drafts":
        layer.drafts = try drafts(value)
      case "hook":
        layer.hookBodyFile = try hookBodyFile(value)
      case "size-classes":
        layer.sizeClasses = try sizeClasses(value)
      case "overrides":
        layer.overrides = try overrides(value)
      default:
        throw fail(keyNode, "unknown setting \"\(key)\": expected one of \(Self.topLevelKeys.joined(separator: ", "))")
      }
      layer.lines[key] = keyNode.mark?.line
      if key == "ignore" || key == "hook" || key == "size-classes", case .mapping(let settings) = value {
        for (setting, _) in settings { layer.lines[key + "." + (setting.string ?? "")] = setting.mark?.line }
      }
    }
    return layer
  }

  // MARK: - Sections

  /// A list of sections; `orTemplate` when `sections: template` could stand in its place (at the top level,
  /// not in an override, whose sections merge into those in force).
  func sections(_ node: Node, orTemplate: Bool = false) throws(ConfigurationError) -> [ConfigLayer.Section] {
    guard case .sequence(let sequence) = node else {
      throw fail(
        node,
        "expected a list of sections, each with a name and aliases"
          + (orTemplate ? ", or template (the PR template's headings)" : ""))
    }
    var definitions: [ConfigLayer.Section] = []
    for item in sequence {
      guard case .mapping(let mapping) = item else {
        throw fail(item, "expected a section: a mapping with name, aliases, required, min-words")
      }
      var name: String? = nil
      var aliases: [String]? = nil
      var aliasesNode: Node? = nil
      var required: Bool? = nil
      var minWords: Int? = nil
      var acceptsNone: Bool? = nil
      for (keyNode, value) in mapping {
        switch try string(keyNode, "a section setting") {
        case "name": name = try string(value, "the section's name")
        case "aliases":
          aliases = try strings(value)
          aliasesNode = value
        case "required": required = try bool(value, "true or false")
        case "min-words": minWords = try count(value)
        case "accepts-none": acceptsNone = try bool(value, "true or false")
        case let key:
          throw fail(
            keyNode, "unknown section setting \"\(key)\": expected one of \(Self.sectionKeys.joined(separator: ", "))")
        }
      }
      guard let name, !name.trimmingWhitespace().isEmpty else {
        throw fail(item, "a section needs a name")
      }
      // Headings are compared by their words (see HeadingNormalizer): text with none opens nothing.
      for alias in aliases ?? [name] where HeadingNormalizer.normalize(alias).isEmpty {
        throw fail(
          aliasesNode ?? item,
          "section \"\(Self.visible(name))\" would be opened by \"\(Self.visible(alias))\", which has no letters or digits: "
            + "expected the words of a heading")
      }
      definitions.append(
        ConfigLayer.Section(
          name: name, aliases: aliases, required: required, minWords: minWords, acceptsNone: acceptsNone))
    }
    return definitions
  }

  // MARK: - Rules

  func rules(_ node: Node) throws(ConfigurationError) -> [(id: String, entry: ConfigLayer.RuleEntry)] {
    guard case .mapping(let mapping) = node else {
      throw fail(node, "expected a mapping from rule id to its settings")
    }
    var entries: [(String, ConfigLayer.RuleEntry)] = []
    for (keyNode, value) in mapping {
      let id = try string(keyNode, "a rule id")
      var entry: ConfigLayer.RuleEntry
      if let description = RuleRegistry.description(id: id) {
        entry = try builtinRule(description, value)
      } else if case .mapping(let settings) = value, settings.keys.contains(where: { $0.string == "kind" }) {
        entry = try customRule(id, value)
      } else {
        entry = try inheritedCustomRule(id, keyNode, value)
      }
      entry.line = keyNode.mark?.line
      entries.append((id, entry))
    }
    return entries
  }

  private func builtinRule(_ description: RuleDescription, _ node: Node) throws(ConfigurationError)
    -> ConfigLayer.RuleEntry
  {
    var entry = ConfigLayer.RuleEntry()
    if case .scalar = node {
      entry.severity = try severity(node)  // `title: off` as shorthand
      return entry
    }
    guard case .mapping(let mapping) = node else {
      throw fail(node, "expected the settings of rule \(description.id) (severity and options) or a severity")
    }
    for (keyNode, value) in mapping {
      let key = try string(keyNode, "an option name")
      if key == "severity" {
        entry.severity = try severity(value)
        continue
      }
      guard let spec = description.options.first(where: { $0.key == key }) else {
        let known = (["severity"] + description.options.map(\.key)).joined(separator: ", ")
        throw fail(keyNode, "unknown option \"\(key)\" for rule \(description.id): expected one of \(known)")
      }
      entry.options[key] = try optionValue(spec, value, rule: description.id)
      entry.optionLines[key] = keyNode.mark?.line
      if spec.kind == .path, case .string(let path) = entry.options[key] {
        entry.paths[key] = ConfigLayer.Located(value: path, line: value.mark?.line, column: value.mark?.column)
      }
      if spec.kind == .sectionNames, case .sequence(let names) = value {
        entry.sectionReferences += names.map { name in
          ConfigLayer.Located(value: name.string ?? "", line: name.mark?.line, column: name.mark?.column)
        }
      }
    }
    return entry
  }

  /// A severity for a custom rule defined in an extended file (`no-lorem: off`); whether that rule
  /// exists is checked once the extended configuration is known.
  private func inheritedCustomRule(_ id: String, _ keyNode: Node, _ value: Node) throws(ConfigurationError)
    -> ConfigLayer.RuleEntry
  {
    var entry = ConfigLayer.RuleEntry(
      inheritedCustomRule: ConfigLayer.Located(value: id, line: keyNode.mark?.line, column: keyNode.mark?.column))
    if case .mapping(let mapping) = value {
      for (key, setting) in mapping {
        guard key.string == "severity" else { throw Self.unknownRule(id, at: fail(keyNode, "")) }
        entry.severity = try severity(setting)
      }
    } else if case .scalar = value {
      entry.severity = try severity(value)
    } else {
      throw Self.unknownRule(id, at: fail(keyNode, ""))
    }
    return entry
  }

  static func unknownRule(_ id: String, at location: ConfigurationError, customRules: [String] = [])
    -> ConfigurationError
  {
    var error = location
    let known = (RuleRegistry.descriptions.map(\.id) + customRules).joined(separator: ", ")
    error.message =
      "unknown rule id \"\(id)\": expected one of \(known), or a custom rule with kind: require-text or forbid-text"
    return error
  }

  private func customRule(_ id: String, _ node: Node) throws(ConfigurationError) -> ConfigLayer.RuleEntry {
    guard case .mapping(let mapping) = node else { throw fail(node, "expected a mapping") }
    var kind: TextPatternRule.Kind? = nil
    var pattern: UserPattern? = nil
    var section: ConfigLayer.Located<String>? = nil
    var message: String? = nil
    var severity = Severity.error
    for (keyNode, value) in mapping {
      switch try string(keyNode, "a custom rule setting") {
      case "kind":
        let written = try string(value, "require-text or forbid-text")
        guard let parsed = TextPatternRule.Kind(rawValue: written) else {
          throw fail(value, "unknown kind \"\(written)\" for rule \(id): expected require-text or forbid-text")
        }
        kind = parsed
      case "pattern": pattern = try regex(value)
      case "section":
        section = ConfigLayer.Located(
          value: try string(value, "a section name"), line: value.mark?.line, column: value.mark?.column)
      case "message": message = try string(value, "the message to report")
      case "severity": severity = try self.severity(value)
      case let key:
        throw fail(
          keyNode,
          "unknown setting \"\(key)\" for custom rule \(id): expected one of \(Self.customRuleKeys.joined(separator: ", "))"
        )
      }
    }
    guard let kind, let pattern else { throw fail(node, "custom rule \(id) needs both kind and pattern") }
    let defaultMessage =
      kind == .requireText
      ? "the description must match `\(pattern.source)`" : "remove text matching `\(pattern.source)`"
    let rule = TextPatternRule(
      id: id, kind: kind, pattern: pattern, section: section?.value, message: message ?? defaultMessage,
      severity: severity)
    return ConfigLayer.RuleEntry(custom: rule, sectionReferences: section.map { [$0] } ?? [])
  }

  private func optionValue(_ spec: OptionSpec, _ node: Node, rule: String) throws(ConfigurationError) -> OptionValue {
    switch spec.kind {
    case .bool: return .bool(try bool(node, "true or false for \(rule).\(spec.key)"))
    case .int: return .int(try count(node))
    case .string: return .string(try string(node, "a string for \(rule).\(spec.key)"))
    case .strings: return .strings(try strings(node))
    case .pattern: return .string(try regex(node).source)
    case .path: return .string(try string(node, "a file path for \(rule).\(spec.key)"))
    case .sectionNames: return .strings(try strings(node))
    case .patterns:
      guard case .sequence(let sequence) = node else { throw fail(node, "expected a list of regular expressions") }
      var sources: [String] = []
      for item in sequence { sources.append(try regex(item).source) }
      return .strings(sources)
    }
  }

  // MARK: - Scalars

  func string(_ node: Node, _ expected: String) throws(ConfigurationError) -> String {
    guard case .scalar(let scalar) = node else { throw fail(node, "expected \(expected)") }
    return scalar.string
  }

  func bool(_ node: Node, _ expected: String) throws(ConfigurationError) -> Bool {
    guard case .scalar = node, let value = node.bool else { throw fail(node, "expected \(expected)") }
    return value
  }

  func count(_ node: Node) throws(ConfigurationError) -> Int {
    guard case .scalar(let scalar) = node, let value = Self.int(scalar), value >= 0 else {
      throw fail(node, "expected a whole number of 0 or more, got \(describe(node))")
    }
    return value
  }

  /// A count as written: plain decimal digits (no sign, `_`, radix prefix, leading zero or YAML 1.1
  /// base-60 `1:30`, whose parsing in Yams traps on overflow), and small enough for an `Int`.
  static func int(_ scalar: Node.Scalar) -> Int? {
    let digits = scalar.string.utf8
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), digits.count == 1 || digits.first != UInt8(ascii: "0")
    else { return nil }
    return Int(scalar.string)
  }

  func strings(_ node: Node) throws(ConfigurationError) -> [String] {
    guard case .sequence(let sequence) = node else { throw fail(node, "expected a list of strings") }
    var values: [String] = []
    for item in sequence { values.append(try string(item, "a string")) }
    return values
  }

  private func severity(_ node: Node) throws(ConfigurationError) -> Severity {
    // YAML 1.1 reads a bare `off` as false; accept it as the severity it was meant to be.
    if case .scalar(let scalar) = node, let severity = Severity(rawValue: scalar.string.lowercased()) {
      return severity
    }
    throw fail(node, "expected a severity: error, warning or off, got \(describe(node))")
  }

  private func regex(_ node: Node) throws(ConfigurationError) -> UserPattern {
    let source = try string(node, "a regular expression")
    do {
      return try UserPattern(source)
    } catch {
      throw fail(node, "invalid regular expression \"\(source)\"")
    }
  }

  // MARK: - Errors

  /// Text with its invisible characters (format and control: zero-width spaces, bidi marks) shown as
  /// `\u{200B}`, for a message about text that looks empty.
  static func visible(_ text: String) -> String {
    var shown = ""
    for scalar in text.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .format, .control: shown += TerminalSafe.visibleEscape(scalar)
      default: shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }

  private func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): "\"\(scalar.string)\""
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }

  func fail(_ node: Node, _ message: String) -> ConfigurationError {
    ConfigurationError(file: file, line: node.mark?.line, column: node.mark?.column, message)
  }

  /// libyaml's words for a problem, without its own API (`set with yaml_set_max_nest_level()`).
  static func plain(_ problem: String) -> String {
    if problem.hasPrefix("Maximum nesting level reached") {
      return "nested too deeply: expected a configuration a few levels deep"
    }
    return problem
  }

  private func yamlError(_ error: YamlError) -> ConfigurationError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return ConfigurationError(
        file: file, line: mark.line, column: mark.column, "invalid YAML: \(Self.plain(problem))")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ConfigurationError(
        file: file, line: context.mark.line, column: context.mark.column,
        "duplicate key \(duplicates.joined(separator: ", ")): each setting may appear once")
    case .reader(let problem, _, _, _):
      return ConfigurationError(file: file, "invalid YAML: \(problem)")
    default:
      return ConfigurationError(file: file, "invalid YAML: \(error)")
    }
  }
}
