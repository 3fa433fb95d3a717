/// The built-in rules, in the order they are documented and run.
public enum RuleRegistry {
  public static let builtin: [any BuiltinRule.Type] = [
    RequiredSectionsRule.self,
    EmptySectionRule.self,
    LinkedIssueRule.self,
    BodyLengthRule.self,
    UncheckedTasksRule.self,
    BreakingChangeRule.self,
    TitleRule.self,
    DiffSizeRule.self,
    TestsIncludedRule.self,
    ScreenshotsRule.self,
    TemplateLeftoversRule.self,
    InlineDirectiveRule.self,
  ]

  public static let descriptions: [RuleDescription] = builtin.map { $0.description }

  public static func description(id: String) -> RuleDescription? {
    descriptions.first(where: { $0.id == id })
  }
}
