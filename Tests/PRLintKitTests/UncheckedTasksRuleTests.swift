import Testing

@testable import PRLintKit

/// `unchecked-tasks` beyond its examples: its shortcuts against the straightforward code.
struct UncheckedTasksRuleTests {
  @Test(arguments: [
    "", "optional", "Optional docs", "docs (OPTIONAL)", "opt ional", "optiona", "update the changelog",
    "naïve optional", "İstanbul optional", "ｏｐｔｉｏｎａｌ", "optionaĺ",
  ])
  func optionalTasksMatchTheLowercasedSearch(_ text: String) {
    #expect(UncheckedTasksRule.saysOptional(text) == text.lowercased().contains("optional"))
  }
}
