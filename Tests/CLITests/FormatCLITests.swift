import Foundation
import Testing

/// The CI formats end to end: every `--format` is accepted, and `--format github` appends the
/// Markdown report to `$GITHUB_STEP_SUMMARY` without touching what is already there.
struct FormatCLITests {
  @Test(arguments: ["github", "sarif", "markdown", "junit", "codequality"])
  func everyFormatKeepsTheExitCode(format: String) throws {
    let failing = try CLIRunner.run(["check", "--format", format, "Examples/needs-work.md"])
    #expect(failing.status == 1)
    #expect(failing.stderr.isEmpty)
    #expect(!failing.stdout.isEmpty)
    let passing = try CLIRunner.run(["--format", format, "Examples/PR.md"])
    #expect(passing.status == 0)
  }

  @Test func githubAppendsTheMarkdownReportToTheStepSummary() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let summary = directory.appendingPathComponent("summary.md")
    try "## Earlier step\n".write(to: summary, atomically: true, encoding: .utf8)
    let output = try CLIRunner.run(
      ["--format", "github", "Examples/needs-work.md"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
    #expect(output.status == 1)
    #expect(output.stderr.isEmpty)
    #expect(output.stdout.hasPrefix("::error file=Examples/needs-work.md,title=prlint required-sections::"))
    let written = try String(contentsOf: summary, encoding: .utf8)
    #expect(
      written.hasPrefix("## Earlier step\n\n<!-- prlint-report -->\n### ❌ prlint failed on Examples/needs-work.md"))
    #expect(written.contains("| ❌ error | `empty-section` | 5:1 |"))

    // Another run appends again: the file is never truncated.
    _ = try CLIRunner.run(["--format", "github", "Examples/PR.md"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
    let twice = try String(contentsOf: summary, encoding: .utf8)
    #expect(twice.hasPrefix(written))
    #expect(twice.contains("### ✅ prlint passed on Examples/PR.md"))

    // Other formats leave it alone.
    _ = try CLIRunner.run(["--format", "json", "Examples/PR.md"], environment: ["GITHUB_STEP_SUMMARY": summary.path])
    #expect(try String(contentsOf: summary, encoding: .utf8) == twice)
  }

  @Test func anUnwritableStepSummaryIsAWarningNotAFailure() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // A directory cannot be opened for writing, even by root.
    for (body, status) in [("Examples/PR.md", Int32(0)), ("Examples/needs-work.md", 1)] {
      let output = try CLIRunner.run(
        ["--format", "github", body], environment: ["GITHUB_STEP_SUMMARY": directory.path])
      #expect(output.status == status)
      #expect(output.stderr.hasPrefix("prlint: warning: cannot append the report to GITHUB_STEP_SUMMARY "))
      #expect(output.stderr.split(separator: "\n").count == 1)
      #expect(output.stdout.split(separator: "\n").last?.contains(body) == true)
    }
  }
}
