import ArgumentParser
import Foundation
import PRLintKit

/// `prlint template`: print (or write) a PR template that asks for what the configuration checks.
struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Print a pull request template generated from the configuration's sections and rules.")

  @OptionGroup var configurationOptions: ConfigurationOptions

  @Option(help: "Write the template to this file (for example .github/pull_request_template.md).")
  var output: String?

  @Flag(help: "Overwrite the --output file when it exists.")
  var force = false

  func run() throws {
    let configuration = try configurationOptions.load()
    // Under `sections: template` the repository's template is the spec: generating another would
    // contradict it, and writing one over it would lose its wording.
    let plan = try Linter(configuration: configuration, environment: .currentDirectory).sectionPlan
    if !plan.templates.isEmpty, let why = plan.fromTemplate {
      let paths = TerminalSafe.escape(plan.templates.map(\.path).joined(separator: ", "))
      let subject = plan.templates.count == 1 ? "the PR template \(paths) is" : "the PR templates \(paths) are"
      let reason = why == Configuration.noFile ? why : "sections: template in \(TerminalSafe.escape(why))"
      throw UsageError(
        message:
          "\(subject) already the spec prlint checks (\(reason)): edit \(plan.templates.count == 1 ? "it" : "them"), "
          + "or pass --preset default for a template generated from a preset")
    }
    // Section names come from the configuration, which a PR can change: no control characters.
    let text = TerminalSafe.escapeLines(TemplateGenerator.generate(for: configuration))
    guard let output else {
      try Console.out(text)
      return
    }
    try OutputFile.write(text, to: output, force: force)
    try Console.out("wrote \(TerminalSafe.escape(output)): commit it, and pull requests will open with it\n")
  }
}
