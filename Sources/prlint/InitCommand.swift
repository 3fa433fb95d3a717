import ArgumentParser
import Foundation
import PRLintKit

/// `prlint init`: write a commented `.prlint.yml` to start from.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented .prlint.yml in the current directory (sections: template with a PR template).")

  @Flag(help: "Overwrite an existing .prlint.yml.")
  var force = false

  func run() throws {
    let path = InitTemplate.fileName
    let plan = try InitTemplate.sectionPlan(forRepositoryAt: FileManager.default.currentDirectoryPath)
    try OutputFile.write(InitTemplate.text(for: plan), to: path, force: force)
    let templates = plan.templates.map(\.path).joined(separator: ", ")
    let sections = templates.isEmpty ? "" : " (sections: template, the headings of \(TerminalSafe.escape(templates)))"
    try Console.out("wrote \(path)\(sections): edit it, then run prlint on a PR body\n")
  }
}
