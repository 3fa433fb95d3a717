import Testing

@testable import PRLintKit

/// What the fuzz targets (`make fuzz`) found, minimised, kept as tests so it stays fixed or true.
struct FuzzFindingTests {
  /// config target, a leak report: a user pattern longer than 256 UTF-16 units. The leak is
  /// Foundation's (`_CFRegularExpressionCreate` never frees its copy of a long pattern; suppressed in
  /// Fuzz/lsan.supp, a few hundred bytes once per run); prlint must still load and use the pattern.
  @Test func userPatternLongerThanFoundationsBufferLoadsAndMatches() throws {
    let pattern = "PROJ-" + String(repeating: "[0-9A-Z]?", count: 30) + "[0-9]+"
    #expect(pattern.utf16.count > 256)
    let configuration = try ConfigurationLoader.configuration(
      text: "rules:\n  linked-issue:\n    patterns: ['\(pattern)']\n", file: "long-pattern.yml")
    let body = "## What\nImplements PROJ-42, the export.\n"
    let linked = TestSupport.lint(body, configuration: configuration).diagnostics.filter {
      $0.ruleID == "linked-issue"
    }
    #expect(linked.isEmpty, "the long pattern should count PROJ-42 as the link: \(linked.map(\.message))")
    let unlinked = TestSupport.lint(body).diagnostics.filter { $0.ruleID == "linked-issue" }
    #expect(!unlinked.isEmpty, "without the pattern the body links nothing")
  }
}
