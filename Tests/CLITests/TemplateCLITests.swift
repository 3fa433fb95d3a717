import Foundation
import Testing

/// `prlint template`, `template-leftovers` and `sections: template` end to end: the repository's template
/// found from the working directory, or named in the configuration.
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
    try "mine\n".write(to: directory.appendingPathComponent("PR.md"), atomically: true, encoding: .utf8)
    let second = try CLIRunner.run(["template", "--output", "PR.md"], directory: directory)
    #expect(second.status == 2 && second.stdout.isEmpty)
    #expect(second.stderr == "prlint: PR.md already exists: use --force to overwrite it\n")
    #expect(try String(contentsOf: directory.appendingPathComponent("PR.md"), encoding: .utf8) == "mine\n")
    #expect(try CLIRunner.run(["template", "--output", "PR.md", "--force"], directory: directory).status == 0)
    #expect(try String(contentsOf: directory.appendingPathComponent("PR.md"), encoding: .utf8) == written)
    // Last: once the repository has a PR template, it is the spec (see below).
    let nested = try CLIRunner.run(["template", "--output", ".github/pull_request_template.md"], directory: directory)
    #expect(nested.status == 0, "\(nested.stderr)")
    #expect(
      try String(contentsOf: directory.appendingPathComponent(".github/pull_request_template.md"), encoding: .utf8)
        == written)
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

  // MARK: - The template is the spec

  static let template = """
    ## Summary
    <!-- What changes, and why? -->

    ## Rollout plan
    <!-- Optional: feature flags, migrations -->

    ### How was this tested?
    """

  /// A repository holding `template` as its PR template, and nothing else.
  static func repository(template: String = template) throws -> URL {
    let directory = try CLIRunner.temporaryDirectory()
    try write("", to: directory.appendingPathComponent(".git/HEAD"))
    try write(template, to: directory.appendingPathComponent(".github/pull_request_template.md"))
    return directory
  }

  /// Without a configuration file, the template's headings are the sections; `--preset` still chooses the
  /// preset's.
  @Test func withoutAConfigurationFileTheTemplateIsTheSpec() throws {
    let directory = try Self.repository()
    defer { try? FileManager.default.removeItem(at: directory) }
    let filled =
      "## Summary\nAdds retries with backoff to the uploader, so flaky networks stop failing CI runs. Fixes #12.\n\n"
      + "### How was this tested?\nUploaded 500 artifacts over a lossy link; all finished.\n"
    let passed = try CLIRunner.run(["--format", "json"], stdin: filled, directory: directory)
    #expect(passed.status == 0, "\(passed.stdout)")
    #expect(passed.stdout.contains("\"template\": \".github/pull_request_template.md\"}"))
    let preset = try CLIRunner.run(["--preset", "default"], stdin: filled, directory: directory)
    #expect(preset.status == 1)
    #expect(preset.stdout.contains("missing section \"Why\""))
    let missing = try CLIRunner.run(
      [], stdin: "## Summary\n" + String(repeating: "Adds retries. ", count: 10) + "Fixes #1.\n", directory: directory)
    #expect(missing.status == 1)
    #expect(
      missing.stdout.contains(
        "<stdin>: error: missing section \"How was this tested?\": add the PR template's \"### How was this tested?\" "
          + "with your answer [required-sections]"))
    #expect(!missing.stdout.contains("Rollout plan"))
  }

  @Test func rulesAndExplainSayWhereTheSectionsCameFrom() throws {
    let directory = try Self.repository()
    defer { try? FileManager.default.removeItem(at: directory) }
    let rules = try CLIRunner.run(["rules"], directory: directory)
    #expect(rules.status == 0 && rules.stderr.isEmpty)
    #expect(
      rules.stdout.hasSuffix(
        """
        Sections from the PR template .github/pull_request_template.md (no configuration file: the PR template is the spec):

          Summary               required  line 1: ## Summary; also opened by What's aliases
          Rollout plan          optional  line 4: ## Rollout plan; optional: the comment under it says "optional"
          How was this tested?  required  line 7: ### How was this tested?; also opened by Testing's aliases

        """))
    let preset = try CLIRunner.run(["rules", "--preset", "minimal"], directory: directory)
    #expect(
      preset.stdout.contains("\nSections from preset minimal:\n\n  What     required  opened by: what, summary")
    )
    let explain = try CLIRunner.run(["explain", "empty-section"], directory: directory)
    #expect(explain.stdout.contains("\nSections from the PR template .github/pull_request_template.md"))
    #expect(!(try CLIRunner.run(["explain", "title"], directory: directory)).stdout.contains("Sections from"))
  }

  /// Where the repository's template is the spec, `prlint template` does not make another one that
  /// contradicts it (or write one over it); a preset still generates one.
  @Test func templateCommandPointsAtTheRepositorysTemplate() throws {
    let directory = try Self.repository()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = ".github/pull_request_template.md"
    let output = try CLIRunner.run(["template", "--output", path, "--force"], directory: directory)
    #expect(output.status == 2 && output.stdout.isEmpty)
    #expect(
      output.stderr
        == "prlint: the PR template .github/pull_request_template.md is already the spec prlint checks (no "
        + "configuration file): edit it, or pass --preset default for a template generated from a preset\n")
    #expect(try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8) == Self.template)
    let preset = try CLIRunner.run(["template", "--preset", "default"], directory: directory)
    #expect(preset.status == 0 && preset.stdout.contains("## Why\n"))
  }

  /// A checklist is no heading to answer under: the preset's sections apply, and `rules` says why.
  @Test func aTemplateWithoutHeadingsKeepsThePresetsSections() throws {
    let directory = try Self.repository(template: "- [ ] I ran the tests\n- [ ] I updated the docs\n")
    defer { try? FileManager.default.removeItem(at: directory) }
    let rules = try CLIRunner.run(["rules"], directory: directory)
    #expect(
      rules.stdout.contains(
        "Sections from preset default (no configuration file: the PR template is the spec, but the PR template has "
          + "no headings (.github/pull_request_template.md)):"))
    let lint = try CLIRunner.run([], stdin: "## Summary\nA.\n", directory: directory)
    #expect(lint.stdout.contains("missing section \"Why\": add a \"## Why\" section"))
  }

  /// `prlint init` in a repository with a template writes `sections: template`, with what was derived as
  /// comments, and the run then reads the template's sections from the file it wrote.
  @Test func initWritesSectionsTemplateWithWhatWasDerived() throws {
    let directory = try Self.repository()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["init"], directory: directory)
    #expect(
      output.stdout
        == "wrote .prlint.yml (sections: template, the headings of .github/pull_request_template.md): edit it, then run "
        + "prlint on a PR body\n")
    let written = try String(contentsOf: directory.appendingPathComponent(".prlint.yml"), encoding: .utf8)
    #expect(written.contains("\nsections: template\n"))
    #expect(
      written.contains(
        """
        #   - name: 'Rollout plan'  # line 4; optional: the comment under it says "optional"
        #     aliases: ['rollout plan']
        #     required: false
        """))
    let rules = try CLIRunner.run(["rules"], directory: directory)
    #expect(
      rules.stdout.contains("Sections from the PR template .github/pull_request_template.md (sections: template in "))
    let plain = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: plain) }
    #expect(
      try CLIRunner.run(["init"], directory: plain).stdout
        == "wrote .prlint.yml: edit it, then run prlint on a PR body\n")
    #expect(
      !(try String(contentsOf: plain.appendingPathComponent(".prlint.yml"), encoding: .utf8)).contains(
        "sections: template"))
  }

  /// `sections: template` with overrides: `prlint rules` lists the template's sections, then the overrides
  /// that merge into them; a labelled PR is checked against the template's sections and the override's.
  @Test func overridesMergeIntoTheTemplatesSections() throws {
    let directory = try Self.repository()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.write(
      "sections: template\noverrides:\n  - if: {labels: [bug]}\n    sections:\n      - name: Root cause\n"
        + "  - if: {labels: [docs]}\n    sections:\n      - name: Testing\n        required: false\n",
      to: directory.appendingPathComponent(".prlint.yml"))
    let rules = try CLIRunner.run(["rules"], directory: directory)
    #expect(rules.status == 0, "\(rules.stderr)")
    #expect(
      rules.stdout.contains("\nSections from the PR template .github/pull_request_template.md (sections: template"))
    #expect(
      rules.stdout.hasSuffix(
        """

        Overrides, applied in this order to each PR all of whose conditions hold:

        .prlint.yml#1  if labels: bug
          section Root cause

        .prlint.yml#2  if labels: docs
          section Testing: not required

        """), "\(rules.stdout)")
    let untested =
      "## Summary\nRewrites the uploader's guide for the new retry flags, with an example of each flag and of the "
      + "backoff it gives on a flaky network. Fixes #12.\n"
    let plain = try CLIRunner.run([], stdin: untested, directory: directory)
    #expect(plain.status == 1)
    #expect(plain.stdout.contains("missing section \"How was this tested?\""))
    let docs = try CLIRunner.run(["--labels", "docs", "--format", "json"], stdin: untested, directory: directory)
    #expect(docs.status == 0, "\(docs.stdout)")
    #expect(docs.stdout.contains("\"overrides\": [\".prlint.yml#2\"]"))
    #expect(docs.stdout.contains("\"template\": \".github/pull_request_template.md\"}"))
    let bug = try CLIRunner.run(["--labels", "bug"], stdin: untested, directory: directory)
    #expect(bug.stdout.contains("missing section \"Root cause\": add a \"## Root cause\" section"))
  }
}
