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
    if FileManager.default.fileExists(atPath: output), !force {
      throw UsageError(message: "\(output) already exists: use --force to overwrite it")
    }
    let url = URL(fileURLWithPath: output)
    do {
      // `.github/` may not exist yet in a repository without templates.
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw UsageError(message: "\(output): cannot be written")
    }
    try Console.out("wrote \(TerminalSafe.escape(output)): commit it, and pull requests will open with it\n")
  }
}
