import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// `sections: template`: the sections a PR template's headings make, and bodies checked against them.
struct TemplateSectionsTests {
  static func sections(_ template: String) -> [SectionDefinition] {
    TemplateSections(
      text: template, path: "template.md", presetSections: TestSupport.defaultConfiguration.sections
    ).sections
  }

  static let templateConfiguration: Configuration = {
    var configuration = TestSupport.defaultConfiguration
    configuration.sectionsFromTemplate = "test"
    return configuration
  }()

  static func lint(_ body: String, templates: [(path: String, text: String)]) -> LintResult {
    TestSupport.linter(templateConfiguration, templates: templates).lint(
      LintInput(source: "test.md", sourceIsFile: true, body: body))
  }

  /// What the section rules report.
  static func errors(_ result: LintResult) -> [String] {
    result.diagnostics.filter { ["required-sections", "empty-section"].contains($0.ruleID) }.map {
      "\($0.ruleID): \($0.message)"
    }
  }

  // MARK: - Headings to sections

  @Test func eachHeadingIsARequiredSectionOpenedByItself() {
    let sections = Self.sections("## Overview of the change\n<!-- what -->\n\n### Rollout plan\n")
    #expect(sections.map(\.name) == ["Overview of the change", "Rollout plan"])
    #expect(sections.map(\.aliases) == [["overview of the change"], ["rollout plan"]])
    #expect(sections.allSatisfy { $0.required })
    #expect(sections.map { $0.template?.heading } == ["## Overview of the change", "### Rollout plan"])
    #expect(sections.map { $0.template?.line } == [1, 4])
  }

  /// "## Description" would open What under the default preset, so it takes What's aliases: a body
  /// writing "## Summary" answers it. An alias that is another heading of the template stays that heading's.
  @Test func aHeadingMatchingAPresetSectionTakesItsAliases() {
    let sections = Self.sections("## Description\n\n## Summary of risk\n\n## How was this tested?\n\n## Overview\n")
    #expect(sections[0].template?.canonical == "What")
    #expect(sections[0].aliases.contains("summary") && !sections[0].aliases.contains("overview"))
    #expect(sections[1].template?.canonical == nil)
    #expect(sections[2].template?.canonical == "Testing" && sections[2].aliases.contains("test plan"))
    // Overview is What's alias too, but What is taken by Description: it stays a section of its own.
    #expect(sections[3].template?.canonical == nil && sections[3].aliases == ["overview"])
    let result = Self.lint(
      "## Summary\nAdds retries. Fixes #12.\n\n## Summary of risk\nLow.\n\n## Test plan\nRan it.\n\n## Overview\nA.\n",
      templates: [("t.md", "## Description\n\n## Summary of risk\n\n## How was this tested?\n\n## Overview\n")])
    #expect(result.sections.map(\.status) == [.filled, .filled, .filled, .filled])
  }

  @Test func emojiNumberingAndColonsAreDroppedFromWhatIsCompared() {
    let sections = Self.sections("## 1. 🚀 What changed:\n\n## 2) :white_check_mark: Testing\n")
    #expect(sections.map(\.name) == ["1. 🚀 What changed", "2) :white_check_mark: Testing"])
    #expect(sections.map { $0.template?.canonical } == ["What", "Testing"])
    let result = Self.lint(
      "## What changed\nAdds retries.\n\n## Testing\nRan the suite.\n",
      templates: [("t.md", "## 1. 🚀 What changed:\n\n## 2) :white_check_mark: Testing\n")])
    #expect(result.sections.map(\.status) == [.filled, .filled])
  }

  /// A bold label alone in its paragraph is a heading to answer under; bold text opening a paragraph of
  /// advice, or holding a link, is the template talking.
  @Test func onlyABoldLabelAloneIsAPseudoHeadingSection() {
    let template = """
      **What this PR does / why we need it**:

      **Learn more about contributing:** https://example.com/contributing

      **BEFORE SUBMITTING, PLEASE READ https://example.com/guide**

      **Special notes for your reviewer:**
      <!-- anything -->
      """
    #expect(
      Self.sections(template).map(\.name) == ["What this PR does / why we need it", "Special notes for your reviewer"])
  }

  // MARK: - Optional headings

  @Test func aHeadingOrItsFirstCommentSayingOptionalIsNotRequired() {
    let sections = Self.sections(
      """
      ## Related issues (optional)

      ## Screenshots (if applicable)

      ## Additional context

      <!-- Optional: screenshots, benchmarks -->

      ## Related PRs

      <!-- List any related pull requests. Remove this section if not applicable. -->

      ## Background <!-- optional -->

      ## Notes

      <!-- if applicable -->
      """)
    #expect(sections.allSatisfy { !$0.required })
    #expect(
      sections.map { $0.template?.optionalBecause } == [
        "its heading says \"optional\"", "its heading says \"if applicable\"",
        "the comment under it says \"optional\"", "the comment under it says \"if not applicable\"",
        "the comment under it says \"optional\"", "the comment under it says \"if applicable\"",
      ])
  }

  /// Kubernetes-style: `**Label** *(optional, …)*:` is a heading whose parenthetical says it is optional.
  @Test func aParentheticalAfterABoldLabelCanSayOptional() {
    let sections = Self.sections(
      """
      **What this PR does / why we need it**:

      **Which issue(s) this PR fixes** *(optional, in `fixes #<issue number>` format)*:

      **Special notes for your reviewer** _(anything to look at closely)_:

      """)
    #expect(
      sections.map(\.name) == [
        "What this PR does / why we need it", "Which issue(s) this PR fixes", "Special notes for your reviewer",
      ])
    #expect(sections.map(\.required) == [true, false, true])
    #expect(sections[1].template?.optionalBecause == "its heading says \"optional\"")
  }

  /// Advice that mentions "if applicable" about one line, or a comment further down next to what it is
  /// about, does not make the section optional.
  @Test func aCommentAboutOneLineLeavesTheSectionRequired() {
    let sections = Self.sections(
      """
      # What does this PR do?

      <!--
      Please replace this with a description of the change and which issue is fixed (if applicable).
      -->

      <!-- Remove if not applicable -->

      Fixes # (issue)
      """)
    #expect(sections.map(\.required) == [true])
  }

  /// An optional section the author left as the template had it is the template's, not an unanswered
  /// question; a required one left so is reported, and so is the preset's optional section, which only the
  /// author can have written.
  @Test func anOptionalTemplateSectionMayStayEmpty() {
    let template = "## Summary\n<!-- what -->\n\n## Additional context\n<!-- Optional: screenshots -->\n"
    let result = Self.lint(
      "## Summary\n<!-- what -->\n\n## Additional context\n<!-- Optional: screenshots -->\n",
      templates: [("t.md", template)])
    #expect(result.sections.map(\.status) == [.empty, .empty])
    #expect(
      Self.errors(result) == [
        "empty-section: section \"Summary\" is empty: replace the template text with a real answer"
      ])
    let preset = TestSupport.lint("## What\nAdds retries.\n\n## How\nTODO\n")
    #expect(
      preset.diagnostics.map(\.message).contains(
        "section \"How\" is empty: replace the template text with a real answer"))
  }

  @Test func aYesNoQuestionIsAnsweredByNo() {
    let template = "## Summary\n\n## Was this written with generative AI tooling?\n\n## Why?\n"
    #expect(Self.sections(template).map(\.acceptsNone) == [false, true, false])
    let result = Self.lint(
      "## Summary\nAdds retries to the uploader. Fixes #12.\n\n## Was this written with generative AI tooling?\nNo.\n\n"
        + "## Why?\nUploads fail on flaky networks several times a week.\n",
      templates: [("t.md", template)])
    #expect(Self.errors(result) == [])
  }

  // MARK: - Linting against the template

  @Test func aMissingSectionIsToldWithTheTemplatesHeading() {
    let result = Self.lint(
      "### What does this PR do?\nAdds retries to the uploader, with backoff. Fixes #12.\n",
      templates: [(".github/pull_request_template.md", "### What does this PR do?\n\n**Motivation:**\n<!-- why -->\n")])
    #expect(
      Self.errors(result) == [
        "required-sections: missing section \"Motivation\": add the PR template's \"**Motivation:**\" with your answer"
      ])
    #expect(result.template == ".github/pull_request_template.md")
  }

  /// A rule that reads the Breaking change section reads the template's heading that stands for it.
  @Test func rulesReadingAPresetSectionFindTheTemplatesOne() {
    let template = "## Description\n\n## Does this PR introduce any user-facing change?\n"
    var configuration = Self.templateConfiguration
    configuration.ruleSettings["breaking-change"] = RuleSettings(severity: .error)
    let linter = TestSupport.linter(configuration, templates: [("t.md", template)])
    let result = linter.lint(
      LintInput(
        source: "t.md",
        body: "## Description\nRenames the flag. Fixes #3.\n\n## Does this PR introduce any user-facing change?\nYes.\n"
      ))
    #expect(
      result.diagnostics.filter { $0.ruleID == "breaking-change" }.map(\.message) == [
        "section \"Does this PR introduce any user-facing change?\" does not say what breaks: write \"None\" or "
          + "describe the break and the migration in at least 5 words"
      ])
  }

  /// With several templates, each body is checked against the one it has most headings of, the first on
  /// a tie, and the result names it.
  @Test func eachBodyIsCheckedAgainstTheTemplateItMatchesBest() {
    let templates = [
      (".github/PULL_REQUEST_TEMPLATE/bug.md", "## Bug\n\n## Steps to reproduce\n\n## Fix\n"),
      (".github/PULL_REQUEST_TEMPLATE/feature.md", "## Feature\n\n## Design\n\n## Fix\n"),
    ]
    let feature = Self.lint(
      "## Feature\nA.\n\n## Design\nB.\n\nFixes #1, with enough words to pass.\n", templates: templates)
    #expect(feature.template == ".github/PULL_REQUEST_TEMPLATE/feature.md")
    #expect(feature.sections.map(\.name) == ["Feature", "Design", "Fix"])
    let bug = Self.lint("## Fix\nA.\n", templates: templates)
    #expect(bug.template == ".github/PULL_REQUEST_TEMPLATE/bug.md")
    let json = JSONReporter().report([feature], options: ReportOptions())
    #expect(json.contains("\"template\": \".github/PULL_REQUEST_TEMPLATE/feature.md\"}"))
    // Text and Markdown name it where a section is reported, so the author knows which headings to add.
    let text = TextReporter().report([bug], options: ReportOptions())
    #expect(
      text.contains("test.md: note: sections checked against the PR template .github/PULL_REQUEST_TEMPLATE/bug.md\n"))
    let markdown = MarkdownReporter().report([bug], options: ReportOptions())
    #expect(markdown.contains("Sections of the PR template `.github/PULL_REQUEST_TEMPLATE/bug.md`:\n"))
    // Without a section finding there is nothing to point at.
    let passing = Self.lint(
      "## Bug\nA crash.\n\n## Steps to reproduce\nRun it.\n\n## Fix\nFixed. Closes #1, with words enough to pass the length rule.\n",
      templates: templates)
    #expect(Self.errors(passing).isEmpty)
    #expect(!TextReporter().report([passing], options: ReportOptions()).contains("note:"))
  }

  /// A template of a checklist, or of advice, has no headings to answer under: the preset's sections
  /// apply, as they do where there is no template at all.
  @Test func aTemplateWithoutHeadingsKeepsThePresetsSections() {
    let checklist = "- [ ] I ran the tests\n- [ ] I updated the docs\n\nThanks for contributing!\n"
    let linter = TestSupport.linter(Self.templateConfiguration, templates: [("t.md", checklist)])
    #expect(linter.sectionPlan.templates.isEmpty && linter.sectionPlan.templatesWithoutHeadings == ["t.md"])
    let result = linter.lint(LintInput(source: "t.md", body: "## What\nA.\n"))
    #expect(result.template == nil)
    #expect(result.sections.map(\.name) == ["What", "Why", "How", "Testing", "Breaking change"])
    #expect(TestSupport.linter(Self.templateConfiguration).sectionPlan.templates.isEmpty)
  }

  @Test func sectionsListedByTheConfigurationIgnoreTheTemplate() {
    let linter = TestSupport.linter(templates: [("t.md", "## Rollout\n")])
    #expect(linter.sectionPlan.templates.isEmpty)
    #expect(linter.lint(LintInput(source: "t.md", body: "")).sections.map(\.name).first == "What")
  }
}
