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
    // Section names come from the configuration, which a PR can change: no control characters.
    let text = TerminalSafe.escapeLines(TemplateGenerator.generate(for: try configurationOptions.load()))
    guard let output else {
      try Console.out(text)
      return
    }
    try OutputFile.write(text, to: output, force: force)
    try Console.out("wrote \(TerminalSafe.escape(output)): commit it, and pull requests will open with it\n")
  }
}
