import PRLintMarkdown

/// A canonical section the configuration asks for, with the headings that count as it.
public struct SectionDefinition: Sendable, Hashable {
  public var name: String
  /// Normalised with `HeadingNormalizer`, compared by equality.
  public var aliases: [String]
  public var required: Bool
  /// Fewer real words than this and `empty-section` reports the section as too short.
  public var minWords: Int
  /// Whether "None", "No", "N/A" or "Not breaking" answers the section, as for Breaking change.
  public var acceptsNone: Bool
  /// Set for a section made from a heading of the repository's PR template (`sections: template`).
  public var template: TemplateOrigin?

  /// Where a section made from a PR template's heading came from, for messages and `prlint rules`.
  public struct TemplateOrigin: Sendable, Hashable {
    /// The heading's line as the template writes it (`### Motivation`, `**Testing:**`).
    public var heading: String
    public var line: Int?
    /// The preset section whose aliases it took ("## Description" takes What's), which rules that read a
    /// section by name (`breaking-change` reads Breaking change) also find it by.
    public var canonical: String?
    /// Why it is not required, in a few words (`its heading says "(optional)"`); nil when it is.
    public var optionalBecause: String?
    /// The comment the template has on the heading's line or right under it (its text, without `<!--`
    /// and `-->`): what `prlint fix` writes under the heading when it adds the section back.
    public var comment: String?

    public init(
      heading: String, line: Int? = nil, canonical: String? = nil, optionalBecause: String? = nil,
      comment: String? = nil
    ) {
      self.heading = heading
      self.line = line
      self.canonical = canonical
      self.optionalBecause = optionalBecause
      self.comment = comment
    }
  }

  /// `acceptsNone` defaults to true for a section named like "Breaking change".
  public init(
    name: String, aliases: [String], required: Bool = true, minWords: Int = 0, acceptsNone: Bool? = nil,
    template: TemplateOrigin? = nil
  ) {
    self.name = name
    self.aliases = aliases.map(HeadingNormalizer.normalize)
    self.required = required
    self.minWords = minWords
    self.acceptsNone = acceptsNone ?? HeadingNormalizer.normalize(name).hasPrefix("breaking")
    self.template = template
  }

  /// Whether a rule that reads the section called `name` reads this one: by its name, or for a template's
  /// section by the preset section it stands for.
  public func answers(to name: String) -> Bool {
    self.name == name || template?.canonical == name
  }
}
