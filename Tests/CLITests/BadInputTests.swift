import Foundation
import Testing

/// Every class of bad input, end to end: exit code 2, nothing on stdout, and exactly one line on stderr
/// that names the source and what was expected, with nothing from the input printed raw.
@Suite(.serialized)
struct BadInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    /// Files written into the run's directory (a git root of its own, so no outer config applies).
    var files: [String: String] = [:]
    var stdin: String? = nil
    /// What the one line must contain after `prlint: `.
    var expected: String
    var testDescription: String { name }
  }

  static let body = "## What\nA change.\n"
  static let badConfigs: [(String, String, String)] = [
    (
      "malformed YAML", "rules:\n  linked-issue: [\n",
      ".prlint.yml:3:1: invalid YAML: did not find expected node content"
    ),
    (
      "unknown rule id", "rules:\n  no-such-rule: off\n",
      ".prlint.yml:2:3: unknown rule id \"no-such-rule\": expected one of"
    ),
    (
      "bad regex", "rules:\n  x:\n    kind: forbid-text\n    pattern: '(unclosed'\n    message: m\n",
      ".prlint.yml:4:14: invalid regular expression \"(unclosed\""
    ),
    (
      "wrong option type", "rules:\n  diff-size:\n    max-lines: lots\n",
      ".prlint.yml:3:16: expected a whole number of 0 or more, got \"lots\""
    ),
    (
      "unknown setting echoing ESC", "\"\\e[2J\": 1\n",
      ".prlint.yml:1:1: unknown setting \"\\u{1B}[2J\": expected one of"
    ),
  ]

  static let cases: [Case] =
    [
      Case(
        name: "missing file", arguments: ["missing.md"], expected: "missing.md: no such file: expected a Markdown file"),
      Case(
        name: "directory without Markdown", arguments: ["docs"], files: ["docs/x.txt": body],
        expected: "docs: is a directory with no Markdown file (*.md) in it: expected PR descriptions"),
      Case(
        name: "binary file", arguments: ["image.png"], files: ["image.png": "PNG\u{0}\u{1}"],
        expected: "image.png: looks like a binary file (NUL byte at offset 3): expected Markdown text"),
      Case(
        name: "unreadable even by root", arguments: ["/proc/self/mem"],
        expected: "/proc/self/mem: cannot be read (input/output error): expected a Markdown file"),
      Case(
        name: "empty stdin", arguments: [], stdin: "",
        expected: "<stdin>: no input: expected a PR body on standard input (or a FILE argument)"),
      Case(
        name: "file name with control characters", arguments: ["\u{1B}]8;;http://x\u{7}\u{1B}[2J.md"],
        expected: "\\u{1B}]8;;http://x\\u{7}\\u{1B}[2J.md: no such file"),
      Case(
        name: "missing config", arguments: ["--config", "nope.yml", "PR.md"], files: ["PR.md": body],
        expected: "nope.yml: no such file: expected a prlint configuration file (YAML)"),
      Case(
        name: "device as config", arguments: ["--config", "/dev/zero", "PR.md"], files: ["PR.md": body],
        expected:
          "/dev/zero: is not a regular file (a device, pipe or socket): expected a prlint configuration file (YAML)"),
      Case(
        name: "oversized config", arguments: ["--config", "big.yml", "PR.md"],
        files: ["PR.md": body, "big.yml": String(repeating: "# comment\n", count: 110_000)],
        expected: "big.yml: is larger than 1 MiB, prlint's limit: expected a prlint configuration file (YAML)"),
      Case(
        name: "malformed JSON event", arguments: ["--event", "e.json"],
        files: ["e.json": "{\"pull_request\": {\"title\": tru}}\n"],
        expected: "e.json:1:31: invalid JSON (invalid value): expected a pull_request event payload"),
      Case(
        name: "event field of the wrong type", arguments: ["--event", "e.json"],
        files: ["e.json": "{\"pull_request\": {\"draft\": \"yes\"}}"],
        expected: "e.json: pull_request.draft is a string: expected true or false"),
      Case(
        name: "not a pull_request event", arguments: ["--event", "e.json"], files: ["e.json": "{\"ref\": \"x\"}"],
        expected: "e.json: is an event without a pull_request: expected a pull_request or pull_request_target"),
      Case(
        name: "missing event", arguments: ["--event", "e.json"],
        expected: "e.json: no such file: expected a GitHub or GitLab event payload (JSON)"),
      Case(
        name: "unknown format", arguments: ["--format", "yaml", "PR.md"], files: ["PR.md": body],
        expected: "'yaml' is invalid for '--format <format>'. Please provide one of the following: text, json, github"),
      Case(
        name: "unknown colour", arguments: ["--color", "sometimes", "PR.md"], files: ["PR.md": body],
        expected: "'sometimes' is invalid for '--color <color>'"),
      Case(name: "unknown option", arguments: ["--bogus", "PR.md"], expected: "Unknown option '--bogus'"),
      Case(
        name: "wrong option type", arguments: ["--changed-lines", "many", "PR.md"],
        expected: "The value 'many' is invalid for '--changed-lines <changed-lines>'"),
      Case(
        name: "negative count", arguments: ["--max-warnings", "-1", "PR.md"],
        expected: "--max-warnings must be 0 or more, got -1"),
      Case(
        name: "--event with FILE", arguments: ["--event", "e.json", "PR.md"],
        expected: "--event (--github-event) and --body-file name the PR's body: give no FILE arguments with them"),
      Case(
        name: "--body-file with FILE", arguments: ["--body-file", "PR.md", "PR.md"],
        expected: "--event (--github-event) and --body-file name the PR's body: give no FILE arguments with them"),
      Case(
        name: "--config with --preset", arguments: ["--config", "x.yml", "--preset", "strict", "PR.md"],
        expected: "--config and --preset cannot be used together"),
      Case(
        name: "stdin twice", arguments: ["-", "-"], stdin: body, expected: "standard input (-) can be read only once"),
      Case(
        name: "unknown preset", arguments: ["--preset", "lenient", "PR.md"],
        expected: "--preset: unknown preset \"lenient\": expected one of default, strict, minimal"),
      Case(
        name: "unknown rule to explain", arguments: ["explain", "no-such-rule"],
        expected: "unknown rule \"no-such-rule\": expected one of required-sections"),
      Case(
        name: "unknown diff base", arguments: ["--diff-base", "no-such-ref", "PR.md"], files: ["PR.md": body],
        expected: "git rev-parse --git-dir: fatal: not a git repository"),
    ]
    + badConfigs.map { name, yaml, expected in
      Case(name: name, arguments: ["PR.md"], files: [".prlint.yml": yaml, "PR.md": body], expected: expected)
    }

  @Test(arguments: cases)
  func exitsTwoWithOneLine(_ bad: Case) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for (path, text) in bad.files {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    // A git root of its own: discovery stops here, and git finds no repository (the .git is empty).
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    let output = try CLIRunner.run(bad.arguments, stdin: bad.stdin ?? Self.body, directory: directory)
    Self.expectOneLine(output, containing: bad.expected)
  }

  /// chmod 000 stops everyone but root; as root the run drops to `nobody` with setpriv, so the
  /// permission is really checked rather than skipped.
  @Test func unreadableFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("secret.md")
    try Data(Self.body.utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
    var arguments = ["secret.md"]
    var executable = CLIRunner.executable
    if getuid() == 0 {
      let setpriv = "/usr/bin/setpriv"
      try #require(FileManager.default.isExecutableFile(atPath: setpriv), "util-linux setpriv drops root for this test")
      arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.executable.path] + arguments
      executable = URL(fileURLWithPath: setpriv)
    }
    let output = try CLIRunner.run(arguments, directory: directory, executable: executable)
    Self.expectOneLine(output, containing: "secret.md: cannot be read (permission denied): expected a Markdown file")
  }

  // MARK: - The input limit

  /// 50 MB as a file, on standard input, as an event payload and as --body-file: refused at 1 MiB (a
  /// body) and 4 MiB (a payload).
  @Test func fiftyMegabytesAreRefused() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let big = directory.appendingPathComponent("big.md")
    try Data(repeating: UInt8(ascii: "x"), count: 50_000_000).write(to: big)
    let limit = "is larger than 1 MiB, prlint's limit: expected"
    Self.expectOneLine(try CLIRunner.run(["big.md"], directory: directory), containing: "big.md: \(limit) a Markdown")
    Self.expectOneLine(
      try CLIRunner.run(["--body-file", "big.md"], directory: directory), containing: "big.md: \(limit) a Markdown")
    Self.expectOneLine(
      try CLIRunner.run(["--event", "big.md"], directory: directory),
      containing: "big.md: is larger than 4 MiB, prlint's limit: expected a GitHub or GitLab")
    let stdin = try FileHandle(forReadingFrom: big)
    defer { try? stdin.close() }
    Self.expectOneLine(try Self.run(standardInput: stdin), containing: "<stdin>: \(limit) a PR description")
  }

  /// Input that never ends proves that prlint stops reading at the limit instead of holding it all.
  @Test func endlessInputStopsAtTheLimit() throws {
    let limit = "is larger than 1 MiB, prlint's limit: expected"
    Self.expectOneLine(try CLIRunner.run(["/dev/zero"]), containing: "/dev/zero: \(limit) a Markdown file")
    let pipeline = Process()
    pipeline.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    // `yes` writes "## What" lines forever; timeout turns a prlint that never stops into a failure.
    pipeline.arguments = ["60", "/bin/sh", "-c", "yes '## What' | \"$0\"", CLIRunner.executable.path]
    Self.expectOneLine(try Self.run(pipeline), containing: "<stdin>: \(limit) a PR description")
  }

  // MARK: - Helpers

  static func expectOneLine(_ output: CLIRunner.Output, containing expected: String) {
    #expect(output.status == 2, "\(output.stderr)")
    #expect(output.stdout.isEmpty, "\(output.stdout.prefix(300))")
    let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 2 && lines[1].isEmpty, "one line ending in a newline: \(output.stderr)")
    #expect(output.stderr.hasPrefix("prlint: "), "\(output.stderr)")
    #expect(output.stderr.contains(expected), "\(output.stderr)")
    let controls = output.stderr.dropLast().unicodeScalars.filter {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty, "\(output.stderr)")
  }

  /// prlint with its standard input read from `handle`.
  static func run(standardInput handle: FileHandle) throws -> CLIRunner.Output {
    let process = Process()
    process.executableURL = CLIRunner.executable
    process.standardInput = handle
    return try run(process)
  }

  static func run(_ process: Process) throws -> CLIRunner.Output {
    process.currentDirectoryURL = CLIRunner.packageRoot
    process.environment = CLIRunner.environment()
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRunner.Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
