import PRLintMarkdown

/// A section that is there must say something: not only a template prompt, a placeholder or nothing.
public struct EmptySectionRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "empty-section",
    summary: "sections that are present hold real content",
    rationale: """
      A heading left under a template's comment, or answered with "TODO" or "N/A", looks complete at a \
      glance and tells the reviewer nothing. HTML comments, whitespace and placeholder words \
      (TODO, TBD, ..., N/A, -, none) do not count; text, lists, code, images, links and task items do, \
      though an image without alt text or a link without text does not. For Breaking change an explicit \
      "None" is a real answer. Under `sections: template`, a section the template marks optional may be \
      left as the template had it: the heading is the template's, not the author's.
      """,
    defaultSeverity: .error,
    options: [
      OptionSpec(
        "min-words", .int, default: .int(0),
        "fewer real words than this in a section is reported as too short (a section's own min-words wins)")
    ],
    passing: [
      Example(
        """
        ## Testing
        Ran `swift test` and linted 258 real PR bodies.
        """),
      Example(
        """
        ## Breaking change
        None.
        """),
      Example(
        """
        ## Testing
        - [x] unit tests
        """),
    ],
    failing: [
      Example(
        """
        ↓## Testing
        <!-- Describe how you tested this change. -->
        """),
      Example(
        """
        ↓## Why
        TODO

        ## Testing
        Ran the suite.
        """),
      Example(
        """
        ↓## Testing
        ```release-note
        ```
        """),
      Example(
        """
        ↓## Testing
        ![](screenshot.png)
        """),
      Example(
        """
        ↓## Why
        Speed.
        """, options: ["min-words": .int(3)]),
    ],
    readsSections: true)

  private let minWords: Int

  public init(options: RuleOptions, environment: RuleEnvironment) {
    minWords = options.int("min-words")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    context.sections.compactMap { section in
      switch section.status {
      case .missing:
        return nil
      case .empty:
        // An optional heading of the PR template, left empty, is the template's own; a preset's optional
        // section that is there was written by the author.
        guard section.definition.required || section.definition.template == nil else { return nil }
        return Finding(
          "section \"\(section.name)\" is empty: replace the template text with a real answer",
          at: section.position, section: section.name)
      case .filled:
        let required = section.definition.minWords > 0 ? section.definition.minWords : minWords
        // Counted only up to what is required: a long section need not have every word checked.
        let words = section.content.words.lazy.filter { !Words.isPlaceholder($0) }.prefix(required).count
        guard words < required, !section.content.hasNonTextContent,
          !(section.definition.acceptsNone && SectionContent.isNegativeAnswer(section.content.words))
        else { return nil }
        return Finding(
          "section \"\(section.name)\" has \(words) word\(words == 1 ? "" : "s"): write at least \(required)",
          at: section.position, section: section.name)
      }
    }
  }
}
