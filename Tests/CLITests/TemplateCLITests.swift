import Foundation
import Testing

/// `prlint template` and `template-leftovers` end to end: the repository's template found from the
/// working directory, or named in the configuration.
@Suite(.serialized)
struct TemplateCLITests {
  static func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  @Test func printsATemplateThatFailsUnfilled() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["template", "--preset", "strict"], directory: directory)
    #expect(output.status == 0 && output.stderr.isEmpty)
    #expect(output.stdout.contains("## What\n\n<!-- Required. What does this change do?"))
    #expect(output.stdout.contains("At least 5 words."))
    let lint = try CLIRunner.run(["--preset", "strict"], stdin: output.stdout, directory: directory)
    #expect(lint.status == 1)
    #expect(lint.stdout.contains("section \"What\" is empty"))
  }

  @Test func writesWithOutputAndRefusesToOverwrite() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = try CLIRunner.run(["template", "--output", "PR.md"], directory: directory)
    #expect(first.status == 0 && first.stdout.hasPrefix("wrote PR.md"))
    let written = try String(contentsOf: directory.appendingPathComponent("PR.md"), encoding: .utf8)
    #expect(written.contains("## Testing"))
    let nested = try CLIRunner.run(["template", "--output", ".github/pull_request_template.md"], directory: directory)
    #expect(nested.status == 0, "\(nested.stderr)")
    #expect(
      try String(contentsOf: directory.appendingPathComponent(".github/pull_request_template.md"), encoding: .utf8)
        == written)
    try "mine\n".write(to: directory.appendingPathComponent("PR.md"), atomically: true, encoding: .utf8)
    let second = try CLIRunner.run(["template", "--output", "PR.md"], directory: directory)
    #expect(second.status == 2 && second.stdout.isEmpty)
    #expect(second.stderr == "prlint: PR.md already exists: use --force to overwrite it\n")
    #expect(try String(contentsOf: directory.appendingPathComponent("PR.md"), encoding: .utf8) == "mine\n")
    #expect(try CLIRunner.run(["template", "--output", "PR.md", "--force"], directory: directory).status == 0)
    #expect(try String(contentsOf: directory.appendingPathComponent("PR.md"), encoding: .utf8) == written)
  }

  @Test func theRepositorysTemplateIsFoundAndLeftoversReported() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.write("", to: directory.appendingPathComponent(".git/HEAD"))
    try Self.write(
      "## What\nDescribe the change in two sentences.\n\n## Why\n<!-- why? -->\n",
      to: directory.appendingPathComponent(".github/pull_request_template.md"))
    let nested = directory.appendingPathComponent("src/app")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    let body = "## What\nDescribe the change in two sentences.\n\n## Why\nUploads fail on flaky networks.\n"
    let output = try CLIRunner.run(["--preset", "minimal"], stdin: body, directory: nested)
    #expect(output.status == 1)
    #expect(
      output.stdout.contains(
        "<stdin>:1:1: error: section \"What\" is still the template's text: replace it with a real answer "
          + "[template-leftovers]"))
  }

  @Test func aMissingNamedTemplateIsAConfigurationError() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.write(
      "rules:\n  template-leftovers:\n    template: .github/missing.md\n",
      to: directory.appendingPathComponent(".prlint.yml"))
    let output = try CLIRunner.run([], stdin: "## What\nA fix.\n", directory: directory)
    #expect(output.status == 2 && output.stdout.isEmpty)
    #expect(output.stderr.hasPrefix("prlint: ") && output.stderr.split(separator: "\n").count == 1)
    #expect(
      output.stderr.hasSuffix(
        "/.prlint.yml:3:15: template-leftovers.template names \".github/missing.md\", which does not exist: "
          + "expected a file path relative to this configuration file\n"))
  }
}
