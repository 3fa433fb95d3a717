import Foundation
import Testing

/// The inline directives end to end through the binary: what each silences, the JSON of a silenced
/// finding with its reason, the `inline-directive` warning in every format, and `inline-disable: false`.
struct InlineDirectiveCLITests {
  /// Line numbers matter: the tests name them.
  static let body = """
    ## What
    Moves the exporter to the new pipeline and deletes the old one, which nobody calls since 2.3.

    ## Why
    The old pipeline cannot stream, and the 2.4 release needs streaming for large models.

    <!-- prlint-disable-file diff-size -- generated migration -->
    ## Testing
    - [ ] above the disable
    <!-- prlint-disable-next-line unchecked-tasks -- needs the staging cluster -->
    - [ ] load test on staging
    - [ ] benchmark <!-- prlint-disable-line unchecked-tasks -->
    - [ ] docs

    <!-- prlint-disable unchecked-tasks, linked-issue -- release train -->
    - [ ] silenced by the range
    <!-- prlint-enable unchecked-tasks -->
    - [ ] after the enable

    <!-- prlint-disable-next-line linked-isue -->
    Part of the 2.4 release.
    <!-- prlint-disable-nextline title -->

    """

  private func run(_ arguments: [String], configuration: String? = nil) throws -> CLIRunner.Output {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.body.write(to: directory.appendingPathComponent("body.md"), atomically: true, encoding: .utf8)
    if let configuration {
      try configuration.write(to: directory.appendingPathComponent(".prlint.yml"), atomically: true, encoding: .utf8)
    }
    return try CLIRunner.run(arguments + ["--changed-lines", "5000", "body.md"], directory: directory)
  }

  private func diagnostics(_ output: CLIRunner.Output) throws -> [[String: Any]] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let result = try #require((json["results"] as? [[String: Any]])?.first)
    return try #require(result["diagnostics"] as? [[String: Any]])
  }

  @Test func eachDirectiveSilencesItsScopeAndJSONKeepsTheReason() throws {
    let output = try run(["--format", "json"])
    #expect(output.status == 0, "\(output.stdout)")
    let diagnostics = try diagnostics(output)
    let tasks = diagnostics.filter { $0["rule"] as? String == "unchecked-tasks" }
    #expect(tasks.map { $0["line"] as? Int } == [9, 11, 12, 13, 16, 18])
    #expect(tasks.map { $0["suppressed"] as? Bool } == [false, true, true, false, true, false])
    #expect(
      tasks.map { $0["reason"] as? String } == [nil, "needs the staging cluster", nil, nil, "release train", nil])
    // Findings with no line: the file's directive, and a prlint-disable wherever it stands.
    let diff = try #require(diagnostics.first { $0["rule"] as? String == "diff-size" })
    #expect(diff["line"] is NSNull)
    #expect(diff["suppressed"] as? Bool == true && diff["reason"] as? String == "generated migration")
    let issue = try #require(diagnostics.first { $0["rule"] as? String == "linked-issue" })
    #expect(issue["suppressed"] as? Bool == true && issue["reason"] as? String == "release train")
    // The unknown id and the misspelt directive: warnings at their lines, not silenced.
    let unknown = diagnostics.filter { $0["rule"] as? String == "inline-directive" }
    #expect(unknown.map { $0["line"] as? Int } == [20, 22])
    #expect(unknown.map { $0["severity"] as? String } == ["warning", "warning"])
    #expect(unknown.map { $0["suppressed"] as? Bool } == [false, false])
    #expect(
      unknown.map { $0["message"] as? String } == [
        "unknown rule \"linked-isue\" in prlint-disable-next-line: did you mean \"linked-issue\"?",
        "unknown directive \"prlint-disable-nextline\": did you mean \"prlint-disable-next-line\"?",
      ])
  }

  @Test func textOutputShowsWhatIsLeftAndCountsTheRest() throws {
    let output = try run([])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "body.md:20:1: warning: unknown rule \"linked-isue\" in prlint-disable-next-line: did you mean \"linked-issue\"? [inline-directive]"
      ))
    #expect(
      lines.filter { $0.hasSuffix("[unchecked-tasks]") }.map { $0.prefix(10) } == [
        "body.md:9:", "body.md:13", "body.md:18",
      ])
    #expect(!output.stdout.contains("[diff-size]") && !output.stdout.contains("[linked-issue]"))
    #expect(lines.last?.contains("5 suppressed") == true)
  }

  @Test(arguments: ["text", "json", "github", "sarif", "markdown", "junit", "codequality"])
  func theUnknownIdIsReportedInEveryFormat(format: String) throws {
    let output = try run(["--format", format])
    #expect(output.stdout.contains("linked-isue"), "\(format): \(output.stdout)")
    #expect(output.stdout.contains("inline-directive"), "\(format)")
  }

  @Test func inlineDisableFalseTurnsEveryDirectiveOff() throws {
    let output = try run(["--format", "json"], configuration: "inline-disable: false\n")
    #expect(output.status == 1)
    let diagnostics = try diagnostics(output)
    #expect(diagnostics.allSatisfy { $0["suppressed"] as? Bool == false })
    #expect(!diagnostics.contains { $0["rule"] as? String == "inline-directive" })
    #expect(diagnostics.contains { $0["rule"] as? String == "diff-size" })
  }

  @Test func explainShowsTheRuleAndItsExamples() throws {
    let output = try CLIRunner.run(["explain", "inline-directive"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("inline-directive: "))
    #expect(output.stdout.contains("Default severity: warning"))
    #expect(output.stdout.contains("↓<!-- prlint-disable-nextline linked-issue -->"))
  }
}
