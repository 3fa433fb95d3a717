import PRLintMarkdown

/// Text the author was meant to replace is not left in the description.
public struct TemplateLeftoversRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "template-leftovers",
    summary: "no paragraph or list item is still the repository's PR template text, unchanged",
    rationale: """
      A description that keeps the template's prompts ("Describe your changes here.") looks filled in at a \
      glance and says nothing. The template is `.github/pull_request_template.md` (any case), \
      `.github/PULL_REQUEST_TEMPLATE/*.md`, `docs/` or the root's `pull_request_template.md`, or \
      `.gitlab/merge_request_templates/*.md`, found from the git root of the working directory, or the \
      file the `template` option names (relative to the configuration file), else the one the configuration's \
      top-level `template:` names (which `sections: template` reads too). With several templates the \
      one the body keeps most of is used. Each paragraph, list item, quote paragraph or table of the body \
      whose text (whitespace collapsed, HTML comments dropped) equals one of the template's is reported; a \
      section holding nothing else is reported once, at its heading. HTML comments are hints, not text; \
      headings, checklist items (a ticked box is an answer, an unticked one is unchecked-tasks' business), \
      placeholders (TODO, N/A) and "None" are never leftovers, nor is the text of a section where the \
      author ticked a box (it frames the checklist they answered). Checks nothing when there is no template.
      """,
    defaultSeverity: .error,
    options: [
      OptionSpec(
        "template", .path, default: .string(""),
        "the PR template, relative to the configuration file (default: discovered from the git root)")
    ],
    passing: [
      Example(
        """
        ## What
        Adds `--half` for fp16 inference.

        ## Testing
        Ran the benchmark suite on an A100.
        """,
        template: """
          ## What
          Describe your change.

          ## Testing
          <!-- How did you test it? -->
          """),
      Example(
        """
        ## Checklist
        - [x] I have added tests
        """,
        template: """
          ## Checklist
          - [ ] I have added tests
          """),
      Example(
        """
        ## Components
        Pick the areas this touches:

        - [ ] `area/docs`
        - [x] `area/models`
        """,
        template: """
          ## Components
          Pick the areas this touches:

          - [ ] `area/docs`
          - [ ] `area/models`
          """),
      Example("No template: nothing to compare with."),
    ],
    failing: [
      Example(
        """
        ## What
        Adds `--half` for fp16 inference.

        ↓Describe your change.

        ↓## Testing
        Please describe   the tests you ran.
        """,
        template: """
          ## What
          Describe your change.

          ## Testing
          Please describe the tests you ran.
          """),
      Example(
        """
        Adds retries to the uploader.

        ↓Thanks for contributing! Please read CONTRIBUTING.md.
        """,
        template: """
          Thanks for contributing! Please read CONTRIBUTING.md.

          <!-- Describe your change. -->
          """),
    ])

  /// The repository's templates, parsed once per run.
  private let templates: [PullRequestTemplate]

  public init(options: RuleOptions, environment: RuleEnvironment) throws(ConfigurationError) {
    templates = try PullRequestTemplates.load(named: options.string("template"), environment: environment)
  }

  public func check(_ context: RuleContext) -> [Finding] {
    guard !templates.isEmpty else { return [] }
    let candidates = Self.candidates(in: context.document)
    guard !candidates.isEmpty else { return [] }
    // The template the body keeps most of: the one it was written from.
    var best: [Bool] = []
    var bestCount = 0
    for template in templates {
      let kept = candidates.map { template.contains($0.leaf) }
      let count = kept.count(where: { $0 })
      if count > bestCount { (best, bestCount) = (kept, count) }
    }
    guard bestCount > 0 else { return [] }
    return findings(candidates, kept: best, context: context)
  }

  /// Body leaves that could be leftovers, each with the index of the heading it sits under. A section
  /// where the author ticked a box is answered: the template text there frames the checklist.
  private static func candidates(in document: MarkdownDocument) -> [(leaf: LeafBlock, heading: Int?)] {
    var result: [(leaf: LeafBlock, heading: Int?)] = []
    var answered = Set<Int>()  // heading indexes, -1 before the first heading
    var heading: Int? = nil
    var next = 0
    for leaf in document.leaves {
      while next < document.headings.count, document.headings[next].blockIndex <= leaf.blockIndex {
        heading = next
        next += 1
      }
      if leaf.isCheckedTask { answered.insert(heading ?? -1) }
      guard !leaf.isTask else { continue }
      let words = Words.split(leaf.text)
      guard !words.allSatisfy(Words.isPlaceholder), !SectionContent.isNegativeAnswer(words) else { continue }
      // A paragraph that is only a pseudo-heading's label (`**Testing**`) is a heading.
      if let heading, document.headings[heading].kind == .pseudo,
        document.headings[heading].blockIndex == leaf.blockIndex,
        words.count <= Words.split(document.headings[heading].text).count
      {
        continue
      }
      result.append((leaf, heading))
    }
    return result.filter { !answered.contains($0.heading ?? -1) }
  }

  /// One finding per kept leaf, or one per heading whose every candidate leaf was kept.
  private func findings(_ candidates: [(leaf: LeafBlock, heading: Int?)], kept: [Bool], context: RuleContext)
    -> [Finding]
  {
    var allKept: [Int: Bool] = [:]
    for (index, candidate) in candidates.enumerated() {
      guard let heading = candidate.heading else { continue }
      allKept[heading] = (allKept[heading] ?? true) && kept[index]
    }
    var findings: [Finding] = []
    var reportedHeadings = Set<Int>()
    for (index, candidate) in candidates.enumerated() where kept[index] {
      let section = candidate.heading.flatMap { context.sectionName(ofHeading: $0) }
      if let heading = candidate.heading, allKept[heading] == true {
        guard reportedHeadings.insert(heading).inserted else { continue }
        let written = context.document.headings[heading]
        findings.append(
          Finding(
            "section \"\(Self.excerpt(written.text))\" is still the template's text: replace it with a real answer",
            at: written.position, section: section))
      } else {
        findings.append(
          Finding(
            "\"\(Self.excerpt(candidate.leaf.text))\" is still the template's text: replace it or delete it",
            at: candidate.leaf.position, section: section))
      }
    }
    return findings
  }

  private static func excerpt(_ text: String) -> String {
    PullRequestTemplate.normalize(text).shortened(to: 60, ellipsis: "...")
  }
}
