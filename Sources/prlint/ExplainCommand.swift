import ArgumentParser
import PRLintKit

/// `prlint explain RULE`: a rule's rationale, options and examples.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain a rule, with examples that pass and fail.")

  @Argument(help: "A rule id, as listed by 'prlint rules' (built-in or custom).")
  var rule: String

  @OptionGroup var configurationOptions: ConfigurationOptions

  func run() throws {
    let configuration = try configurationOptions.load()
    if let description = RuleRegistry.description(id: rule) {
      var text = RuleDocumentation.explain(
        description, severity: configuration.severity(of: description), configuration: configuration)
      if description.readsSections {
        // Section names and headings come from the configuration and the PR template, which a PR can change.
        let linter = try Linter(configuration: configuration, environment: .currentDirectory)
        text += "\n" + SectionDocumentation.text(linter.sectionPlan)
      }
      try Console.out(TerminalSafe.escapeLines(text))
    } else if let custom = configuration.customRules.first(where: { $0.description.id == rule }) {
      // A custom rule's pattern and message come from the configuration, which a PR can change.
      try Console.out(
        TerminalSafe.escapeLines(
          RuleDocumentation.explain(
            custom.description, severity: configuration.severity(of: custom.description),
            configuration: configuration)))
    } else {
      let known = RuleRegistry.descriptions.map(\.id) + configuration.customRules.map(\.description.id)
      throw UsageError(message: "unknown rule \"\(rule)\": expected one of \(known.joined(separator: ", "))")
    }
  }
}
