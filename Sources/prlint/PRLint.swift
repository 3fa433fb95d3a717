import ArgumentParser
import Foundation
import PRLintKit

/// The `prlint` command: a thin layer over PRLintKit that parses arguments, reads input and
/// maps outcomes to exit codes (0 clean, 1 lint errors, 2 usage, configuration or input error).
@main
struct PRLint: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "prlint",
    abstract: "Lint pull request descriptions: sections, linked issues, checklists, title and diff size.",
    usage: """
      prlint [check] [<files> ...] [--title <title>] [--format <format>[=<path>] ...] [--fix [--stdout]] [<options>]
      prlint fix [<files> ...] [--stdout] [<options>]
      prlint rules | explain <rule> | config | init | template [--output <path>] | hook install|uninstall|run
      prlint audit [<file>] [--format <format>[=<path>] ...] [--summary-only] [--jobs <n>]
      """,
    discussion: """
      Reads each FILE, or standard input when no FILE is given or for -. With no FILE in a GitHub \
      Actions pull_request job or a GitLab merge-request pipeline, it reads the PR from the CI.
        gh pr view 42 --json body -q .body | prlint
        prlint --title "Add INT8 quantization" --format json PR.md
        prlint --format github --diff-base origin/main     # in GitHub Actions
        prlint --format text --format sarif=prlint.sarif   # SARIF to a file too
      Exit codes: 0 no errors, 1 lint errors found, 2 usage, configuration or input error.
      """,
    version: version,
    subcommands: [
      CheckCommand.self, FixCommand.self, RulesCommand.self, ExplainCommand.self, ConfigCommand.self,
      InitCommand.self,
      TemplateCommand.self, HookCommand.self, AuditCommand.self,
    ],
    defaultSubcommand: CheckCommand.self
  )

  /// Replaces ArgumentParser's exit handling so that a usage error exits 2, not 64,
  /// and every failure is one line on stderr.
  static func main() {
    do {
      switch FastPath.invocation() {
      case .version:
        try Console.out(version + "\n")
      case .check(let files):
        try CheckRequest(files: files).run()
      case nil:
        var command = try parseAsRoot(EmptyOptionValues.expand(Array(CommandLine.arguments.dropFirst())))
        try command.run()
      }
    } catch {
      handle(error)
    }
    Foundation.exit(0)
  }

  /// Exits with the code and the one line on stderr that `error` calls for.
  private static func handle(_ error: any Error) -> Never {
    switch error {
    case let code as ExitCode:
      Foundation.exit(code.rawValue)
    case let error as ConfigurationError:
      fail(error.description)
    case let error as InputError:
      fail(error.description)
    case let error as GitError:
      fail(error.description)
    case let error as Console.WriteError:
      fail(error.description)
    case let error as OutputFile.Failure:
      fail(error.description)
    case let error as UsageError:
      fail(error.message, then: error.usage)
    default:
      if exitCode(for: error) == .success {
        do {
          try Console.out(fullMessage(for: error) + "\n")  // --help, --version
        } catch {
          fail(error.description)
        }
        Foundation.exit(0)
      }
      // Everything else is a usage error or something unexpected: never the lint-failure code 1.
      let message = oneLine(self.message(for: error))
      fail((message.isEmpty ? "invalid usage" : message) + " (see 'prlint --help')")
    }
  }

  /// ArgumentParser's message on one line: a list of allowed values (`  - text` lines after "one of
  /// the following:") is kept, comma-separated, so the line still says what was expected.
  static func oneLine(_ message: String) -> String {
    let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard let first = lines.first else { return "" }
    let values = lines.dropFirst().filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }
    guard !values.isEmpty else { return first }
    return first + " " + values.joined(separator: ", ")
  }

  /// One line on stderr (then, optionally, a usage line) and exit code 2.
  static func fail(_ message: String, then usage: String? = nil) -> Never {
    let text = "prlint: " + TerminalSafe.escape(message) + "\n" + (usage.map { $0 + "\n" } ?? "")
    try? Console.error(text)  // when stderr fails too, the exit code is all that is left to say it
    Foundation.exit(2)
  }
}

/// A problem with how prlint was invoked, reported as one line and exit code 2.
struct UsageError: Error {
  var message: String
  /// A usage line printed before the message, when the user seems not to know how to call prlint.
  var usage: String? = nil
}
