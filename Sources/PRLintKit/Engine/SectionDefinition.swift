/// A canonical section the configuration asks for, with the headings that count as it.
public struct SectionDefinition: Sendable, Hashable {
  public var name: String
  /// Normalised with `HeadingNormalizer`, compared by equality.
  public var aliases: [String]
  public var required: Bool
  /// Fewer real words than this and `empty-section` reports the section as too short.
  public var minWords: Int

  public init(name: String, aliases: [String], required: Bool = true, minWords: Int = 0) {
    self.name = name
    self.aliases = aliases.map(HeadingNormalizer.normalize)
    self.required = required
    self.minWords = minWords
  }

  /// The Breaking change section accepts "None" as an answer; it is told apart by its name or aliases.
  public var isBreakingChange: Bool {
    let normalized = HeadingNormalizer.normalize(name)
    return normalized.hasPrefix("breaking") || aliases.contains("breaking change")
  }
}
