import PRLintMarkdown

/// The `.prlint.yml` that `prlint init` writes: the default preset, with every knob shown and explained.
public enum InitTemplate {
  public static let fileName = ".prlint.yml"

  public static var text: String {
    header + listedSections + rules + overrides
  }

  /// The file for a repository whose PR templates `plan` holds: with one that has headings, it says
  /// `sections: template` and shows, as comments, the sections derived from each template, as a list that
  /// could replace it; otherwise it is `text`.
  public static func text(for plan: SectionPlan) -> String {
    guard !plan.templates.isEmpty else { return text }
    return header + templateSections(plan) + rules + overrides
  }

  /// The sections `sections: template` would give in `directory`: from the templates found from its git root.
  public static func sectionPlan(forRepositoryAt directory: String) throws(ConfigurationError) -> SectionPlan {
    var configuration = try ConfigurationLoader.preset("default")
    configuration.sectionsFromTemplate = fileName
    return try Linter(configuration: configuration, environment: RuleEnvironment(workingDirectory: directory))
      .sectionPlan
  }

  private static let header = """
    # prlint configuration. Docs: prlint rules, prlint explain RULE.
    # Builds on a preset (default, strict, minimal) or a relative path to another file.
    extends: default

    # Paragraphs starting with bold text and a colon ("**Why:** ...") open sections like headings.
    # pseudo-headings: true

    # Whether <!-- prlint-disable rule-id -- reason --> and the other directives in a PR body silence rules.
    # inline-disable: true

    # Whose closing-keyword grammar applies: auto (the forge the PR came from), github or gitlab.
    # platform: auto
    # The GitLab instance whose issue URLs count (default: CI_SERVER_URL in GitLab CI, else gitlab.com).
    # gitlab-url: https://gitlab.example.com

    # PRs that are not linted (reported as skipped), and what happens to drafts (skip, warn, check).
    # ignore:
    #   authors: ['dependabot[bot]', 'renovate[bot]', 'github-actions[bot]']
    #   labels: [skip-prlint]
    #   bots: true
    # drafts: warn

    # The largest line count of each size class (XS, S, M, L; above is XL), in JSON and step outputs.
    # size-classes: {xs: 10, s: 100, m: 500, l: 1000}


    """

  private static let listedSections = """
    # The sections a description should have. Listing sections replaces the preset's list.
    # Aliases are compared after normalising (lower case, punctuation and emoji dropped).
    # sections:
    #   - name: What
    #     aliases: [what, summary, description]
    #     required: true
    #     min-words: 5
    #   - name: Testing
    #     aliases: [testing, test plan]
    #     required: true

    """

  private static func templateSections(_ plan: SectionPlan) -> String {
    let paths = plan.templates.map(\.path).joined(separator: ", ")
    var text = """
      # The sections a description should have: the headings of the repository's PR template (\(comment(paths))).
      # Each heading opens its section, and so do the aliases of the preset section it matches; a heading
      # whose text or first comment says it is optional is not required. `prlint rules` lists them.

      """
    if plan.templates.count > 1 {
      text += "# Each body is checked against the template it has most headings of.\n"
    }
    text +=
      "sections: template\n#\n# To choose the sections yourself, replace `template` with a list; derived from the template:\n"
    return text + derivedSections(plan) { _, origin in origin.line.map { "line \($0)" } } + "\n"
  }

  /// The sections derived from each of `plan`'s templates, as a commented-out `sections:` list that could
  /// replace `sections: template` (a template's path before its list when there are several). `where`
  /// says where a heading of the template at a path is (`line 4`), before what else is known of it (whose
  /// aliases it took, why it is optional). `prlint init` and `prlint config` both show them so.
  static func derivedSections(
    _ plan: SectionPlan, where location: (_ path: String, SectionDefinition.TemplateOrigin) -> String?
  ) -> String {
    var text = ""
    for template in plan.templates {
      if plan.templates.count > 1 { text += "# \(comment(template.path)):\n" }
      text += "# sections:\n"
      let lines = sectionLines(template.sections) { section in
        guard let origin = section.template else { return nil }
        var notes = location(template.path, origin).map { [$0] } ?? []
        if let canonical = origin.canonical { notes.append("with \(canonical)'s aliases") }
        if let reason = origin.optionalBecause { notes.append("optional: \(reason)") }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
      }
      text += lines.map { "# " + $0 + "\n" }.joined()
    }
    return text
  }

  /// A `sections:` list as YAML lines, indented by two, every setting given: each section's name, with
  /// `note` as a comment after it, its aliases, whether it is required, and its `min-words` and
  /// `accepts-none` where they differ from what a section of that name has without them. Loaded again, the
  /// lines give the same sections.
  static func sectionLines(_ sections: [SectionDefinition], note: (SectionDefinition) -> String?) -> [String] {
    var lines: [String] = []
    for section in sections {
      lines.append("  - name: \(YAMLText.scalar(section.name))" + (note(section).map { "  # " + comment($0) } ?? ""))
      lines.append("    aliases: \(YAMLText.list(section.aliases))")
      lines.append("    required: \(section.required)")
      if section.acceptsNone != HeadingNormalizer.normalize(section.name).hasPrefix("breaking") {
        lines.append("    accepts-none: \(section.acceptsNone)")
      }
      if section.minWords > 0 { lines.append("    min-words: \(section.minWords)") }
    }
    return lines
  }

  /// `text` made fit for a comment line: no control characters, which would end it or act on a terminal.
  static func comment(_ text: String) -> String {
    TerminalSafe.escape(text)
  }

  /// Every built-in rule with its default severity and options, commented out, from the rules' own
  /// descriptions: the file shows every knob this prlint has, and cannot drift from it.
  private static var rules: String {
    var text = """
      # Every rule takes `severity: error|warning|off` and its own options; these are the defaults.
      # rules:

      """
    for rule in RuleRegistry.descriptions {
      text += "#   \(rule.id):\n#     severity: \(rule.defaultSeverity.rawValue)\n"
      for option in rule.options { text += "#     \(option.key): \(option.defaultValue)\n" }
    }
    return text + """
      #
      # Custom rules need no Swift: require-text or forbid-text, with a regular expression.
      #   no-lorem-ipsum:
      #     kind: forbid-text
      #     pattern: '(?i)lorem ipsum'
      #     message: replace the placeholder text
      #     severity: warning

      """
  }

  /// The `overrides:` example: requirements that depend on the PR.
  static let overrides = """

    # Requirements that depend on the PR: each override applies, in order, after everything above, to
    # the PRs all of whose conditions hold (a list means any of): labels, title-types (the Conventional
    # Commit type of the title), changed-paths (needs the diff's file list), base-branches, authors.
    # Its sections merge into the list by name (add one, or change the settings given; under sections:
    # template, into the template's, where a preset section's name finds the heading that took its
    # aliases); its rules merge per key. JSON names the overrides that applied (.prlint.yml#1, or the
    # override's name:).
    # overrides:
    #   - if: {labels: [bug]}
    #     sections:
    #       - name: Root cause
    #         aliases: [root cause, cause]
    #         required: true
    #   - if: {title-types: [docs, chore], changed-paths: ['docs/**', '*.md']}
    #     sections:
    #       - name: Testing
    #         required: false
    #     rules:
    #       tests-included: off

    """
}
