import PRLintMarkdown

/// The sections a PR template asks for (`sections: template`). Each heading the author is meant to answer
/// under becomes a section, opened by that heading and by the aliases of the preset section the heading
/// would open ("## Description" opens What, so "## Summary" opens the template's Description too). A
/// heading whose text or first comment says it is optional is not required; the rest are.
public struct TemplateSections: Sendable {
  /// Where the template was read from, as reports name it (relative to the repository root when inside it).
  public var path: String
  /// In template order; empty for a template without headings (a checklist, a paragraph of advice).
  public var sections: [SectionDefinition]

  /// - Parameter presetSections: the sections the configuration lists (the default preset's, unless it says
  ///   otherwise), whose aliases, word minimum and "None" answer a matching heading takes.
  public init(text: String, path: String, pseudoHeadings: Bool = true, presetSections: [SectionDefinition]) {
    self.path = path
    let document = MarkdownParser.parse(text, options: MarkdownParser.Options(pseudoHeadings: pseudoHeadings))
    // A PR can change the template: everything below is one pass over its headings, whatever their number.
    var prompts: [Heading] = []
    var seen = Set<String>()
    for heading in document.headings where Self.isPrompt(heading, in: document) {
      if seen.insert(heading.normalized).inserted { prompts.append(heading) }
    }
    var presetByAlias: [String: Int] = [:]
    for (index, section) in presetSections.enumerated() {
      for alias in section.aliases where presetByAlias[alias] == nil { presetByAlias[alias] = index }
    }
    let comments = Comments(document)
    var claimed = Set<String>()
    let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
    sections = prompts.map { heading in
      var canonical = presetByAlias[heading.normalized].map { presetSections[$0] }
      if let name = canonical?.name, !claimed.insert(name).inserted { canonical = nil }
      let comment = comments.first(under: heading)
      let optional = Self.optionalBecause(heading, comment: comment)
      return SectionDefinition(
        name: Self.name(heading), aliases: [heading.text] + (canonical?.aliases.filter { !seen.contains($0) } ?? []),
        required: optional == nil, minWords: canonical?.minWords ?? 0,
        acceptsNone: canonical?.acceptsNone ?? (Self.isQuestion(heading) ? true : nil),
        template: SectionDefinition.TemplateOrigin(
          heading: Self.written(heading, lines: lines), line: heading.position?.line, canonical: canonical?.name,
          optionalBecause: optional, comment: comment))
    }
  }

  // MARK: - Which headings

  /// A heading the author answers under. A pseudo-heading counts only as a label alone in its paragraph
  /// (`**Testing:**`): bold text that starts a paragraph of advice (`**Learn more:** https://…`) is the
  /// template talking, and so is bold text holding a link.
  static func isPrompt(_ heading: Heading, in document: MarkdownDocument) -> Bool {
    guard !heading.normalized.isEmpty else { return false }
    guard heading.kind == .pseudo else { return true }
    let paragraph = document.blocks[heading.blockIndex].content
    return paragraph.words.isEmpty && !paragraph.hasNonTextContent && !heading.text.contains("://")
  }

  /// The heading's text without a closing colon: "Checklist:" names the section Checklist.
  static func name(_ heading: Heading) -> String {
    var name = heading.text
    while name.hasSuffix(":") { name.removeLast() }
    name = name.trimmingWhitespace()
    return name.isEmpty ? heading.text : name
  }

  /// The heading as the template writes it, for a message telling the author to add it back.
  static func written(_ heading: Heading, lines: [Substring]) -> String {
    if heading.kind != .setext, let line = heading.position?.line, line >= 1, line <= lines.count {
      let text = lines[line - 1].trimmingWhitespace()
      if !text.isEmpty { return text }
    }
    return String(repeating: "#", count: min(max(heading.level, 1), 6)) + " " + heading.text
  }

  /// "Does this PR introduce a breaking change?": "No" answers it.
  static func isQuestion(_ heading: Heading) -> Bool {
    let starters: Set<String> = [
      "does", "do", "is", "are", "was", "were", "did", "has", "have", "should", "will", "any",
    ]
    return heading.text.trimmingWhitespace().hasSuffix("?")
      && heading.normalized.split(separator: " ").first.map { starters.contains(String($0)) } == true
  }

  // MARK: - Optional headings

  /// Why the template does not require the section: its heading says "(optional)" or "if applicable", or
  /// the first comment under it (`comment`) does (`<!-- Optional: … -->`, `<!-- Remove this section if not
  /// applicable -->`).
  static func optionalBecause(_ heading: Heading, comment: String?) -> String? {
    if let phrase = optionalPhrase(in: heading.normalized, commentOnly: false) {
      return "its heading says \"\(phrase)\""
    }
    if let note = heading.note, let phrase = optionalPhrase(in: HeadingNormalizer.normalize(note), commentOnly: false) {
      return "its heading says \"\(phrase)\""
    }
    guard let comment else { return nil }
    let words = HeadingNormalizer.normalize(comment)
    return optionalPhrase(in: words, commentOnly: true).map { "the comment under it says \"\($0)\"" }
  }

  /// The words that make a heading or a comment (normalised: lower case, words separated by one space)
  /// say "optional". In a heading, "if applicable" anywhere qualifies the heading; in a comment it must
  /// open the comment, or say to remove the section when it does not apply, since advice about one line
  /// ("which issue is fixed (if applicable)") often mentions it.
  static func optionalPhrase(in normalized: String, commentOnly: Bool) -> String? {
    let words = normalized.split(separator: " ").map(String.init)
    if words.contains("optional") { return "optional" }
    let conditions = [["if", "applicable"], ["if", "any"], ["if", "relevant"], ["if", "needed"]]
    for condition in conditions {
      if commentOnly ? words.starts(with: condition) : contains(words, condition) {
        return condition.joined(separator: " ")
      }
    }
    guard commentOnly else { return nil }
    for phrase in [["if", "not", "applicable"], ["if", "it", "does", "not", "apply"], ["if", "not", "relevant"]]
    where contains(words, phrase) {
      return phrase.joined(separator: " ")
    }
    return nil
  }

  private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard words.count >= phrase.count else { return false }
    return (0...(words.count - phrase.count)).contains { words[$0..<($0 + phrase.count)].elementsEqual(phrase) }
  }

  /// The template's comments by where they are, to find the one under each heading without a search.
  struct Comments {
    let document: MarkdownDocument
    /// The first comment on each line.
    let byLine: [Int: String]
    /// The lines that hold a comment, ascending, with the first comment of each.
    let lines: [(line: Int, text: String)]
    let headingBlocks: Set<Int>

    init(_ document: MarkdownDocument) {
      self.document = document
      var byLine: [Int: String] = [:]
      for comment in document.comments {
        if let line = comment.position?.line, byLine[line] == nil { byLine[line] = comment.text }
      }
      self.byLine = byLine
      lines = byLine.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
      headingBlocks = Set(document.headings.map(\.blockIndex))
    }

    /// The comment on the heading's line, else the first one in the HTML block right under it (before any
    /// text: a comment further down is about what it sits next to).
    func first(under heading: Heading) -> String? {
      guard let line = heading.position?.line else { return nil }
      if let onLine = byLine[line] { return onLine }
      let blocks = document.blocks
      let next = heading.blockIndex + 1
      guard next < blocks.count, blocks[next].kind == .htmlBlock, !headingBlocks.contains(next),
        let start = blocks[next].position?.line
      else { return nil }
      let end = next + 1 < blocks.count ? blocks[next + 1].position?.line ?? Int.max : Int.max
      // The first line holding a comment at or after `start`, by binary search.
      var low = 0
      var high = lines.count
      while low < high {
        let middle = (low + high) / 2
        if lines[middle].line < start { low = middle + 1 } else { high = middle }
      }
      return low < lines.count && lines[low].line < end ? lines[low].text : nil
    }
  }
}
