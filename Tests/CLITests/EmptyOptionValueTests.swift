import Foundation
import Testing

/// `--title=` is an empty value (CI scripts write `--title="$TITLE"`), never "take the next argument".
struct EmptyOptionValueTests {
  @Test func anEmptyTitleLeavesTheFileAnOperand() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("## What\nAdds a cache.\n".utf8).write(to: directory.appendingPathComponent("body.md"))
    for environment in [[:], ["PRLINT_NO_FAST_PATH": "1"]] {
      let output = try CLIRunner.run(
        ["--title=", "body.md"], stdin: "", directory: directory, environment: environment)
      #expect(output.status == 1, "\(output.stderr)")
      #expect(output.stdout.contains("body.md: error: title is empty"), "\(output.stdout)")
    }
  }

  /// Every option of every command, as ArgumentParser itself lists them: `--NAME=` followed by
  /// `--version` either prints the version (the empty value was taken) or says the empty value is
  /// invalid for that option; never "missing value", which means the next argument was wanted.
  @Test func everyOptionTakesAnEmptyValue() throws {
    let dump = try CLIRunner.run(["--experimental-dump-help"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
    let options = Self.options(in: try #require(root["command"] as? [String: Any]), path: [])
    #expect(options.count >= 20, "\(options)")
    for (path, name) in options {
      let output = try CLIRunner.run(path + ["--\(name)=", "--version"], stdin: "")
      let tookTheEmptyValue =
        output.status == 0 || output.stderr.contains("The value '' is invalid for '--\(name)")
      #expect(tookTheEmptyValue, "\(path) --\(name)=: \(output.status) \(output.stderr)")
    }
  }

  /// (command path, long option name) for each option that takes a value.
  private static func options(in command: [String: Any], path: [String]) -> [([String], String)] {
    var found: [([String], String)] = []
    for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["kind"] as? String == "option" {
      for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
        if let text = name["name"] as? String { found.append((path, text)) }
      }
    }
    for subcommand in command["subcommands"] as? [[String: Any]] ?? [] {
      guard let name = subcommand["commandName"] as? String, name != "help" else { continue }
      found += options(in: subcommand, path: path + [name])
    }
    return found
  }
}
