import Foundation
import Testing

@testable import PRLintKit

/// `overrides:` under `sections: template`: overrides apply after everything else, so their sections
/// merge into the sections of the template each body is checked against.
struct TemplateOverrideTests {
  static let template = """
    ## Summary
    <!-- What changes, and why? -->

    ### How was this tested?

    ## Rollout plan
    <!-- Optional: flags, migrations -->

    """

  static let filled = """
    ## Summary
    Adds retries with backoff to the uploader, so flaky networks stop failing CI runs. Fixes #12.

    ### How was this tested?
    Uploaded 500 artifacts over a lossy link; all finished.

    """

  static func linter(_ overrides: String, templates: [(path: String, text: String)]? = nil) throws -> Linter {
    let configuration = try OverrideSupport.configuration("sections: template\n" + overrides)
    return TestSupport.linter(configuration, templates: templates ?? [("t.md", template)])
  }

  static func lint(_ linter: Linter, _ body: String, labels: [String] = []) -> LintResult {
    linter.lint(OverrideSupport.input(body, labels: labels))
  }

  /// A section an override adds is added to the template's, after them; without the label it is not asked for.
  @Test func anOverrideAddsASectionToTheTemplates() throws {
    let linter = try Self.linter(OverrideSupport.issueExample)
    let plain = Self.lint(linter, Self.filled)
    #expect(plain.overrides == [] && plain.template == "t.md")
    #expect(TemplateSectionsTests.errors(plain) == [])
    let bug = Self.lint(linter, Self.filled, labels: ["bug"])
    #expect(bug.overrides == ["t.yml#1"] && bug.template == "t.md")
    #expect(bug.sections.map(\.name) == ["Summary", "How was this tested?", "Rollout plan", "Root cause"])
    #expect(
      TemplateSectionsTests.errors(bug) == [
        "required-sections: missing section \"Root cause\": add a \"## Root cause\" section"
      ])
    let answered = Self.lint(
      linter, Self.filled + "## Cause\nA dropped connection ended the upload.\n", labels: ["bug"])
    #expect(TemplateSectionsTests.errors(answered) == [])
  }

  /// An override naming a preset section (Testing) changes the template's heading that took its aliases,
  /// which keeps its name and the template's heading in messages.
  @Test func anOverrideNamingAPresetSectionChangesTheTemplatesHeadingForIt() throws {
    let linter = try Self.linter(
      "overrides:\n  - if: {labels: [docs]}\n    sections:\n      - name: Testing\n        required: false\n")
    let untested = "## Summary\nRewrites the uploader's guide for the new retry flags. Fixes #12.\n"
    #expect(
      TemplateSectionsTests.errors(Self.lint(linter, untested)) == [
        "required-sections: missing section \"How was this tested?\": add the PR template's "
          + "\"### How was this tested?\" with your answer"
      ])
    let docs = Self.lint(linter, untested, labels: ["docs"])
    #expect(TemplateSectionsTests.errors(docs) == [])
    #expect(docs.sections.map(\.name) == ["Summary", "How was this tested?", "Rollout plan"])
    #expect(docs.sections[1].definition.template?.heading == "### How was this tested?")
    #expect(docs.sections.map(\.definition.required) == [true, false, false])
  }

  /// Settings an override does not give are the template's: required again, an optional heading of the
  /// template stays optional and may be left as the template had it.
  @Test func anOverrideChangesOnlyWhatItGives() throws {
    let linter = try Self.linter(
      "overrides:\n  - if: {labels: [ops]}\n    sections:\n      - name: Rollout plan\n        required: true\n"
        + "      - name: Summary\n        min-words: 5\n")
    let ops = Self.lint(linter, Self.filled, labels: ["ops"])
    #expect(ops.sections.map(\.definition.required) == [true, true, true])
    #expect(ops.sections[0].definition.minWords == 5)
    #expect(ops.sections[0].definition.aliases.contains("what"))
    #expect(
      TemplateSectionsTests.errors(ops) == [
        "required-sections: missing section \"Rollout plan\": add the PR template's \"## Rollout plan\" with your "
          + "answer"
      ])
  }

  /// With several templates, the one a body is checked against is chosen as without overrides; the
  /// overrides then change its sections.
  @Test func theTemplateIsChosenBeforeOverridesApply() throws {
    let templates = [("bug.md", "## Bug\n\n## Steps\n"), ("fix.md", "## Fix\n\n## Design\n")]
    let linter = try Self.linter(
      "overrides:\n  - if: {labels: [defect]}\n    sections:\n      - name: Bug\n        aliases: [defect]\n",
      templates: templates)
    let body = "## Bug\nUploads stop.\n\n## Fix\nRetry them.\n"
    #expect(Self.lint(linter, body).template == "bug.md")
    let defect = Self.lint(linter, body, labels: ["defect"])
    #expect(defect.template == "bug.md" && defect.overrides == ["t.yml#1"])
    #expect(defect.sections.map(\.name) == ["Bug", "Steps"])
    #expect(defect.sections[0].status == .missing)
  }

  /// Rules an override turns on or changes run against the template's sections too, and a custom rule in
  /// an override may name a template heading, known only once the template is read.
  @Test func overrideRulesReadTheTemplatesSections() throws {
    let linter = try Self.linter(
      """
      overrides:
        - if: {labels: [perf]}
          rules:
            benchmark-mentioned:
              kind: require-text
              pattern: '(?i)benchmark'
              section: How was this tested?
              message: say which benchmark ran

      """)
    let custom = { (result: LintResult) in
      result.diagnostics.filter { $0.ruleID == "benchmark-mentioned" }.map { "\($0.message) [\($0.section ?? "")]" }
    }
    #expect(custom(Self.lint(linter, Self.filled)) == [])
    #expect(
      custom(Self.lint(linter, Self.filled, labels: ["perf"])) == ["say which benchmark ran [How was this tested?]"])
  }

  /// JSON gives both: the overrides right after skipped, the template last.
  @Test func jsonNamesTheOverridesAndTheTemplate() throws {
    let linter = try Self.linter(OverrideSupport.issueExample)
    let json = JSONReporter().report([Self.lint(linter, Self.filled, labels: ["bug"])], options: ReportOptions())
    #expect(json.contains("\"skipped\": null, \"overrides\": [\"t.yml#1\"], \"size\": "))
    #expect(json.contains("\"template\": \"t.md\"}"))
  }

  /// An override that changes no section of the chosen template gives the reports the base would.
  @Test func anOverrideOfRulesOnlyKeepsTheTemplatesSections() throws {
    let linter = try Self.linter("overrides:\n  - if: {labels: [x]}\n    rules:\n      title: off\n")
    let base = Self.lint(linter, Self.filled)
    let labelled = Self.lint(linter, Self.filled, labels: ["x"])
    #expect(labelled.sections.map(\.definition) == base.sections.map(\.definition))
    #expect(labelled.sections.map(\.status) == base.sections.map(\.status))
    #expect(labelled.template == "t.md" && labelled.overrides == ["t.yml#1"])
  }
}
