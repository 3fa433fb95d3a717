import ArgumentParser
import Foundation
import PRLintKit

/// `prlint config`: the configuration in force, as a configuration file saying where each value came from.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Print the configuration in force as YAML, each value with the preset, file or template it came from.",
    discussion: """
      The output is a valid configuration: saved as .prlint.yml at the git root, it configures prlint the same way.
      """)

  @OptionGroup var configurationOptions: ConfigurationOptions

  func run() throws {
    let configuration = try configurationOptions.load()
    let directory = FileManager.default.currentDirectoryPath
    // Under sections: template, the template's headings are shown as the sections they give.
    let plan = try Linter(configuration: configuration, environment: .currentDirectory).sectionPlan
    try Console.out(ResolvedConfiguration(configuration, plan: plan, workingDirectory: directory).yaml)
  }
}
