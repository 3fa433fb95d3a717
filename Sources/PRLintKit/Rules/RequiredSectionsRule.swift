/// Every section the configuration marks required must have a heading.
public struct RequiredSectionsRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "required-sections",
    summary: "every required section (What, Why, Testing, …) has a heading",
    rationale: """
      Reviewers read a description for the same few answers: what changed, why, and how it was \
      verified. A heading for each makes the answers easy to find and easy to notice when one is missing.
      """,
    defaultSeverity: .error,
    passing: [
      Example(
        """
        ## What
        Adds INT8 quantization to the exporter.
        ## Why
        Halves model size on edge devices.
        ## Testing
        Ran the export suite.
        """),
      Example(
        """
        **Summary:** adds INT8 quantization to the exporter.

        **Motivation:** halves model size on edge devices.

        **Test plan:** ran the export suite.
        """),
    ],
    failing: [
      Example(
        """
        ## What
        Adds INT8 quantization to the exporter.
        ## Testing
        Ran the export suite.
        """),
      Example(
        """
        Adds INT8 quantization. Why: halves model size. Tested by running the export suite.
        """),
    ],
    readsSections: true)

  public init(options: RuleOptions, environment: RuleEnvironment) {}

  public func check(_ context: RuleContext) -> [Finding] {
    context.sections.filter { $0.definition.required && $0.status == .missing }.map { section in
      guard let template = section.definition.template else {
        return Finding(
          "missing section \"\(section.name)\": add a \"## \(section.name)\" section", section: section.name)
      }
      return Finding(
        "missing section \"\(section.name)\": add the PR template's \"\(template.heading)\" with your answer",
        section: section.name)
    }
  }
}
