import Testing

@testable import PRLintKit

/// `linked-issue.mention-keywords`: a reference introduced by one of them satisfies the rule on purpose.
struct MentionKeywordsTests {
  private func linkedIssueMessages(_ body: String, keywords: [String]) throws -> [String] {
    let yaml =
      "rules:\n  linked-issue:\n    mention-keywords: [\(keywords.map { "'\($0)'" }.joined(separator: ", "))]\n"
    let configuration = try ConfigurationLoader.configuration(text: yaml, file: ".prlint.yml")
    return TestSupport.linter(configuration).lint(LintInput(source: "t", body: body)).diagnostics
      .filter { $0.ruleID == "linked-issue" }.map(\.message)
  }

  @Test(arguments: [
    "Part of #12.", "part of octo/repo#7", "Related: #3", "**Refs** #4", "Adds export (part of #12).",
    "Related:\t#5",
  ])
  func aKeywordBeforeTheReferenceSatisfiesTheRule(body: String) throws {
    #expect(try linkedIssueMessages(body, keywords: ["part of", "related", "refs"]).isEmpty, "\(body)")
  }

  @Test(arguments: ["Follow-up to #12.", "Departs of #12", "Unrelated #3", "Part of the plan; see #12", "`Refs #4`"])
  func otherwiseAMentionIsStillReported(body: String) throws {
    #expect(try !linkedIssueMessages(body, keywords: ["part of", "related", "refs"]).isEmpty, "\(body)")
  }
}
