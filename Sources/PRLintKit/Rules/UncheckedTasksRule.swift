import PRLintMarkdown

/// Checklist items the author left unticked.
public struct UncheckedTasksRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "unchecked-tasks",
    summary: "task-list items (`- [ ]`) are checked, unless their text says \"optional\"",
    rationale: """
      Templates carry checklists (tests added, docs updated, changelog entry). An unticked box is either \
      work still to do or a box that does not apply and should be removed; either way the reviewer \
      should not have to ask.
      """,
    defaultSeverity: .warning,
    passing: [
      Example(
        """
        - [x] Tests added
        - [X] Docs updated
        - [ ] Benchmarks (optional)
        """)
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

  public init(options: RuleOptions, environment: RuleEnvironment) {}

  public func check(_ context: RuleContext) -> [Finding] {
    context.document.tasks.filter { !$0.checked && !Self.saysOptional($0.text) }.map { task in
      Finding(
        "unchecked task \"\(task.text.shortened(to: 60, ellipsis: "..."))\": check it or remove it", at: task.position)
    }
  }

  /// `text.lowercased().contains("optional")`, on the bytes when the text is ASCII (Foundation's
  /// `contains` goes through NSString).
  static func saysOptional(_ text: String) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased().contains("optional") }
    return text.utf8.map(\.asciiLowercased).withUnsafeBufferPointer { ByteSearch.contains("optional", in: $0) }
  }
}
