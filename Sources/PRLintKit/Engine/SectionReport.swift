import PRLintMarkdown

/// Whether a configured section is there and says something.
public enum SectionStatus: String, Sendable, Hashable, Codable {
  case missing, empty, filled
}

/// A configured canonical section (What, Why, …) as found in one body.
public struct SectionReport: Sendable, Hashable {
  public var definition: SectionDefinition
  /// The heading as written, nil when missing.
  public var heading: String?
  public var position: SourcePosition?
  public var status: SectionStatus
  public var content: ContentSummary

  public var name: String { definition.name }
  /// Words that are not template placeholders.
  public var realWordCount: Int { content.words.count(where: { !Words.isPlaceholder($0) }) }
}
