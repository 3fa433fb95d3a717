import PRLintMarkdown

/// Checklist items the author left unticked.
public struct UncheckedTasksRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "unchecked-tasks",
    summary: "task-list items (`- [ ]`) are checked, unless their text says \"optional\"",
    rationale: """
      Templates carry checklists (tests added, docs updated, changelog entry). An unticked box is either \
      work still to do or a box that does not apply and should be removed; either way the reviewer \
      should not have to ask. Boxes that are not the author's to tick (a reviewer's sign-off, a box that \
      triggers CI) are left out with `ignore`; `sections` limits the check to the named sections' boxes.
      """,
    defaultSeverity: .warning,
    options: [
      OptionSpec(
        "ignore", .patterns, default: .strings([]),
        "regular expressions (ICU, case-insensitive) for item text that is not the author's to tick"),
      OptionSpec(
        "sections", .sectionNames, default: .strings([]),
        "only boxes in these configured sections count (empty: every box)"),
    ],
    passing: [
      Example(
        """
        - [x] Tests added
        - [X] Docs updated
        - [ ] Benchmarks (optional)
        """),
      Example(
        """
        - [x] Tests added
        - [ ] Reviewer: approved the API change
        - [ ] Run the full CI matrix
        """, options: ["ignore": .strings(["^reviewer:", "run the full ci"])]),
      Example(
        """
        ## Testing
        - [x] Unit tests pass

        ## Reviewer notes
        - [ ] Checked the migration on staging
        """, options: ["sections": .strings(["Testing"])]),
    ],
    failing: [
      Example(
        """
        - [x] Tests added
        ↓- [ ] Docs updated
        """),
      Example(
        """
        1. Checklist:
        ↓   - [ ] Changelog entry
        """),
    ],
    templatePrompt: TemplatePrompt(
      .afterSections,
      """
      ## Checklist

      - [ ] Tests cover the change
      - [ ] Documentation and changelog are updated where needed

      """))

  private let ignored: [UserPattern]
  private let sections: [String]

  public init(options: RuleOptions, environment: RuleEnvironment) {
    // The configuration loader has checked each pattern compiles.
    ignored = options.strings("ignore").compactMap { try? UserPattern($0, caseInsensitive: true) }
    sections = options.strings("sections")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let scope: [Range<Int>]? =
      sections.isEmpty ? nil : sections.compactMap { context.section(named: $0)?.blocks }
    let budget = MatchBudget(forTextOf: context.input.body.utf8.count)
    var gaveUp: Finding? = nil
    let unchecked = context.document.tasks.filter { task in
      guard !task.checked, !Self.saysOptional(task.text) else { return false }
      if let scope, !scope.contains(where: { $0.contains(task.blockIndex) }) { return false }
      do throws(UserPattern.GaveUp) {
        return try !isIgnored(task.text, budget: budget)
      } catch {
        // Said once; the box then counts, as it would without the pattern.
        gaveUp = gaveUp ?? Finding(error.message(for: "rule \"\(Self.description.id)\""), at: task.position)
        return true
      }
    }
    return (gaveUp.map { [$0] } ?? [])
      + unchecked.map { task in
        Finding(
          "unchecked task \"\(task.text.shortened(to: 60, ellipsis: "..."))\": check it or remove it",
          at: task.position)
      }
  }

  private func isIgnored(_ text: String, budget: MatchBudget) throws(UserPattern.GaveUp) -> Bool {
    for pattern in ignored where try pattern.firstMatch(in: text, within: budget) != nil { return true }
    return false
  }

  /// `text.lowercased().contains("optional")`, on the bytes when the text is ASCII (Foundation's
  /// `contains` goes through NSString).
  static func saysOptional(_ text: String) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased().contains("optional") }
    return text.utf8.map(\.asciiLowercased).withUnsafeBufferPointer { ByteSearch.contains("optional", in: $0) }
  }
}
