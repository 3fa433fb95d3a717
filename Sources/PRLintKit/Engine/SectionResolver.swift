import PRLintMarkdown

/// Finds each configured section in a document, once per lint: where it starts, the blocks it covers,
/// what it holds and whether it is missing, empty or filled. Rules read the result; none resolves a
/// section again.
struct SectionResolver: Sendable {
  let definitions: [SectionDefinition]
  /// With many sections, each alias's first definition, so that nothing costs sections × headings (a
  /// PR can change `.prlint.yml`: 3,000 sections against 40,000 headings once took 43 s). A handful of
  /// sections compare faster than they hash: then nil.
  private let firstDefinitionByAlias: [String: Int]?
  static let indexedFrom = 9

  init(_ definitions: [SectionDefinition]) {
    self.definitions = definitions
    guard definitions.count >= Self.indexedFrom else {
      firstDefinitionByAlias = nil
      return
    }
    var table: [String: Int] = [:]
    for (index, definition) in definitions.enumerated() {
      for alias in definition.aliases where table[alias] == nil { table[alias] = index }
    }
    firstDefinitionByAlias = table
  }

  /// The configured sections as `document` has them.
  func resolve(in document: MarkdownDocument) -> [SectionReport] {
    // The first heading that opens each section; a heading naming two sections opens both.
    let openings = firstDefinitionByAlias == nil ? nil : Self.firstHeadings(in: document)
    return definitions.map { definition in
      let opening =
        openings.map { first in definition.aliases.compactMap { first[$0] }.min() }
        ?? document.headings.firstIndex(where: { definition.aliases.contains($0.normalized) })
      guard let index = opening else { return SectionReport(definition: definition) }
      let heading = document.headings[index]
      let blocks = Self.blockRange(ofHeadingAt: index, in: document)
      var content = ContentSummary()
      for block in document.blocks[blocks] { content.append(block.content) }
      let status: SectionStatus =
        SectionContent.isEmpty(content, acceptsNone: definition.acceptsNone) ? .empty : .filled
      return SectionReport(
        definition: definition, heading: heading.text, position: heading.position, headingIndex: index,
        blocks: blocks, status: status, content: content)
    }
  }

  /// The configured section a heading's text names (the first, when several share the alias).
  func sectionName(of heading: Heading) -> String? {
    if let firstDefinitionByAlias { return firstDefinitionByAlias[heading.normalized].map { definitions[$0].name } }
    return definitions.first(where: { $0.aliases.contains(heading.normalized) })?.name
  }

  /// Each normalised heading text with the index of its first heading.
  private static func firstHeadings(in document: MarkdownDocument) -> [String: Int] {
    var first: [String: Int] = [:]
    for (index, heading) in document.headings.enumerated() where first[heading.normalized] == nil {
      first[heading.normalized] = index
    }
    return first
  }

  /// The blocks a section covers, its heading's block first (a heading block itself holds no content, a
  /// pseudo-heading's paragraph holds the text after its label). A heading's section runs to the next
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
