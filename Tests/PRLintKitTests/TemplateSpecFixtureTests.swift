import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// The 25 real templates in `../shared/fixtures/templates` under the zero-configuration default (no
/// configuration file, the template is the spec): each, unedited, fails; each, filled in with plausible
/// text under every heading it asks for, passes.
struct TemplateSpecFixtureTests {
  struct Fixture: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var testDescription: String { name }
  }

  static let fixtures: [Fixture] = {
    guard let folder = TestSupport.fixtures?.appendingPathComponent("templates"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))).map {
        Fixture(name: name, text: String(decoding: $0, as: UTF8.self))
      }
    }
  }()

  /// A repository holding only `template` as its PR template, linted as a run without a configuration file
  /// does: the configuration found from the repository, and the template found from its git root.
  static func linter(template: String) throws -> Linter {
    let directory = try TestSupport.temporaryDirectory([".git/HEAD": "", ".github/pull_request_template.md": template])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.load(file: nil, preset: nil, from: directory.path)
    return try Linter(configuration: configuration, environment: RuleEnvironment(workingDirectory: directory.path))
  }

  static func lint(_ body: String, template: String) throws -> LintResult {
    try linter(template: template).lint(LintInput(source: "PR.md", sourceIsFile: true, body: body))
  }

  /// What an author who answers every question writes: each heading the template has (as a Markdown
  /// heading, or as its bold label) with a few plausible sentences under it, and the template's own
  /// prompts, comments and checklists gone. Where prlint says the template gives no sections (`prlint
  /// rules`), the author answers the default preset's instead. The first answer links the issue the
  /// change closes.
  static func filledIn(_ template: String) throws -> String {
    let document = MarkdownParser.parse(template)
    var headings: [String] = document.headings.map { heading in
      switch heading.kind {
      case .pseudo: "**\(heading.text):**"
      case .atx, .setext: String(repeating: "#", count: heading.level) + " " + heading.text
      }
    }
    if try linter(template: template).sectionPlan.templates.isEmpty { headings = ["## What", "## Why", "## Testing"] }
    var body = ""
    for (index, heading) in headings.enumerated() {
      body += heading + "\n\n" + answer(to: heading) + (index == 0 ? " Fixes #1234." : "") + "\n\n"
    }
    return body
  }

  /// A plausible answer to a heading, by what it asks about.
  static func answer(to heading: String) -> String {
    let words = Set(HeadingNormalizer.normalize(heading).split(separator: " ").map(String.init))
    if !words.isDisjoint(with: ["test", "tested", "testing", "tests", "qa", "validation", "validate", "plan"]) {
      return "Ran the uploader's unit tests, and uploaded 500 artifacts by hand over a connection dropping 5% of "
        + "packets: every upload finished."
    }
    if !words.isDisjoint(with: ["breaking", "breaks", "drawbacks", "rollback", "migration"]) {
      return "Nothing breaks: retries are on by default and the old behaviour is one flag away."
    }
    if !words.isDisjoint(with: ["why", "motivation", "background", "necessary", "context"]) {
      return "Uploads from CI runners fail several times a week on flaky networks, and each failure costs a rerun."
    }
    if !words.isDisjoint(with: ["checklist", "checks", "quality", "linter"]) {
      return "- [x] I ran the linters and the unit tests locally.\n- [x] I updated the documentation."
    }
    return "Adds retries with exponential backoff to the artifact uploader, so that a dropped connection no longer "
      + "fails the upload."
  }

  static func errors(_ result: LintResult) -> [String] {
    result.diagnostics.filter { !$0.suppressed && $0.severity == .error }.map { "\($0.ruleID): \($0.message)" }
  }

  @Test(.needsFixtures, arguments: fixtures)
  func uneditedFails(_ fixture: Fixture) throws {
    let result = try Self.lint(fixture.text, template: fixture.text)
    #expect(!result.passed, "\(fixture.name), unedited, passes")
    // Not only for want of a closing reference: its sections, or its text, say it was not filled in.
    let rules = Set(result.diagnostics.filter { $0.severity == .error }.map(\.ruleID))
    #expect(
      !rules.isDisjoint(with: ["required-sections", "empty-section", "template-leftovers"]),
      "\(fixture.name), unedited, fails only by \(rules.sorted())")
  }

  @Test(.needsFixtures, arguments: fixtures)
  func filledInPasses(_ fixture: Fixture) throws {
    let body = try Self.filledIn(fixture.text)
    let result = try Self.lint(body, template: fixture.text)
    #expect(result.passed, "\(fixture.name), filled in, fails: \(Self.errors(result))\n\(body)")
  }

  /// Prints the figures quoted in the closing note, with the rules that fail each unedited template.
  @Test(.needsFixtures) func figures() throws {
    try #require(Self.fixtures.count == 25, "expected the 25 real templates, found \(Self.fixtures.count)")
    var uneditedFails = 0
    var filledPasses = 0
    for fixture in Self.fixtures {
      let unedited = try Self.lint(fixture.text, template: fixture.text)
      let filled = try Self.lint(try Self.filledIn(fixture.text), template: fixture.text)
      uneditedFails += unedited.passed ? 0 : 1
      filledPasses += filled.passed ? 1 : 0
      let rules = Set(unedited.diagnostics.filter { $0.severity == .error }.map(\.ruleID)).sorted()
      print("template \(fixture.name): unedited fails by \(rules.joined(separator: ", "))")
    }
    print(
      "templates under the zero-configuration default: unedited fails \(uneditedFails)/\(Self.fixtures.count), "
        + "filled in passes \(filledPasses)/\(Self.fixtures.count)")
  }
}
