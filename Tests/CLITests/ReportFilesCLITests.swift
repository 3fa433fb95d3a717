import Foundation
import Testing

/// `--format NAME[=PATH]` given several times and `--output-file`: each file holds exactly what that
/// format alone prints to a pipe, files are replaced whole and only when the run ends with exit 0 or 1,
/// and no temporary file is ever left beside them.
@Suite(.serialized)
struct ReportFilesCLITests {
  /// A temporary directory holding the example bodies, removed on deinit.
  final class Sandbox {
    let url: URL

    init() throws {
      url = try CLIRunner.temporaryDirectory()
      for name in ["PR.md", "needs-work.md"] {
        try FileManager.default.copyItem(
          at: CLIRunner.packageRoot.appendingPathComponent("Examples/\(name)"), to: url.appendingPathComponent(name))
      }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRunner.Output {
      try CLIRunner.run(arguments, stdin: "", directory: url, environment: environment)
    }

    func read(_ name: String) -> String? {
      try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func write(_ text: String, to name: String) throws {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    /// Every name in the directory and its subdirectories, hidden ones (a temporary file) included.
    func names() throws -> Set<String> {
      let enumerator = FileManager.default.enumerator(atPath: url.path)
      return Set((enumerator?.allObjects as? [String]) ?? [])
    }
  }

  static let formats = ["text", "json", "sarif", "markdown", "junit", "codequality"]

  @Test(arguments: ["PR.md", "needs-work.md"])
  func eachFileIsWhatItsFormatAlonePrints(body: String) throws {
    let sandbox = try Sandbox()
    var arguments = ["--format", "text"]
    for format in Self.formats { arguments += ["--format", "\(format)=\(format).out"] }
    arguments += ["--format", "sarif=reports/again.sarif"]
    try FileManager.default.createDirectory(
      at: sandbox.url.appendingPathComponent("reports"), withIntermediateDirectories: false)
    let all = try sandbox.run(arguments + [body])
    let text = try sandbox.run([body])
    #expect(all.status == text.status && all.status == (body == "PR.md" ? 0 : 1))
    #expect(all.stderr.isEmpty)
    #expect(all.stdout == text.stdout)
    for format in Self.formats {
      let alone = try sandbox.run(["--format", format, body])
      #expect(sandbox.read("\(format).out") == alone.stdout, "\(format)")
    }
    #expect(sandbox.read("reports/again.sarif") == sandbox.read("sarif.out"))
    #expect(
      try sandbox.names()
        == Set(Self.formats.map { "\($0).out" } + ["PR.md", "needs-work.md", "reports", "reports/again.sarif"]))
  }

  @Test func withEveryReportInAFileStandardOutputIsEmpty() throws {
    let sandbox = try Sandbox()
    let output = try sandbox.run(["--format", "sarif=prlint.sarif", "--format", "junit=prlint.xml", "needs-work.md"])
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty && output.stderr.isEmpty)
    #expect(sandbox.read("prlint.sarif")?.hasPrefix("{") == true)
    #expect(sandbox.read("prlint.xml")?.hasPrefix("<?xml") == true)
  }

  /// `-o PATH` is `=PATH` for the one report: `-o x` is `--format text=x`, `--format sarif -o x` is
  /// `--format sarif=x`, and `-` is standard output.
  @Test func outputFileIsThePathOfTheOneReport() throws {
    let sandbox = try Sandbox()
    for (arguments, format) in [
      (["-o", "report"], "text"), (["--output-file", "report"], "text"),
      (["--format", "sarif", "--output-file", "report"], "sarif"),
      (["--output-file", "report", "--format", "json"], "json"),
    ] {
      let output = try sandbox.run(arguments + ["needs-work.md"])
      #expect(output.status == 1, "\(arguments)")
      #expect(output.stdout.isEmpty && output.stderr.isEmpty, "\(arguments)")
      #expect(
        sandbox.read("report") == (try sandbox.run(["--format", format, "needs-work.md"])).stdout, "\(arguments)")
    }
    let dash = try sandbox.run(["--format", "junit", "-o", "-", "needs-work.md"])
    #expect(dash.stdout == (try sandbox.run(["--format", "junit", "needs-work.md"])).stdout)
    let sarifDash = try sandbox.run(["--format", "sarif=-", "needs-work.md"])
    #expect(sarifDash.stdout == (try sandbox.run(["--format", "sarif", "needs-work.md"])).stdout)
    #expect(try sandbox.names() == ["PR.md", "needs-work.md", "report"])
  }

  @Test(arguments: [
    (
      ["--format", "text", "--format", "json"],
      "--format text and --format json both write to standard output: give all but one of them a file, as in --format json=PATH"
    ),
    (
      ["--format", "sarif=out", "--format", "junit=./out"],
      "--format sarif=out and --format junit=./out name the same file: give each format its own"
    ),
    (
      ["--format", "github=annotations.txt"],
      "--format github=annotations.txt: GitHub Actions reads workflow commands only from standard output, so in a file they do nothing: give --format github no path"
    ),
    (
      ["--format", "github", "-o", "annotations.txt"],
      "--format github with --output-file annotations.txt: GitHub Actions reads workflow commands only from standard output, so in a file they do nothing: give --format github no path"
    ),
    (
      ["--format", "sarif=out", "-o", "out2"],
      "--output-file and --format sarif=out: give each report's file with --format NAME=PATH, or one --format NAME with --output-file PATH"
    ),
    (
      ["--format", "text", "--format", "sarif", "-o", "out"],
      "--output-file names the file of one report, but --format asks for 2: give each its file with --format NAME=PATH"
    ),
    (["--format", "sarif="], "--format sarif=: the path is empty: expected --format sarif=PATH"),
    (["--output-file="], "--output-file: the path is empty: expected a file path"),
    (["--format", "yaml=out"], "The value 'yaml=out' is invalid for '--format <format>'"),
  ])
  func conflictingDestinationsAreAUsageError(arguments: [String], message: String) throws {
    let sandbox = try Sandbox()
    let output = try sandbox.run(arguments + ["needs-work.md"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.hasPrefix("prlint: " + message), "\(output.stderr)")
    #expect(output.stderr.split(separator: "\n").count == 1)
    #expect(try sandbox.names() == ["PR.md", "needs-work.md"])
  }

  /// A report never replaces a file the run reads (`prlint -o PR.md PR.md` would lose the body).
  @Test func aReportNeverReplacesAnInput() throws {
    let sandbox = try Sandbox()
    let body = sandbox.read("needs-work.md")
    try sandbox.write("[]\n", to: "prs.json")
    for (arguments, message) in [
      (["-o", "needs-work.md", "needs-work.md"], "--format text=needs-work.md: needs-work.md is an input of this run"),
      (
        ["--format", "text", "--format", "json=./needs-work.md", "PR.md", "."],
        "--format json=./needs-work.md: ./needs-work.md is an input"
      ),
      (
        ["audit", "prs.json", "--format", "sarif=prs.json"], "--format sarif=prs.json: prs.json is an input of this run"
      ),
    ] {
      let output = try sandbox.run(arguments)
      #expect(output.status == 2, "\(arguments)")
      #expect(output.stdout.isEmpty)
      #expect(output.stderr.hasPrefix("prlint: " + message), "\(output.stderr)")
    }
    #expect(sandbox.read("needs-work.md") == body)
    #expect(sandbox.read("prs.json") == "[]\n")
    #expect(try sandbox.names() == ["PR.md", "needs-work.md", "prs.json"])
  }

  /// The same format twice to one file is one report, not a conflict.
  @Test func theSameDestinationTwiceIsWrittenOnce() throws {
    let sandbox = try Sandbox()
    let output = try sandbox.run(["--format", "sarif=out", "--format", "sarif=out", "needs-work.md"])
    #expect(output.status == 1 && output.stderr.isEmpty)
    #expect(sandbox.read("out") == (try sandbox.run(["--format", "sarif", "needs-work.md"])).stdout)
  }

  /// Exit 2 (usage, configuration, input, or a destination that cannot be written) leaves every
  /// previous report as it was and no temporary file behind; exit 1 replaces them.
  @Test(arguments: [
    (["--preset", "lenient", "needs-work.md"], "unknown preset"),
    (["needs-work.md", "missing.md"], "missing.md: no such file"),
    (
      ["--format", "json=no-such-dir/report.json", "needs-work.md"],
      "no-such-dir/report.json: cannot be written (no such file or directory)"
    ),
    (
      ["--format", "json=PR.md/report.json", "needs-work.md"], "PR.md/report.json: cannot be written (not a directory)"
    ),
    (["--format", "json=reports", "needs-work.md"], "reports: is a directory: expected a file path for the report"),
  ])
  func aFailedRunReplacesNoReport(arguments: [String], message: String) throws {
    let sandbox = try Sandbox()
    try FileManager.default.createDirectory(
      at: sandbox.url.appendingPathComponent("reports"), withIntermediateDirectories: false)
    try sandbox.write("previous sarif\n", to: "prlint.sarif")
    try sandbox.write("previous junit\n", to: "reports/prlint.xml")
    let before = try sandbox.names()
    let output = try sandbox.run(
      ["--format", "text", "--format", "sarif=prlint.sarif", "--format", "junit=reports/prlint.xml"] + arguments)
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(output.stderr.split(separator: "\n").count == 1)
    #expect(sandbox.read("prlint.sarif") == "previous sarif\n")
    #expect(sandbox.read("reports/prlint.xml") == "previous junit\n")
    #expect(try sandbox.names() == before)

    let failing = try sandbox.run(
      ["--format", "text", "--format", "sarif=prlint.sarif", "--format", "junit=reports/prlint.xml", "needs-work.md"])
    #expect(failing.status == 1)
    #expect(sandbox.read("prlint.sarif") == (try sandbox.run(["--format", "sarif", "needs-work.md"])).stdout)
    #expect(sandbox.read("reports/prlint.xml") == (try sandbox.run(["--format", "junit", "needs-work.md"])).stdout)
    #expect(try sandbox.names() == before)
  }

  /// A symlink at the destination is replaced by the report; what it pointed at is not written.
  @Test func aSymlinkIsReplacedNotWrittenThrough() throws {
    let sandbox = try Sandbox()
    try sandbox.write("elsewhere\n", to: "target")
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.url.appendingPathComponent("prlint.sarif").path, withDestinationPath: "target")
    let output = try sandbox.run(["--format", "sarif=prlint.sarif", "PR.md"])
    #expect(output.status == 0)
    #expect(sandbox.read("target") == "elsewhere\n")
    let attributes = try FileManager.default.attributesOfItem(
      atPath: sandbox.url.appendingPathComponent("prlint.sarif").path)
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    #expect(sandbox.read("prlint.sarif") == (try sandbox.run(["--format", "sarif", "PR.md"])).stdout)
  }

  /// Colour only ever on standard output: `--color always` and `FORCE_COLOR` leave files plain.
  @Test func filesNeverGetColour() throws {
    let sandbox = try Sandbox()
    let plain = try sandbox.run(["needs-work.md"]).stdout
    for (arguments, environment) in [(["--color", "always"], [:]), ([], ["FORCE_COLOR": "1"])] {
      let output = try sandbox.run(
        arguments + ["--format", "text", "--format", "text=log.txt", "needs-work.md"], environment: environment)
      #expect(output.stdout.contains("\u{1B}["), "\(arguments)")
      #expect(sandbox.read("log.txt") == plain, "\(arguments)")
    }
  }

  /// `--quiet` and `--max-warnings` shape every report, the file as standard output.
  @Test func quietAndMaxWarningsApplyToEveryDestination() throws {
    let sandbox = try Sandbox()
    let options = ["--quiet", "--max-warnings", "0"]
    let output = try sandbox.run(options + ["--format", "json", "--format", "text=log.txt", "needs-work.md"])
    #expect(output.stdout == (try sandbox.run(options + ["--format", "json", "needs-work.md"])).stdout)
    #expect(sandbox.read("log.txt") == (try sandbox.run(options + ["needs-work.md"])).stdout)
  }

  @Test func auditWritesEachFormatToItsFile() throws {
    let sandbox = try Sandbox()
    let body =
      "## What\nAdds a cache in front of the registry so that repeated loads are cheap.\n\n## Why\n"
      + "Loads were slow.\n\n## Testing\nRan the suite.\n\nFixes #4"
    let records = [
      #"{"number": 1, "title": "WIP", "body": ""}"#,
      String(decoding: try JSONSerialization.data(withJSONObject: ["number": 2, "body": body]), as: UTF8.self),
    ]
    try sandbox.write(records.joined(separator: "\n") + "\n", to: "prs.jsonl")
    var arguments = ["audit", "prs.jsonl", "--jobs", "2", "--format", "text"]
    for format in Self.formats { arguments += ["--format", "\(format)=\(format).out"] }
    let all = try sandbox.run(arguments)
    #expect(all.status == 1 && all.stderr.isEmpty)
    #expect(all.stdout == (try sandbox.run(["audit", "prs.jsonl"])).stdout)
    for format in Self.formats {
      let alone = try sandbox.run(["audit", "prs.jsonl", "--format", format])
      #expect(sandbox.read("\(format).out") == alone.stdout, "\(format)")
    }
    let output = try sandbox.run(["audit", "prs.jsonl", "-o", "audit.txt", "--summary-only"])
    #expect(output.status == 1 && output.stdout.isEmpty)
    #expect(sandbox.read("audit.txt") == (try sandbox.run(["audit", "prs.jsonl", "--summary-only"])).stdout)

    // A malformed record is exit 2: the reports stay as they were, and no temporary file is left.
    try sandbox.write(records[0] + "\n{\"number\": 3, \"body\": \"unterminated\n", to: "bad.jsonl")
    let before = try sandbox.names()
    let sarif = sandbox.read("sarif.out")
    let malformed = try sandbox.run(["audit", "bad.jsonl", "--format", "text", "--format", "sarif=sarif.out"])
    #expect(malformed.status == 2)
    #expect(malformed.stdout.contains("prlint audit: 1 PR checked"))
    #expect(sandbox.read("sarif.out") == sarif)
    #expect(try sandbox.names() == before)

    let conflict = try sandbox.run(["audit", "prs.jsonl", "--format", "text", "--format", "json"])
    #expect(conflict.status == 2 && conflict.stdout.isEmpty)
    #expect(conflict.stderr.hasPrefix("prlint: --format text and --format json both write to standard output"))
    let missingDirectory = try sandbox.run(["audit", "prs.jsonl", "--format", "json=no-such-dir/a.json"])
    #expect(missingDirectory.status == 2 && missingDirectory.stdout.isEmpty)
    #expect(missingDirectory.stderr == "prlint: no-such-dir/a.json: cannot be written (no such file or directory)\n")
    #expect(try sandbox.names() == before)
  }
}
