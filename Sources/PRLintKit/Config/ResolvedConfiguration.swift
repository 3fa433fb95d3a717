import PRLintMarkdown

/// `prlint config`: the configuration a run resolves, as a prlint configuration file, every value
/// spelled out, with where each came from as a comment (`# preset default`, `# .prlint.yml:4`,
/// `# extends base.yml:7`, `# default` for a rule's or prlint's own default). Saved as `.prlint.yml` at
/// the git root, it configures prlint as the files it was resolved from do. Strings go through Yams
/// (`YAMLText`); comments and the rest are made inert for the terminal.
public struct ResolvedConfiguration {
  let configuration: Configuration
  let plan: SectionPlan
  /// The git root of the working directory, which paths are written relative to; nil outside git.
  let root: String?

  public init(_ configuration: Configuration, plan: SectionPlan, workingDirectory: String) {
    self.configuration = configuration
    self.plan = plan
    root = PathText.gitRoot(of: workingDirectory)
  }

  public var yaml: String {
    var lines = [
      "# The configuration prlint resolves here (\(configuration.origin)), every value with where it came from;",
      "# \"default\" is prlint's own. Saved as .prlint.yml at the git root, it configures prlint the same way.",
      "extends: \(YAMLText.plain(configuration.preset))  # the preset it builds on",
    ]
    lines += settings
    lines += sections
    lines.append("rules:")
    lines += rules
    lines += overrides
    return TerminalSafe.escapeLines(lines.joined(separator: "\n") + "\n")
  }

  // MARK: - Settings

  private var settings: [String] {
    let policy = configuration.policy
    let sizes = configuration.sizeClasses
    var lines = [
      line("pseudo-headings: \(configuration.pseudoHeadings)", "pseudo-headings"),
      line("inline-disable: \(configuration.inlineDisable)", "inline-disable"),
      line("platform: \(configuration.platform?.rawValue ?? "auto")", "platform"),
    ]
    if let instance = configuration.gitLabInstance {
      lines.append(line("gitlab-url: \(YAMLText.scalar(instance.url))", "gitlab-url"))
    } else {
      lines.append("# gitlab-url: not set: CI_SERVER_URL in GitLab CI, else https://gitlab.com")
    }
    lines += [
      "ignore:",
      line("  authors: \(YAMLText.list(policy.ignoredAuthors))", "ignore.authors"),
      line("  labels: \(YAMLText.list(policy.ignoredLabels))", "ignore.labels"),
      line("  bots: \(policy.skipBots)", "ignore.bots"),
      line("drafts: \(policy.drafts.rawValue)", "drafts"),
    ]
    if let bodyFile = configuration.hookBodyFile {
      lines += ["hook:", line("  body-file: \(YAMLText.scalar(bodyFile))", "hook.body-file")]
    }
    lines += [
      "size-classes:",
      line("  xs: \(sizes.xs)", "size-classes.xs"), line("  s: \(sizes.s)", "size-classes.s"),
      line("  m: \(sizes.m)", "size-classes.m"), line("  l: \(sizes.l)", "size-classes.l"),
    ]
    if let template = configuration.template {
      lines.append(line("template: \(YAMLText.scalar(path(template)))", "template"))
    }
    return lines
  }

  // MARK: - Sections

  private var sections: [String] {
    let origin = configuration.topLevelOrigins["sections"]
    guard let fromTemplate = configuration.sectionsFromTemplate else {
      return [line("sections:", origin: origin)] + InitTemplate.sectionLines(configuration.sections) { _ in nil }
    }
    var lines = [
      fromTemplate == Configuration.noFile
        ? "sections: template  # default: no configuration file, so the PR template is the spec"
        : line("sections: template", origin: origin)
    ]
    if plan.templates.isEmpty {
      // Without a template with headings, the configuration's list applies.
      let why = plan.templatesWithoutHeadings.isEmpty ? "no PR template was found" : "the PR template has no headings"
      lines.append("# \(why), so these sections (\(label(SettingOrigin(file: configuration.sectionsOrigin)))) apply:")
      lines += ["# sections:"] + InitTemplate.sectionLines(configuration.sections) { _ in nil }.map { "# " + $0 }
    } else {
      lines.append("# The sections derived from the PR template:")
      let derived = InitTemplate.derivedSections(plan) { path, origin in
        "template \(path)" + (origin.line.map { ":\($0)" } ?? "")
      }
      lines += derived.split(separator: "\n").map(String.init)
    }
    return lines
  }

  // MARK: - Rules

  private var rules: [String] {
    var lines: [String] = []
    for description in RuleRegistry.descriptions {
      lines.append("  \(description.id):")
      lines.append(
        line("    severity: \(configuration.severity(of: description).rawValue)", rule: description.id))
      let options = configuration.options(of: description)
      for option in description.options {
        guard let value = options.values[option.key] else { continue }
        if option.kind == .pattern, value == .string("") {
          // No pattern, which no file can write: '' is no regular expression.
          lines.append("    # \(option.key): not set  # default")
          continue
        }
        lines.append(
          line("    \(option.key): \(yaml(value, kind: option.kind))", rule: "\(description.id).\(option.key)"))
      }
    }
    for case let custom as TextPatternRule in configuration.customRules {
      let severity = configuration.severity(of: custom.description)
      lines.append(line("  \(YAMLText.plain(custom.id)):", rule: custom.id))
      lines += definition(custom, severity: severity, indent: "    ")
    }
    return lines
  }

  private func definition(_ rule: TextPatternRule, severity: Severity, indent: String) -> [String] {
    var lines = ["kind: \(rule.kind.rawValue)", "pattern: \(YAMLText.scalar(rule.pattern.source))"]
    if let section = rule.section { lines.append("section: \(YAMLText.scalar(section))") }
    lines += ["message: \(YAMLText.scalar(rule.message))", "severity: \(severity.rawValue)"]
    return lines.map { indent + $0 }
  }

  private func yaml(_ value: OptionValue, kind: OptionSpec.Kind) -> String {
    switch value {
    case .bool(let value): String(value)
    case .int(let value): String(value)
    case .string(let value): YAMLText.scalar(kind == .path && !value.isEmpty ? path(value) : value)
    case .strings(let values): YAMLText.list(values)
    }
  }

  // MARK: - Overrides

  /// The overrides the files add; a preset's come with `extends`.
  private var overrides: [String] {
    let written = configuration.overrides.filter { !$0.origin.file.hasPrefix("preset ") }
    guard !written.isEmpty else { return [] }
    var lines = ["overrides:"]
    for override in written {
      lines.append(line("  - name: \(YAMLText.scalar(override.name))", origin: override.origin))
      lines.append("    if:")
      for (kind, values) in override.conditions.written {
        lines.append("      \(kind.rawValue): \(YAMLText.list(values))")
      }
      if !override.sections.isEmpty {
        lines.append("    sections:")
        for section in override.sections {
          lines.append("      - name: \(YAMLText.scalar(section.name))")
          if let aliases = section.aliases { lines.append("        aliases: \(YAMLText.list(aliases))") }
          if let required = section.required { lines.append("        required: \(required)") }
          if let minWords = section.minWords { lines.append("        min-words: \(minWords)") }
          if let acceptsNone = section.acceptsNone { lines.append("        accepts-none: \(acceptsNone)") }
        }
      }
      if !override.rules.isEmpty {
        lines.append("    rules:")
        for (id, entry) in override.rules {
          lines.append("      \(YAMLText.plain(id)):")
          if let custom = entry.custom {
            lines += definition(custom, severity: custom.description.defaultSeverity, indent: "        ")
            continue
          }
          if let severity = entry.severity { lines.append("        severity: \(severity.rawValue)") }
          let specs = RuleRegistry.description(id: id)?.options ?? []
          for key in entry.options.keys.sorted() {
            let kind = specs.first { $0.key == key }?.kind ?? .string
            lines.append("        \(key): \(yaml(entry.options[key]!, kind: kind))")
          }
        }
      }
    }
    return lines
  }

  // MARK: - Origins

  /// `text`, then where the top-level setting `key` came from.
  private func line(_ text: String, _ key: String) -> String {
    line(text, origin: configuration.topLevelOrigins[key])
  }

  /// `text`, then where the rule setting `key` (`title`, `title.conventional`) came from.
  private func line(_ text: String, rule key: String) -> String {
    line(
      text,
      origin: configuration.settingOrigins[key].map { SettingOrigin(file: $0, line: configuration.settingLines[key]) })
  }

  private func line(_ text: String, origin: SettingOrigin?) -> String {
    "\(text)  # \(origin.map(label) ?? "default")"
  }

  /// `preset default`, `.prlint.yml:4` for the configuration's own file, `extends base.yml:7` for a file
  /// it extends.
  private func label(_ origin: SettingOrigin) -> String {
    guard !origin.file.hasPrefix("preset ") else { return origin.file }
    let absolute = PathText.standardized(origin.file)
    let located = path(absolute) + (origin.line.map { ":\($0)" } ?? "")
    guard configuration.file != nil, absolute != configuration.file else { return located }
    return "extends " + located
  }

  /// An absolute path relative to the git root when it is inside it, as configuration paths are written.
  private func path(_ absolute: String) -> String {
    root.flatMap { PathText.relative(absolute, to: $0) } ?? absolute
  }
}
