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
    // Another spelling beside it would make discovery ambiguous (an error): that one is the file to edit.
    let directory = FileManager.default.currentDirectoryPath
    let others = ConfigurationLoader.files(in: directory).filter { !$0.hasSuffix("/" + path) }
    if let other = others.first {
      let name = TerminalSafe.escape(String(other.dropFirst(directory.count).drop { $0 == "/" }))
      throw UsageError(
        message: "\(name) already exists: edit it (prlint init writes \(path), and both would be ambiguous)")
    }
    let plan = try InitTemplate.sectionPlan(forRepositoryAt: FileManager.default.currentDirectoryPath)
    try OutputFile.write(InitTemplate.text(for: plan), to: path, force: force)
    let templates = plan.templates.map(\.path).joined(separator: ", ")
    let sections = templates.isEmpty ? "" : " (sections: template, the headings of \(TerminalSafe.escape(templates)))"
    try Console.out("wrote \(path)\(sections): edit it, then run prlint on a PR body\n")
  }
}
