import Foundation
import Testing

/// A write that fails (a full disk, a closed descriptor, a reader gone with SIGPIPE ignored) is exit 2
/// with one line on stderr: never a trap, and never exit 0 with nothing written.
struct WriteFailureTests {
  /// Runs prlint under bash with `redirection` applied to it; the status comes back as the last line of
  /// stdout so that a pipeline can report the status of prlint, not of its reader.
  static func run(_ arguments: [String], redirection: String, prefix: String = "", pipe: String = "")
    throws -> (status: Int32?, stderr: String)
  {
    let command =
      "\(prefix) \"$0\" \"$@\" \(redirection) \(pipe); echo \"status ${PIPESTATUS[0]}\""
    let output = try CLIRunner.run(
      ["-c", command, CLIRunner.executable.path] + arguments, executable: URL(fileURLWithPath: "/bin/bash"))
    let status = output.stdout.split(separator: "\n").last { $0.hasPrefix("status ") }
      .flatMap { Int32($0.dropFirst("status ".count)) }
    return (status, output.stderr)
  }

  static let body = CLIRunner.packageRoot.appendingPathComponent("Examples/PR.md").path

  @Test(arguments: [
    [body], ["check", "--format", "json", body], ["rules"], ["explain", "linked-issue"], ["template"], ["--version"],
    ["--help"], ["init", "--help"],
  ])
  func aFullDiskIsExitTwoWithOneLine(_ arguments: [String]) throws {
    let result = try Self.run(arguments, redirection: "> /dev/full")
    #expect(result.status == 2, "\(arguments)")
    #expect(
      result.stderr
        == "prlint: cannot write to standard output (no space left on device): expected room for prlint's output\n",
      "\(arguments)")
  }

  /// Reports in files are replaced only after standard output took its report: a full disk there
  /// leaves the previous ones, and no temporary file.
  @Test func aFullStandardOutputReplacesNoReportFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = directory.appendingPathComponent("prlint.sarif")
    try Data("previous\n".utf8).write(to: report)
    let result = try Self.run(
      ["--format", "text", "--format", "sarif=\(report.path)", Self.body], redirection: "> /dev/full")
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("prlint: cannot write to standard output (no space left on device)"))
    #expect(try String(contentsOf: report, encoding: .utf8) == "previous\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["prlint.sarif"])
  }

  /// A reader gone before prlint writes (`| true`): with a report in a file, that is exit 2 with the
  /// previous report kept and no temporary file left, never SIGPIPE's kill halfway.
  @Test func aReaderGoneLeavesNoTemporaryFile() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let report = directory.appendingPathComponent("prlint.sarif")
    try Data("previous\n".utf8).write(to: report)
    for arguments in [
      ["--format", "text", "--format", "sarif=\(report.path)", Self.body],
      ["audit", "--format", "json", "--format", "sarif=\(report.path)", "/dev/null"],
    ] {
      let result = try Self.run(arguments, redirection: "", prefix: "{ sleep 0.3;", pipe: "; } | true")
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr.hasPrefix("prlint: cannot write to standard output (broken pipe)"), "\(arguments)")
      #expect(try String(contentsOf: report, encoding: .utf8) == "previous\n")
      #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["prlint.sarif"])
    }
  }

  @Test func aClosedStandardOutputIsExitTwo() throws {
    let result = try Self.run([Self.body], redirection: ">&-")
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("prlint: cannot write to standard output (bad file descriptor)"))
  }

  /// `prlint audit … | head -c 10` with SIGPIPE ignored: reading stops, and the failure is the exit code.
  @Test func aReaderGoneMidAuditIsExitTwo() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let record = #"{"number": 1, "title": "t", "body": "A change, described at some length. Fixes #1"}"#
    let path = directory.appendingPathComponent("prs.jsonl")
    try Data(Array(repeating: record, count: 20_000).joined(separator: "\n").utf8).write(to: path)
    let result = try Self.run(
      ["audit", "--format", "json", path.path], redirection: "", prefix: "trap '' PIPE;",
      pipe: "| head -c 10 > /dev/null")
    #expect(result.status == 2)
    #expect(
      result.stderr == "prlint: cannot write to standard output (broken pipe): expected room for prlint's output\n")
  }

  /// An error that cannot even be reported (stderr on a full disk) still exits 2.
  @Test func aFullStandardErrorIsExitTwo() throws {
    let result = try Self.run(["/nonexistent.md"], redirection: "2> /dev/full")
    #expect(result.status == 2)
  }
}
