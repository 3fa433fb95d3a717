/// The Breaking change section answers the question, and agrees with the title.
public struct BreakingChangeRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "breaking-change",
    summary: "the Breaking change section says \"None\" or describes the break and the migration",
    rationale: """
      Users upgrading need to know what breaks and what to do about it; release notes are written from \
      this section. "None" is a fine answer, but not when the title (`feat!:`) or a `BREAKING CHANGE:` \
      line says otherwise.
      """,
    defaultSeverity: .error,
    options: [
      OptionSpec("min-words", .int, default: .int(5), "fewest words describing a break and its migration")
    ],
    passing: [
      Example(
        """
        ## Breaking change
        None — default behaviour unchanged.
        """),
      Example(
        """
        ## Breaking change
        `--fp16` is renamed `--half`; update scripts that pass it.
        """, title: "feat(cli)!: rename --fp16 to --half"),
      Example("No breaking section at all is required-sections' business."),
    ],
    failing: [
      Example(
        """
        ↓## Breaking change
        Yes.
        """),
      Example(
        """
        ↓## Breaking change
        None.
        """, title: "feat!: drop Python 3.8"),
      Example(
        """
        ↓BREAKING CHANGE: the config file moved.

        ## Breaking change
        No.
        """),
      Example("Drops Python 3.8.", title: "feat!: drop Python 3.8"),
    ])

  private let minWords: Int

  public init(options: RuleOptions) {
    minWords = options.int("min-words")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let marker = breakMarker(in: context)
    guard let section = context.breakingChangeSection, section.status != .missing else {
      guard let marker else { return [] }
      return [
        Finding(
          "\(marker.what) marks a breaking change but there is no \"## Breaking change\" section: "
            + "describe what breaks and how to migrate", at: marker.position)
      ]
    }
    if SectionContent.isNegativeAnswer(section.content.words) {
      guard let marker else { return [] }
      return [
        Finding(
          "\(marker.what) marks a breaking change but the \(section.name) section says it is not one: "
            + "describe what breaks and how to migrate", at: marker.position ?? section.position,
          section: section.name)
      ]
    }
    guard section.status == .filled, !section.content.hasNonTextContent, section.realWordCount < minWords else {
      return []
    }
    return [
      Finding(
        "section \"\(section.name)\" does not say what breaks: write \"None\" or describe the break and the "
          + "migration in at least \(minWords) words", at: section.position, section: section.name)
    ]
  }

  /// A Conventional Commits `!` in the title, or a `BREAKING CHANGE:` line in the body.
  private func breakMarker(in context: RuleContext) -> (what: String, position: SourcePosition?)? {
    if let title = context.input.title, ConventionalTitle(title)?.breaking == true {
      return ("the title", nil)
    }
    for line in context.document.proseLines {
      let text = line.text.trimmingWhitespace()
      if text.hasPrefix("BREAKING CHANGE:") || text.hasPrefix("BREAKING-CHANGE:") {
        return ("a \"BREAKING CHANGE:\" line", line.position)
      }
    }
    return nil
  }
}
