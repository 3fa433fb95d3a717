import ArgumentParser
import PRLintKit

/// `prlint explain RULE`: a rule's rationale, options and examples.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain a rule, with examples that pass and fail.")

  @Argument(help: "A rule id, as listed by 'prlint rules'.")
  var rule: String

  func run() throws {
    guard let description = RuleRegistry.description(id: rule) else {
      throw UsageError(
        message: "unknown rule \"\(rule)\": expected one of "
          + RuleRegistry.descriptions.map(\.id).joined(separator: ", "))
    }
    print(RuleDocumentation.explain(description), terminator: "")
  }
}
