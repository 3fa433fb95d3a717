import ArgumentParser
import Foundation
import PRLintKit

/// `prlint init`: write a commented `.prlint.yml` to start from.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Write a commented .prlint.yml in the current directory.")

  @Flag(help: "Overwrite an existing .prlint.yml.")
  var force = false

  func run() throws {
    let path = InitTemplate.fileName
    try OutputFile.write(InitTemplate.text, to: path, force: force)
    try Console.out("wrote \(path): edit it, then run prlint on a PR body\n")
  }
}
