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

  /// `acceptsNone` defaults to true for a section named like "Breaking change".
  public init(name: String, aliases: [String], required: Bool = true, minWords: Int = 0, acceptsNone: Bool? = nil) {
    self.name = name
    self.aliases = aliases.map(HeadingNormalizer.normalize)
    self.required = required
    self.minWords = minWords
    self.acceptsNone = acceptsNone ?? HeadingNormalizer.normalize(name).hasPrefix("breaking")
  }
}
