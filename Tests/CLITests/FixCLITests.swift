import Foundation
import Testing

/// `prlint fix` and `prlint check --fix` through the binary: files rewritten in place (only when something
/// changed), the fixed body printed for `-` and `--stdout`, each change reported, the fixed body linted for
/// the exit code, and nothing written on a usage or input error.
struct FixCLITests {
  static let what =
    "## What\n\nAdds retries with backoff to the uploader, so a dropped connection no longer fails it.\n"
  /// Passes once "Fixes #1, #2" is fixed: every required section is there and filled in.
  static let nearlyPassing =
    what + "\n## Why\n\nUploads from CI runners fail weekly on flaky networks, costing a rerun each time.\n\n"
    + "## Testing\n\nRan the uploader's unit tests and 500 uploads by hand over a lossy link.\n\nFixes #1, #2\n"
  static let nearlyPassingFixed = nearlyPassing.replacingOccurrences(of: "#1, #2", with: "#1, fixes #2")
  /// Misses Why and Testing, which the fix adds, still empty.
  static let missingSections = what + "\nCloses issue #5\n"

  /// A scratch folder with `files`, removed by the caller.
  static func folder(_ files: [String: String]) throws -> URL {
    let directory = try CLIRunner.temporaryDirectory()
    for (name, text) in files {
      let url = directory.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return directory
  }

  static func read(_ directory: URL, _ name: String) throws -> String {
    String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
  }

  @Test(arguments: [["fix"], ["check", "--fix"], ["--fix"]])
  func aFileIsFixedInPlaceAndTheFixedBodyLinted(_ command: [String]) throws {
    let directory = try Self.folder(["PR.md": Self.nearlyPassing])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(command + ["PR.md"], directory: directory)
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(try Self.read(directory, "PR.md") == Self.nearlyPassingFixed)
    #expect(output.stdout.hasPrefix("PR.md:13:11: fixed: wrote \"fixes\" before #2: GitHub closes only the first"))
    #expect(output.stderr.isEmpty)
  }

  @Test func addedSectionsAreReportedAndStillFail() throws {
    let directory = try Self.folder(["PR.md": Self.missingSections])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["fix", "PR.md"], directory: directory)
    #expect(output.status == 1)
    let lines = output.stdout.split(separator: "\n")
    #expect(lines.count >= 4)
    #expect(lines.prefix(3).map { $0.prefix(while: { $0 != " " }) } == ["PR.md:5:1:", "PR.md:7:1:", "PR.md:11:1:"])
    #expect(lines[1].hasPrefix("PR.md:7:1: fixed: added the missing section \"Why\" at the end, with a prompt"))
    #expect(output.stdout.contains("PR.md:7:1: error: section \"Why\" is empty"))
    #expect(try Self.read(directory, "PR.md").hasPrefix(Self.what + "\nCloses #5\n\n## Why\n\n<!-- Required."))
  }

  @Test func stdoutPrintsTheFixedBodyAndLeavesTheFile() throws {
    let directory = try Self.folder(["PR.md": Self.nearlyPassing])
    defer { try? FileManager.default.removeItem(at: directory) }
    for command in [["fix", "--stdout"], ["check", "--fix", "--stdout"]] {
      let output = try CLIRunner.run(command + ["PR.md"], directory: directory)
      #expect(output.status == 0)
      #expect(output.stdout == Self.nearlyPassingFixed)
      #expect(output.stderr.hasPrefix("PR.md:13:11: fixed: wrote \"fixes\" before #2"))
      #expect(output.stderr.contains("PR.md passed"), "\(output.stderr)")
      #expect(try Self.read(directory, "PR.md") == Self.nearlyPassing)
    }
  }

  @Test(arguments: [["fix", "-"], ["fix"], ["check", "--fix", "-"]])
  func standardInputIsPrintedFixed(_ arguments: [String]) throws {
    let output = try CLIRunner.run(arguments, stdin: Self.missingSections)
    #expect(output.status == 1)
    #expect(output.stdout.hasPrefix(Self.what + "\nCloses #5\n\n## Why\n"))
    #expect(output.stderr.hasPrefix("<stdin>:5:1: fixed: removed \"issue\" between \"Closes\" and #5"))
    #expect(output.stderr.contains("<stdin>:7:1: error: section \"Why\" is empty"))
  }

  @Test func aMachineFormatKeepsStandardOutputAndTheChangesGoToStandardError() throws {
    let directory = try Self.folder(["PR.md": Self.nearlyPassing])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["check", "--fix", "--format", "json", "PR.md"], directory: directory)
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("{"))
    #expect(output.stderr.hasPrefix("PR.md:13:11: fixed:"))
  }

  @Test func anUnchangedFileIsNotRewritten() throws {
    let directory = try Self.folder(["PR.md": Self.nearlyPassingFixed, "other.md": Self.nearlyPassing])
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("PR.md").path
    let past = Date(timeIntervalSince1970: 1_000_000_000)
    try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
    let before = try FileManager.default.attributesOfItem(atPath: path)
    let output = try CLIRunner.run(["fix", "PR.md", "other.md"], directory: directory)
    #expect(output.status == 0, "\(output.stdout)")
    let after = try FileManager.default.attributesOfItem(atPath: path)
    #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
    #expect(after[.modificationDate] as? Date == past)
    #expect(!output.stdout.contains("PR.md:"), "\(output.stdout)")
    #expect(try Self.read(directory, "other.md") == Self.nearlyPassingFixed)
    // No temporary file is left beside them.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["PR.md", "other.md"])
  }

  @Test func aRewrittenFileKeepsItsModeAndASymlinkStaysOne() throws {
    let directory = try Self.folder(["body/PR.md": Self.nearlyPassing])
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("body/PR.md").path
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target)
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("link.md").path, withDestinationPath: "body/PR.md")
    let output = try CLIRunner.run(["fix", "link.md"], directory: directory)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(try Self.read(directory, "body/PR.md") == Self.nearlyPassingFixed)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("link.md").path)
        == "body/PR.md")
    #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o600)
  }

  @Test func theBytesTheAuthorWroteAreKept() throws {
    // CRLF and an invalid byte: written back as they were, the fix's lines in CRLF too.
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let head = Array(Self.nearlyPassing.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let body = head + [0xFF] + Array(" Closes issue #3\r\n".utf8)
    try Data(body).write(to: directory.appendingPathComponent("PR.md"))
    let output = try CLIRunner.run(["fix", "PR.md"], directory: directory)
    #expect(output.status == 0, "\(output.stdout)")
    let fixed = Array(try Data(contentsOf: directory.appendingPathComponent("PR.md")))
    let expected = Array(Self.nearlyPassingFixed.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    // The line with an invalid byte is left as written, and said so.
    #expect(fixed == expected + [0xFF] + Array(" Closes issue #3\r\n".utf8))
    #expect(output.stdout.contains("PR.md:14:5: not fixed: \"Closes\" does not close #3"), "\(output.stdout)")
  }

  @Test(arguments: [["fix", "--body-file", "PR.md"], ["check", "--fix", "--body-file", "PR.md"]])
  func theBodyFileIsFixedInPlace(_ arguments: [String]) throws {
    let directory = try Self.folder(["PR.md": Self.nearlyPassing])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(arguments, directory: directory)
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(try Self.read(directory, "PR.md") == Self.nearlyPassingFixed)
  }

  @Test func gitLabsGrammarIsRespected() throws {
    // GitLab closes each issue of a list after one keyword: nothing to rewrite there.
    let directory = try Self.folder([".prlint.yml": "platform: gitlab\n", "PR.md": Self.nearlyPassing])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["fix", "PR.md"], directory: directory)
    #expect(output.status == 0, "\(output.stdout)")
    #expect(try Self.read(directory, "PR.md") == Self.nearlyPassing)
    #expect(!output.stdout.contains("fixed:"))
  }

  @Test func theTemplatesHeadingAndCommentAreAdded() throws {
    let template = "## Summary\n<!-- What and why -->\n\n### How was this tested?\n<!-- Commands you ran -->\n"
    let directory = try Self.folder([
      ".git/HEAD": "", ".github/pull_request_template.md": template,
      "PR.md": "## Summary\nAdds retries to the uploader so that a dropped connection does not fail it. Fixes #4.\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["fix", "PR.md"], directory: directory)
    #expect(output.status == 1)
    #expect(try Self.read(directory, "PR.md").hasSuffix(".\n\n### How was this tested?\n\n<!-- Commands you ran -->\n"))
  }

  @Test func changeLinesAreSafeForATerminal() throws {
    let name = "PR\u{1B}[31m.md"
    let directory = try Self.folder([name: Self.nearlyPassing])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["fix", name], directory: directory)
    #expect(output.status == 0)
    #expect(!output.stdout.contains("\u{1B}"))
    #expect(output.stdout.contains("fixed: wrote \"fixes\""))
  }

  @Test(arguments: [
    (["fix", "PR.md", "-"], "standard input (-) is printed fixed on standard output: give it alone"),
    (["check", "--stdout", "PR.md"], "--stdout prints the fixed body: use it with --fix"),
    (["fix", "--stdout", "PR.md", "other.md"], "--stdout prints one fixed body, and 2 were read: give one FILE"),
    (["fix", "PR.md", "missing.md"], "missing.md: no such file"),
    (["fix", "--preset", "nope", "PR.md"], "nope"),
    (["fix", "--event", "event.json"], "the PR's body came from the CI, and --fix has nowhere to write it back"),
  ])
  func aUsageOrInputErrorWritesNothing(arguments: [String], message: String) throws {
    let event = #"{"pull_request": {"number": 1, "title": "Add retries", "body": "Fixes #1, #2"}}"#
    let directory = try Self.folder(["PR.md": Self.nearlyPassing, "other.md": Self.nearlyPassing, "event.json": event])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(arguments, directory: directory)
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.hasPrefix("prlint: "), "\(output.stderr)")
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(try Self.read(directory, "PR.md") == Self.nearlyPassing)
    #expect(try Self.read(directory, "other.md") == Self.nearlyPassing)
  }

  @Test func helpListsTheNewOptions() throws {
    let fix = try CLIRunner.run(["fix", "--help"])
    #expect(fix.status == 0)
    #expect(fix.stdout.contains("--stdout"))
    #expect(fix.stdout.contains("prlint fix .github/PR_BODY.md"))
    let check = try CLIRunner.run(["check", "--help"])
    #expect(check.stdout.contains("--fix"))
    #expect(check.stdout.contains("--stdout"))
    let root = try CLIRunner.run(["--help"])
    #expect(root.stdout.contains("fix"))
  }
}
