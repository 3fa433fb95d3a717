import Testing

@testable import PRLintKit

/// Every example of every built-in rule, run as a test: the docs (`prlint explain`) show exactly
/// these, so they cannot drift from what the rules do.
struct RuleExampleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: RuleDescription
    var example: Example
    var shouldFail: Bool
    var testDescription: String { "\(rule.id) \(shouldFail ? "fails" : "passes") \(example)" }
  }

  static let cases: [Case] = RuleRegistry.descriptions.flatMap { rule in
    rule.passing.map { Case(rule: rule, example: $0, shouldFail: false) }
      + rule.failing.map { Case(rule: rule, example: $0, shouldFail: true) }
  }

  @Test(arguments: cases)
  func example(_ testCase: Case) {
    let diagnostics = Self.diagnostics(of: testCase.rule, on: testCase.example)
    let location = SourceLocation(
      fileID: "PRLintKit/\(testCase.example.file.split(separator: "/").last ?? "")",
      filePath: testCase.example.file, line: testCase.example.line, column: 1)
    if testCase.shouldFail {
      #expect(!diagnostics.isEmpty, "expected \(testCase.rule.id) to report this example", sourceLocation: location)
      let reported = Set(diagnostics.compactMap { $0.position?.line })
      #expect(
        reported == Set(testCase.example.markedLines),
        "reported lines \(reported.sorted()) differ from the ↓ marks \(testCase.example.markedLines): \(diagnostics.map(\.message))",
        sourceLocation: location)
    } else {
      #expect(
        diagnostics.isEmpty, "expected no \(testCase.rule.id) report, got: \(diagnostics.map(\.message))",
        sourceLocation: location)
    }
  }

  @Test func everyRuleHasExamplesBothWays() {
    for rule in RuleRegistry.descriptions {
      #expect(!rule.passing.isEmpty, "\(rule.id) has no passing example")
      #expect(!rule.failing.isEmpty, "\(rule.id) has no failing example")
      #expect(!rule.rationale.isEmpty && !rule.summary.isEmpty, "\(rule.id) lacks docs")
    }
  }

  @Test func ruleIDsAreUniqueAndStable() {
    let ids = RuleRegistry.descriptions.map(\.id)
    #expect(
      ids == [
        "required-sections", "empty-section", "linked-issue", "body-length", "unchecked-tasks", "breaking-change",
        "title", "diff-size", "tests-included", "screenshots", "template-leftovers", "inline-directive",
      ])
  }

  /// The rule alone, at its default severity (or error when off by default), over the default preset.
  static func diagnostics(of rule: RuleDescription, on example: Example) -> [Diagnostic] {
    var configuration = TestSupport.defaultConfiguration
    let severity = rule.defaultSeverity == .off ? Severity.error : rule.defaultSeverity
    for other in RuleRegistry.descriptions where other.id != rule.id {
      configuration.ruleSettings[other.id] = RuleSettings(severity: .off)
    }
    var settings = configuration.ruleSettings[rule.id] ?? RuleSettings()
    settings.severity = severity
    settings.options.merge(example.options) { _, new in new }
    configuration.ruleSettings[rule.id] = settings
    configuration.platform = example.platform ?? configuration.platform
    let templates = example.template.map { [("example", $0)] } ?? []
    return TestSupport.linter(configuration, templates: templates).lint(example.input).diagnostics.filter {
      $0.ruleID == rule.id
    }
  }
}
