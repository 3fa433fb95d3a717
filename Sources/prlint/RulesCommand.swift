import ArgumentParser
import Foundation
import PRLintKit

/// `prlint rules`: the rules in effect, or the rule reference as Markdown (Rules/README.md, README.md's table).
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the rules and the severity each runs at under the configuration.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
    case readmeTable = "readme-table"
  }

  @OptionGroup var configurationOptions: ConfigurationOptions

  @Option(
    help: "text (the rules in effect), markdown (the reference in Rules/README.md) or readme-table (README.md's table)."
  )
  var format: Format = .text

  func run() throws {
    switch format {
    case .markdown:
      try Console.out(RuleDocumentation.markdown(RuleRegistry.descriptions))
    case .readmeTable:
      try Console.out(RuleDocumentation.readmeTable(RuleRegistry.descriptions))
    case .text:
      let configuration = try configurationOptions.load()
      let all =
        RuleRegistry.descriptions.map { ($0, configuration.severity(of: $0)) }
        + configuration.customRules.map { ($0.description, configuration.severity(of: $0.description)) }
      let linter = try Linter(configuration: configuration, environment: .currentDirectory)
      try Console.out("Rules under \(TerminalSafe.escape(configuration.origin)):\n\n")
      try Console.out(TerminalSafe.escapeLines(RuleDocumentation.table(all)))
      let settings = RuleDocumentation.settings(configuration)
      if !settings.isEmpty { try Console.out("\n" + TerminalSafe.escapeLines(settings)) }
      // Section names and headings come from the configuration and the PR template, which a PR can change.
      try Console.out("\n" + TerminalSafe.escapeLines(SectionDocumentation.text(linter.sectionPlan)))
      // After the sections they merge into: overrides apply after everything else.
      try Console.out(TerminalSafe.escapeLines(RuleDocumentation.overrides(configuration.overrides)))
    }
  }
}
