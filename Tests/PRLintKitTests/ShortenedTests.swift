import Testing

@testable import PRLintKit

/// The one text shortener, and the lengths its callers cut to.
struct ShortenedTests {
  @Test func cutsToTheLimitWithTheEllipsisInside() {
    let sixty = String(repeating: "a", count: 60)
    #expect(sixty.shortened(to: 60, ellipsis: "...") == sixty)
    #expect((sixty + "b").shortened(to: 60, ellipsis: "...") == String(repeating: "a", count: 57) + "...")
    #expect((sixty + "b").shortened(to: 60, ellipsis: "…") == String(repeating: "a", count: 59) + "…")
    // Characters, not bytes or scalars: a thumb with a skin tone is one.
    let thumbs = String(repeating: "👍🏽", count: 61)
    #expect(thumbs.shortened(to: 60, ellipsis: "…") == String(repeating: "👍🏽", count: 59) + "…")
  }

  @Test func uncheckedTaskMessagesQuoteSixtyCharacters() {
    let task = String(repeating: "x", count: 70)
    let messages = TestSupport.lint("- [ ] \(task)\n").diagnostics.filter { $0.ruleID == "unchecked-tasks" }
      .map(\.message)
    #expect(messages == ["unchecked task \"\(String(repeating: "x", count: 57))...\": check it or remove it"])
  }

  @Test func auditTitlesAreCutToSixtyCharacters() {
    #expect(AuditSummaryText.shortTitle(nil) == "")
    #expect(AuditSummaryText.shortTitle(String(repeating: "t", count: 60)) == String(repeating: "t", count: 60))
    #expect(AuditSummaryText.shortTitle(String(repeating: "t", count: 61)) == String(repeating: "t", count: 59) + "…")
  }
}
