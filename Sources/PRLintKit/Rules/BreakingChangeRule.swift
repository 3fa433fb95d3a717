import PRLintMarkdown

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
      OptionSpec("min-words", .int, default: .int(5), "fewest words describing a break and its migration"),
      OptionSpec("section", .string, default: .string("Breaking change"), "the configured section this rule reads"),
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
      Example(
        """
        BREAKING CHANGE: the config file moved to ~/.config/tool.yml; move yours there.
        """, title: "feat!: move the config file"),
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
      Example(
        """
        ↓BREAKING CHANGE: config.
        """),
    ])

  private let minWords: Int
  private let sectionName: String

  public init(options: RuleOptions, environment: RuleEnvironment) {
    minWords = options.int("min-words")
    sectionName = options.string("section")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let footer = breakingChangeFooter(in: context.document)
    // `type!: …` needs a "!": a title without that byte is not parsed.
    let titleMarksBreak =
      context.input.title.map { $0.utf8.contains(UInt8(ascii: "!")) && ConventionalTitle($0)?.breaking == true }
      ?? false
    guard let section = context.section(named: sectionName), section.status != .missing else {
      // A `BREAKING CHANGE: …` footer that says what breaks is a description of its own.
      if let footer, footer.words < minWords {
        return [
          Finding(
            "the \"BREAKING CHANGE:\" line does not say what breaks: describe the break and the migration in at "
              + "least \(minWords) words", at: footer.position)
        ]
      }
      guard titleMarksBreak, footer == nil else { return [] }
      return [
        Finding(
          "the title marks a breaking change but the description does not say what breaks: add a "
            + "\"## Breaking change\" section describing the break and the migration")
      ]
    }
    if SectionContent.isNegativeAnswer(section.content.words) {
      guard titleMarksBreak || footer != nil else { return [] }
      let marker = titleMarksBreak ? "the title" : "a \"BREAKING CHANGE:\" line"
      return [
        Finding(
          "\(marker) marks a breaking change but the \(section.name) section says it is not one: "
            + "describe what breaks and how to migrate", at: titleMarksBreak ? section.position : footer?.position,
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

  /// A Conventional Commits `BREAKING CHANGE:` (or `BREAKING-CHANGE:`) line, with the words after its colon.
  private func breakingChangeFooter(in document: MarkdownDocument) -> (position: SourcePosition?, words: Int)? {
    // Only text holding "BREAKING" can hold a marker: the test spares the rest cutting into lines.
    // By index: a loop variable would copy each text's arrays and strings.
    for index in document.inlineTexts.indices where Self.holdsBreaking(document.inlineTexts[index].text) {
      for line in document.inlineTexts[index].proseLines()
      where line.text.utf8.count >= 9 && Self.holdsBreaking(line.text) {
        let text = line.text.trimmingWhitespace()
        for marker in ["BREAKING CHANGE:", "BREAKING-CHANGE:"] where text.hasPrefix(marker) {
          return (line.position, Words.split(text.dropFirst(marker.count)).count)
        }
      }
    }
    return nil
  }

  private static func holdsBreaking(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { ByteSearch.contains("BREAKING", in: $0) }
  }
}
