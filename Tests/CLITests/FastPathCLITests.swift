import Foundation
import Testing

/// `prlint [check] [FILE ...]` and `prlint --version` skip ArgumentParser at start-up; with
/// `PRLINT_NO_FAST_PATH` set everything goes through it. Both must give the same output and exit code.
@Suite(.serialized)
struct FastPathCLITests {
  private static let body = "## What\nAdds a flag.\n\n## Why\nUsers asked.\n\nFixes #3\n"

  /// An invocation: arguments, standard input and environment.
  struct Invocation: Sendable, CustomStringConvertible {
    var arguments: [String]
    var stdin: String? = nil
    var environment: [String: String] = [:]
    var description: String { "\(arguments) stdin: \(stdin != nil) env: \(environment.keys.sorted())" }
  }

  static let invocations: [Invocation] = [
    Invocation(arguments: ["Examples/PR.md"]),
    Invocation(arguments: ["check", "Examples/PR.md"]),
    Invocation(arguments: ["Examples/needs-work.md"]),
    Invocation(arguments: ["Examples/PR.md", "Examples/needs-work.md"]),
    Invocation(arguments: ["check", "Examples/needs-work.md", "-"], stdin: body),
    Invocation(arguments: [], stdin: body),
    Invocation(arguments: ["-"], stdin: body),
    Invocation(arguments: ["check"], stdin: body),
    Invocation(arguments: [], stdin: ""),
    Invocation(arguments: ["missing.md"]),
    Invocation(arguments: ["Examples/PR.md", "missing.md"]),
    Invocation(arguments: ["Examples"]),
    Invocation(arguments: [""]),
    Invocation(arguments: ["-", "-"], stdin: body),
    Invocation(arguments: ["check", "check"]),
    Invocation(arguments: ["check", "rules"]),
    Invocation(arguments: ["check", "help"]),
    Invocation(arguments: ["Examples/PR.md", "rules"]),
    Invocation(arguments: ["rules"]),
    Invocation(arguments: ["help"]),
    Invocation(arguments: ["--version"]),
    Invocation(arguments: ["check", "--version"]),
    Invocation(arguments: ["Examples/PR.md", "--quiet"]),
    Invocation(arguments: ["Examples/needs-work.md"], environment: ["NO_COLOR": "1"]),
    Invocation(arguments: [], stdin: body, environment: ["GITLAB_CI": "true"]),
    Invocation(
      arguments: [], stdin: body,
      environment: [
        "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "7", "CI_MERGE_REQUEST_TITLE": "feat: a flag",
        "CI_MERGE_REQUEST_DESCRIPTION": body, "CI_MERGE_REQUEST_LABELS": "ui, docs",
      ]),
    Invocation(arguments: [], environment: ["GITHUB_ACTIONS": "true", "GITHUB_EVENT_PATH": "missing-event.json"]),
  ]

  @Test(arguments: invocations)
  func fastPathAndArgumentParserAgree(_ invocation: Invocation) throws {
    let fast = try CLIRunner.run(invocation.arguments, stdin: invocation.stdin, environment: invocation.environment)
    let full = try CLIRunner.run(
      invocation.arguments, stdin: invocation.stdin,
      environment: invocation.environment.merging(["PRLINT_NO_FAST_PATH": "1"]) { _, new in new })
    #expect(fast.status == full.status)
    #expect(fast.stdout == full.stdout)
    #expect(fast.stderr == full.stderr)
  }

  /// New output options go through ArgumentParser; what they write is what the fast path prints.
  @Test func theFastPathPrintsWhatTextToAFileHolds() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let body = CLIRunner.packageRoot.appendingPathComponent("Examples/needs-work.md").path
    let fast = try CLIRunner.run([body])
    for arguments in [["--format", "text=a.txt"], ["-o", "a.txt"]] {
      let file = try CLIRunner.run(arguments + [body], directory: directory)
      #expect(file.status == fast.status && file.stdout.isEmpty)
      #expect(try String(contentsOf: directory.appendingPathComponent("a.txt"), encoding: .utf8) == fast.stdout)
    }
  }

  @Test func theComparisonSeesTheCasesItCovers() throws {
    // The table above exercises passing, failing, input-error and usage-error exits alike.
    var statuses = Set<Int32>()
    for invocation in Self.invocations {
      statuses.insert(
        try CLIRunner.run(invocation.arguments, stdin: invocation.stdin, environment: invocation.environment).status)
    }
    #expect(statuses == [0, 1, 2])
  }
}
