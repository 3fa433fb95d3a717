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
    if FileManager.default.fileExists(atPath: path), !force {
      throw UsageError(message: "\(path) already exists: use --force to overwrite it")
    }
    do {
      try Data(InitTemplate.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw UsageError(message: "\(path): cannot be written")
    }
    try Console.out("wrote \(path): edit it, then run prlint on a PR body\n")
  }
}
