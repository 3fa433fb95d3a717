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
  /// Index into the document's headings of the heading that opens the section; nil when missing.
  public var headingIndex: Int?
  /// The document's top-level blocks the section covers, its heading's first; nil when missing.
  public var blocks: Range<Int>?
  public var status: SectionStatus
  public var content: ContentSummary

  /// A section the body does not have.
  public init(definition: SectionDefinition) {
    self.init(definition: definition, status: .missing, content: ContentSummary())
  }

  public init(
    definition: SectionDefinition, heading: String? = nil, position: SourcePosition? = nil, headingIndex: Int? = nil,
    blocks: Range<Int>? = nil, status: SectionStatus, content: ContentSummary
  ) {
    self.definition = definition
    self.heading = heading
    self.position = position
    self.headingIndex = headingIndex
    self.blocks = blocks
    self.status = status
    self.content = content
  }

  public var name: String { definition.name }
  /// Words that are not template placeholders.
  public var realWordCount: Int { content.words.count(where: { !Words.isPlaceholder($0) }) }
}
