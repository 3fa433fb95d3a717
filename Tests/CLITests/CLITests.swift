import Foundation
import Testing

/// The `prlint` command end to end: exit codes, both formats, stdin, several files, TTY refusal. What a
/// report says, given a lint result, is the reporters' business (ReporterTests and the like).
@Suite(.serialized)
struct CLITests {
  @Test func goodExamplePasses() throws {
    let output = try CLIRunner.run(["Examples/PR.md"])
    #expect(output.status == 0)
    #expect(output.stdout == "✔ Examples/PR.md passed: 0 errors, 0 warnings\n")
    #expect(output.stderr.isEmpty)
  }

  @Test func lintErrorsExitOneWithOneLinePerDiagnostic() throws {
    let output = try CLIRunner.run(["check", "Examples/needs-work.md"])
    #expect(output.status == 1)
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "Examples/needs-work.md: error: missing section \"Why\": add a \"## Why\" section [required-sections]"))
    #expect(lines.contains { $0.hasPrefix("Examples/needs-work.md:5:1: error: section \"Testing\" is empty") })
    #expect(lines.contains { $0.hasPrefix("Examples/needs-work.md:9:1: warning: unchecked task") })
    #expect(lines.last?.hasPrefix("✖ Examples/needs-work.md failed: ") == true)
  }

  @Test func readsStandardInput() throws {
    let body = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/PR.md"), encoding: .utf8)
    let output = try CLIRunner.run([], stdin: body)
    #expect(output.status == 0)
    #expect(output.stdout.contains("<stdin> passed"))
    let dash = try CLIRunner.run(["-"], stdin: "Too short.")
    #expect(dash.status == 1)
    #expect(dash.stdout.hasPrefix("<stdin>: error:"))
  }

  @Test func lintsSeveralFilesInOneRun() throws {
    let output = try CLIRunner.run(["Examples/PR.md", "Examples/needs-work.md", "--format", "json"])
    #expect(output.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    #expect(results.map { $0["source"] as? String } == ["Examples/PR.md", "Examples/needs-work.md"])
    #expect(results.map { $0["passed"] as? Bool } == [true, false])
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary["checked"] == 2 && summary["passed"] == 1 && summary["failed"] == 1)
  }

  @Test func titleAndDiffSizeFlags() throws {
    let output = try CLIRunner.run(
      ["Examples/PR.md", "--title", "WIP: add INT8.", "--changed-lines", "2000", "--changed-files", "3"])
    #expect(output.status == 1)
    #expect(output.stdout.contains("title starts with \"WIP\""))
    #expect(output.stdout.contains("title ends with a period"))
    #expect(output.stdout.contains("the diff changes 2000 lines, over the limit of 1000"))
  }

  @Test func diffSizeWarnsThenFails() throws {
    let warned = try CLIRunner.run(["Examples/PR.md", "--changed-lines", "450"])
    #expect(warned.status == 0)
    #expect(warned.stdout.contains("warning: the diff changes 450 lines"))
    let failed = try CLIRunner.run(["Examples/PR.md", "--changed-lines", "2000"])
    #expect(failed.status == 1)
    #expect(failed.stdout.contains("error: the diff changes 2000 lines, over the limit of 1000"))
  }

  @Test func maxWarningsAndQuiet() throws {
    let body =
      try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/PR.md"), encoding: .utf8)
      + "\n- [ ] follow-up\n"
    #expect(try CLIRunner.run([], stdin: body).status == 0)
    let strict = try CLIRunner.run(["--max-warnings", "0"], stdin: body)
    #expect(strict.status == 1)
    #expect(strict.stdout.contains("more than --max-warnings 0"))
    let quiet = try CLIRunner.run(["--quiet"], stdin: body)
    #expect(quiet.status == 0)
    #expect(quiet.stdout.isEmpty)
    let quietButFailing = try CLIRunner.run(["--quiet", "--max-warnings", "0"], stdin: body)
    #expect(quietButFailing.status == 1)
    #expect(quietButFailing.stdout.contains("more than --max-warnings 0"))
  }

  @Test func presetsChangeTheVerdict() throws {
    let strict = try CLIRunner.run(["--preset", "strict", "--title", "Add INT8", "Examples/PR.md"])
    #expect(strict.status == 1)
    #expect(strict.stdout.contains("not a Conventional Commit"))
    let minimal = try CLIRunner.run(["--preset", "minimal"], stdin: "## Summary\nAdds INT8 export to the tool.\n")
    #expect(minimal.status == 0)
  }

  @Test func colorOnlyWhenAsked() throws {
    let always = try CLIRunner.run(["--color", "always", "Examples/needs-work.md"])
    #expect(always.stdout.contains("\u{1B}[1;31m"))
    let auto = try CLIRunner.run(["Examples/needs-work.md"])  // a pipe, not a terminal
    #expect(!auto.stdout.contains("\u{1B}"))
  }

  // MARK: - Exit code 2: one line on stderr, nothing on stdout

  @Test(arguments: [
    (["missing.md"], "missing.md: no such file"),
    (["Sources/CCmark"], "Sources/CCmark: is a directory with no Markdown file (*.md) in it: expected PR descriptions"),
    (["--bogus", "Examples/PR.md"], "Unknown option '--bogus'"),
    (["--format", "yaml", "Examples/PR.md"], "yaml"),
    (["--config", "x.yml", "--preset", "strict", "Examples/PR.md"], "--config and --preset cannot be used together"),
    (["--preset", "lenient", "Examples/PR.md"], "unknown preset \"lenient\""),
    (["--changed-lines", "-5", "Examples/PR.md"], "--changed-lines must be 0 or more"),
    (["explain", "no-such-rule"], "unknown rule \"no-such-rule\""),
  ])
  func usageAndInputErrorsExitTwo(arguments: [String], expected: String) throws {
    let output = try CLIRunner.run(arguments, stdin: "")
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.hasPrefix("prlint: "))
    #expect(output.stderr.contains(expected))
    #expect(output.stderr.split(separator: "\n").count == 1)
  }

  @Test func emptyStandardInputIsAnInputError() throws {
    let output = try CLIRunner.run([], stdin: "")
    #expect(output.status == 2)
    #expect(output.stderr == "prlint: <stdin>: no input: expected a PR body on standard input (or a FILE argument)\n")
  }

  @Test func binaryFileIsRefused() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: directory.appendingPathComponent("image.png"))
    let output = try CLIRunner.run(["image.png"], directory: directory)
    #expect(output.status == 2)
    #expect(output.stderr.contains("image.png: looks like a binary file"))
  }

  @Test func badInputAmongGoodWritesNothing() throws {
    let output = try CLIRunner.run(["Examples/PR.md", "missing.md"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
  }

  @Test func configErrorNamesFileLineAndColumn() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "rules:\n  linked-issue:\n    require-closing-keyword: maybe\n".write(
      to: directory.appendingPathComponent(".prlint.yml"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    let output = try CLIRunner.run([], stdin: "body", directory: directory)
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.hasPrefix("prlint: "))
    #expect(output.stderr.contains(".prlint.yml:3:30: expected true or false for linked-issue.require-closing-keyword"))
  }

  @Test func discoveredConfigApplies() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    let nested = directory.appendingPathComponent("docs/deep")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try "extends: minimal\nrules:\n  linked-issue: off\n  body-length: off\n".write(
      to: directory.appendingPathComponent(".prlint.yml"), atomically: true, encoding: .utf8)
    let output = try CLIRunner.run([], stdin: "## What\nA fix.\n", directory: nested)
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
  }

  @Test func initWritesALoadableConfigAndRefusesToOverwrite() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = try CLIRunner.run(["init"], directory: directory)
    #expect(first.status == 0)
    let written = try String(contentsOf: directory.appendingPathComponent(".prlint.yml"), encoding: .utf8)
    #expect(written.contains("extends: default"))
    let second = try CLIRunner.run(["init"], directory: directory)
    #expect(second.status == 2)
    #expect(second.stderr.contains(".prlint.yml already exists: use --force"))
    #expect(try CLIRunner.run(["init", "--force"], directory: directory).status == 0)
    let rules = try CLIRunner.run(["rules"], directory: directory)
    #expect(rules.status == 0)
    #expect(rules.stdout.contains("Rules under"))
  }

  @Test func explainPrintsTheRulesExamples() throws {
    let output = try CLIRunner.run(["explain", "linked-issue"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("linked-issue: "))
    #expect(output.stdout.contains("Closes issue #5"))
    #expect(output.stdout.contains("require-closing-keyword (boolean, default true)"))
  }

  @Test func helpAndVersionExitZero() throws {
    let help = try CLIRunner.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("Exit codes: 0 no errors, 1 lint errors found, 2"))
    let version = try CLIRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
  }

  /// With a terminal on stdin and no FILE, prlint must print usage and exit, never wait for typing.
  /// `script` gives it a pseudo-terminal; `timeout` turns a hang into a failure instead of a stuck suite.
  @Test func refusesToWaitOnATerminal() throws {
    let script = URL(fileURLWithPath: "/usr/bin/script")
    try #require(FileManager.default.isExecutableFile(atPath: script.path), "util-linux script is needed")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments = ["20", script.path, "-qec", CLIRunner.executable.path, "/dev/null"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    process.environment = CLIRunner.environment()
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2, "\(text)")
    #expect(text.contains("no input: pass a FILE or pipe a PR body"))
    #expect(text.contains("USAGE: prlint check [<options>] [<files> ...]"))
  }
}

/// Colour through the CLI: FORCE_COLOR colours a pipe, --no-color outranks it, and the two flags clash.
struct ColorCLITests {
  @Test func forceColorAndNoColor() throws {
    let body = "Fix bug.\n"
    let forced = try CLIRunner.run(["-"], stdin: body, environment: ["FORCE_COLOR": "1"])
    #expect(forced.stdout.contains("\u{1B}["), "\(forced.stdout)")
    let plain = try CLIRunner.run(["-"], stdin: body)
    #expect(!plain.stdout.contains("\u{1B}["))
    for command in [["--no-color", "-"], ["audit", "--no-color"]] {
      let input = command.first == "audit" ? #"{"number": 1, "body": "Fix bug."}"# + "\n" : body
      let output = try CLIRunner.run(command, stdin: input, environment: ["FORCE_COLOR": "1"])
      #expect(!output.stdout.contains("\u{1B}["), "\(command): \(output.stdout)")
    }
    let both = try CLIRunner.run(["--no-color", "--color", "always", "-"], stdin: body)
    #expect(both.status == 2)
    #expect(both.stderr.contains("--no-color and --color: give one of them"), "\(both.stderr)")
  }
}
