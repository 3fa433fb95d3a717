/// The sections a run checks bodies against, and where they came from: the configuration's list, or
/// under `sections: template` the headings of each of the repository's PR templates, of which each body
/// is checked against the one it has most headings of.
public struct SectionPlan: Sendable {
  /// The sections of each template that has headings, in the order templates are found; empty when the
  /// configuration's list applies.
  public var templates: [TemplateSections]
  /// The configuration's list: the sections when `templates` is empty.
  public var configured: [SectionDefinition]
  /// Where `sections: template` was said (a file, or `Configuration.noFile`); nil when the configuration
  /// lists its sections.
  public var fromTemplate: String?
  /// Where the configuration's list was set: a preset or a file.
  public var origin: String
  /// Templates read that have no headings (a checklist, a paragraph of advice), which give no sections.
  public var templatesWithoutHeadings: [String]

  /// - Parameter templates: the repository's PR templates (path and text), read only under
  ///   `sections: template`; otherwise ignored.
  public init(configuration: Configuration, templates: [(path: String, text: String)]) {
    configured = configuration.sections
    fromTemplate = configuration.sectionsFromTemplate.map(configuration.label)
    origin = configuration.label(configuration.sectionsOrigin)
    guard configuration.sectionsFromTemplate != nil else {
      self.templates = []
      templatesWithoutHeadings = []
      return
    }
    let derived = templates.map {
      TemplateSections(
        text: $0.text, path: $0.path, pseudoHeadings: configuration.pseudoHeadings,
        presetSections: configuration.sections)
    }
    self.templates = derived.filter { !$0.sections.isEmpty }
    templatesWithoutHeadings = derived.filter(\.sections.isEmpty).map(\.path)
  }

  /// Every section a body may be checked against.
  public var allSections: [SectionDefinition] {
    templates.isEmpty ? configured : templates.flatMap(\.sections)
  }

  /// Where the sections in force come from, in a sentence for `prlint rules` and `explain`.
  public var summary: String {
    guard let fromTemplate else { return "Sections from \(origin)" }
    let why =
      fromTemplate == Configuration.noFile
      ? "no configuration file: the PR template is the spec" : "sections: template in \(fromTemplate)"
    guard !templates.isEmpty else {
      let none =
        templatesWithoutHeadings.isEmpty
        ? "no PR template was found"
        : "the PR template has no headings (\(templatesWithoutHeadings.joined(separator: ", ")))"
      return "Sections from \(origin) (\(why), but \(none))"
    }
    let paths = templates.map(\.path).joined(separator: ", ")
    let each = templates.count > 1 ? "; each body is checked against the one it has most headings of" : ""
    return "Sections from the PR template\(templates.count > 1 ? "s" : "") \(paths) (\(why)\(each))"
  }
}

extension SectionPlan {
  /// The sections once `overrides` apply, which is after everything else: each override's sections merge
  /// by name into the configuration's list and into each template's sections alike.
  func applying(overrides: [Configuration.Override]) -> SectionPlan {
    var plan = self
    for override in overrides where !override.sections.isEmpty {
      plan.configured = Configuration.merging(override.sections, into: plan.configured)
      for index in plan.templates.indices {
        plan.templates[index].sections = Configuration.merging(override.sections, into: plan.templates[index].sections)
      }
    }
    return plan
  }
}
