import PRLintMarkdown

/// Finds each configured section in a document and decides whether it is missing, empty or filled.
enum SectionResolver {
  static func resolve(_ definitions: [SectionDefinition], in document: MarkdownDocument) -> [SectionReport] {
    definitions.map { definition in
      guard let index = headingIndex(of: definition, in: document) else {
        return SectionReport(
          definition: definition, heading: nil, position: nil, status: .missing, content: ContentSummary())
      }
      let heading = document.headings[index]
      let content = content(ofHeadingAt: index, in: document)
      let status: SectionStatus =
        SectionContent.isEmpty(content, acceptsNone: definition.acceptsNone) ? .empty : .filled
      return SectionReport(
        definition: definition, heading: heading.text, position: heading.position, status: status, content: content)
    }
  }

  /// The first heading that opens the section: when several match, the first counts.
  static func headingIndex(of definition: SectionDefinition, in document: MarkdownDocument) -> Int? {
    document.headings.firstIndex(where: { definition.aliases.contains($0.normalized) })
  }

  /// Everything in the section; a heading block itself holds no content, a pseudo-heading's
  /// paragraph holds the text after its label.
  static func content(ofHeadingAt index: Int, in document: MarkdownDocument) -> ContentSummary {
    var content = ContentSummary()
    for block in document.blocks[blockRange(ofHeadingAt: index, in: document)] {
      content.append(block.content)
    }
    return content
  }

  /// The blocks a section covers, its heading's block first. A heading's section runs to the next
  /// heading of the same or a higher level; a pseudo-heading's to the next heading or pseudo-heading.
  static func blockRange(ofHeadingAt index: Int, in document: MarkdownDocument) -> Range<Int> {
    let heading = document.headings[index]
    let later = document.headings[(index + 1)...]
    let end =
      heading.kind == .pseudo
      ? later.first?.blockIndex ?? document.blocks.count
      : later.first(where: { $0.kind != .pseudo && $0.level <= heading.level })?.blockIndex ?? document.blocks.count
    return heading.blockIndex..<max(heading.blockIndex, end)
  }
}

/// What counts as saying something in a section.
public enum SectionContent {
  /// Answers to "is this a breaking change?" that mean no: a real answer, not a blank.
  static let negativeAnswers: [[String]] = [["none"], ["no"], ["n/a"], ["na"], ["not", "breaking"], ["nope"]]

  /// Empty: nothing but placeholders and punctuation, and no code, image, link or task.
  public static func isEmpty(_ content: ContentSummary, acceptsNone: Bool) -> Bool {
    if content.hasNonTextContent { return false }
    if acceptsNone, isNegativeAnswer(content.words) { return false }
    return content.words.allSatisfy(Words.isPlaceholder)
  }

  /// "None", "No", "N/A", "Not breaking", "No breaking changes", with or without more words.
  public static func isNegativeAnswer(_ words: some Collection<String>) -> Bool {
    let leading = words.prefix(2).map(Words.normalized)
    return negativeAnswers.contains { answer in leading.starts(with: answer) }
  }
}
