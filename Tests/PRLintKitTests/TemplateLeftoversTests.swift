import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// `template-leftovers` over real templates, and how templates are found and configured.
struct TemplateLeftoversTests {
  static func leftovers(_ body: String, templates: [String]) -> [Diagnostic] {
    let linter = TestSupport.linter(templates: templates.enumerated().map { ("template\($0.offset).md", $0.element) })
    let input = LintInput(source: "test.md", body: body)
    return linter.lint(input).diagnostics.filter { $0.ruleID == "template-leftovers" }
  }

  static func templateFixtures() throws -> [(name: String, text: String)] {
    let folder = try #require(TestSupport.fixtures).appendingPathComponent("templates")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
      .map { ($0, String(decoding: try Data(contentsOf: folder.appendingPathComponent($0)), as: UTF8.self)) }
  }

  /// The text leaves of a template: what an author edits (not checklists, not a bold line that is a heading).
  static func textLeaves(_ text: String) -> [LeafBlock] {
    let document = MarkdownParser.parse(text)
    let pseudoHeadings = document.headings.filter { $0.kind == .pseudo }
    return document.leaves.filter { leaf in
      let words = Words.split(leaf.text)
      let isHeading = pseudoHeadings.contains {
        $0.blockIndex == leaf.blockIndex && words.count <= Words.split($0.text).count
      }
      return !leaf.isTask && !words.isEmpty && !isHeading
    }
  }

  /// The body with "Edited " inserted before the first word of each of the first `count` text leaves
  /// (searched from where the leaf starts, so markup and HTML tags before it stay intact), and the lines
  /// edited.
  static func edited(_ text: String, leaves count: Int) -> (text: String, lines: Set<Int>) {
    let document = MarkdownParser.parse(text)
    var bytes = Array(document.text.utf8)
    var lineStarts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
    var insertions: [(offset: Int, line: Int)] = []
    for leaf in textLeaves(text).prefix(count) {
      guard let position = leaf.position, let word = Words.split(leaf.text).first else { continue }
      let needle = Array(word.utf8)
      var offset = lineStarts[position.line - 1] + position.column - 1
      while offset + needle.count <= bytes.count, Array(bytes[offset..<offset + needle.count]) != needle {
        offset += 1
      }
      let line = lineStarts.lastIndex(where: { $0 <= offset }).map { $0 + 1 } ?? 1
      insertions.append((offset, line))
    }
    for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
      bytes.insert(contentsOf: Array("Edited ".utf8), at: insertion.offset)
    }
    return (String(decoding: bytes, as: UTF8.self), Set(insertions.map(\.line)))
  }

  /// An unedited template linted against itself fails: its text blocks are leftovers, or (for a template
  /// of comments and headings) its sections are empty. Editing every text block clears the leftovers;
  /// editing the first half leaves none on the edited lines.
  @Test(.needsFixtures) func realTemplatesLintedAgainstThemselves() throws {
    let templates = try Self.templateFixtures()
    #expect(templates.count >= 20)
    var withLeftovers = 0
    for (name, text) in templates {
      let result = TestSupport.linter(templates: [(name, text)]).lint(LintInput(source: name, body: text))
      let unedited = result.diagnostics.filter { $0.ruleID == "template-leftovers" }
      #expect(unedited.allSatisfy { $0.severity == .error && $0.message.contains("still the template's text") })
      #expect(result.diagnostics.contains { $0.severity == .error }, "an unedited \(name) passes")
      guard !unedited.isEmpty else { continue }
      withLeftovers += 1
      let leafCount = Self.textLeaves(text).count
      let allEdited = Self.leftovers(Self.edited(text, leaves: leafCount).text, templates: [text])
      #expect(allEdited.isEmpty, "\(name): \(allEdited.map(\.message))")
      let half = Self.edited(text, leaves: leafCount / 2)
      let someEdited = Self.leftovers(half.text, templates: [text])
      let onEditedLines = someEdited.filter { half.lines.contains($0.position?.line ?? 0) }
      #expect(onEditedLines.isEmpty, "\(name): \(onEditedLines.map { "\($0.position?.line ?? 0) \($0.message)" })")
    }
    #expect(withLeftovers >= templates.count / 2, "only \(withLeftovers) of \(templates.count) templates")
  }

  @Test func aSectionLeftWholeIsReportedOnceAtItsHeading() {
    let template = "## What\nDescribe the change.\n\nList the files.\n\n## Testing\nSay how you tested it.\n"
    let body = "## What\nDescribe the change.\n\nList the files.\n\n## Testing\nRan the suite on Linux.\n"
    let found = Self.leftovers(body, templates: [template])
    #expect(found.map(\.position?.line) == [1])
    #expect(found.first?.section == "What")
    #expect(found.first?.message == "section \"What\" is still the template's text: replace it with a real answer")
  }

  /// A soft hyphen or a zero-width space, which no reader sees, does not make the template's text the
  /// author's; the message shows the text as a reader does.
  @Test(arguments: ["\u{00AD}", "\u{200B}", "\u{2060}", "\u{FEFF}"])
  func invisibleCharactersDoNotHideALeftover(_ invisible: String) {
    let template = "## What\nDescribe the change.\n"
    let body = "## What\nAdds retries.\n\nDescri\(invisible)be the change.\(invisible)\n"
    let found = Self.leftovers(body, templates: [template])
    #expect(found.map(\.position?.line) == [4])
    #expect(found.first?.message == "\"Describe the change.\" is still the template's text: replace it or delete it")
  }

  @Test func aBlockLeftAmongRealTextIsReportedAtItsLine() {
    let template = "## What\nDescribe the change.\n"
    let body = "## What\nAdds retries.\n\n> Describe the change.\n"
    let found = Self.leftovers(body, templates: [template])
    #expect(found.map(\.position?.line) == [4])
    #expect(found.first?.message == "\"Describe the change.\" is still the template's text: replace it or delete it")
  }

  @Test func commentsHeadingsTasksAndAnswersAreNotLeftovers() {
    let template = """
      **Testing**

      ## Breaking change
      None

      <!-- Describe the change. -->

      - [ ] Tests added
      - [ ] Docs updated
      """
    let body = """
      **Testing**

      ## Breaking change
      None

      Describe the change.

      - [x] Tests added
      - [ ] Docs updated
      """
    #expect(Self.leftovers(body, templates: [template]).isEmpty)
  }

  @Test func anEmptySectionIsEmptySectionsBusinessAlone() {
    let template = "## Testing\n<!-- How did you test it? -->\nTODO\n"
    let result = TestSupport.lint(template)
    let diagnostics = TestSupport.linter(templates: [("t.md", template)]).lint(
      LintInput(source: "t.md", body: template)
    )
    .diagnostics
    #expect(result.diagnostics.contains { $0.ruleID == "empty-section" })
    #expect(!diagnostics.contains { $0.ruleID == "template-leftovers" })
  }

  @Test func theTemplateTheBodyKeepsMostOfIsUsed() {
    let bug = "## Bug\nSteps to reproduce.\n\nExpected behaviour.\n"
    let feature = "## Feature\nSteps to reproduce.\n\nWhat it adds.\n"
    let found = Self.leftovers("## Bug\nSteps to reproduce.\n\nExpected behaviour.\n", templates: [feature, bug])
    #expect(found.map(\.message) == ["section \"Bug\" is still the template's text: replace it with a real answer"])
  }

  @Test func whitespaceAndLineEndingsDoNotHideALeftover() {
    let found = Self.leftovers(
      "Adds retries.\r\n\r\nPlease   describe\r\nyour change.\r\n", templates: ["Please describe your change.\n"])
    #expect(found.map(\.position?.line) == [3])
  }

  // MARK: - Finding the template

  @Test func discoveredFromTheGitRootInItsUsualPlaces() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".git/HEAD": "ref: refs/heads/main\n", ".github/PULL_REQUEST_TEMPLATE.md": "Describe it.\n",
      ".github/PULL_REQUEST_TEMPLATE/bug.md": "Steps.\n", ".gitlab/merge_request_templates/Default.md": "Why.\n",
      ".github/PULL_REQUEST_TEMPLATE/notes.txt": "not a template", "src/deep/file.txt": "",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let found = PullRequestTemplates.discover(from: directory.appendingPathComponent("src/deep").path)
    let relative = found.map { String($0.dropFirst(directory.standardizedFileURL.path.count + 1)) }
    #expect(
      relative == [
        ".github/PULL_REQUEST_TEMPLATE.md", ".github/PULL_REQUEST_TEMPLATE/bug.md",
        ".gitlab/merge_request_templates/Default.md",
      ])
  }

  /// A template that links out of the repository is not the repository's: it is left out, as an
  /// unreadable one is, and one linking to a file inside is found.
  @Test func aTemplateLinkedOutOfTheRepositoryIsLeftOut() throws {
    let directory = try TestSupport.temporaryDirectory([
      "repo/.git/HEAD": "", "repo/docs/real.md": "Describe it.\n", "elsewhere/template.md": "Describe it.\n",
      "repo/.gitlab/merge_request_templates/.keep": "",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let repository = directory.appendingPathComponent("repo")
    let links = [
      ".github/pull_request_template.md": "../../elsewhere/template.md",
      "pull_request_template.md": directory.appendingPathComponent("elsewhere/template.md").path,
      "docs/pull_request_template.md": "real.md", ".github/PULL_REQUEST_TEMPLATE": "../../elsewhere",
      ".gitlab/merge_request_templates/Default.md": "../../docs/real.md",
    ]
    for (link, target) in links {
      let url = repository.appendingPathComponent(link)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }
    let found = PullRequestTemplates.discover(from: repository.path)
    let relative = found.map { String($0.dropFirst(repository.standardizedFileURL.path.count + 1)) }
    #expect(relative == ["docs/pull_request_template.md", ".gitlab/merge_request_templates/Default.md"])
  }

  @Test func outsideGitTheDirectoryItselfIsSearched() throws {
    let directory = try TestSupport.temporaryDirectory(["docs/pull_request_template.md": "Describe it.\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(PullRequestTemplates.discover(from: directory.path).count == 1)
  }

  /// The rule finds the template from the working directory's git root when it is built.
  @Test func templatesAreFoundFromTheWorkingDirectory() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".git/HEAD": "", "pull_request_template.md": "Describe it.\n", "sub/.keep": "",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let environment = RuleEnvironment(workingDirectory: directory.appendingPathComponent("sub").path)
    let linter = try Linter(configuration: TestSupport.defaultConfiguration, environment: environment)
    let diagnostics = linter.lint(LintInput(source: "t.md", body: "Adds a cache.\n\nDescribe it.\n")).diagnostics
    #expect(diagnostics.filter { $0.ruleID == "template-leftovers" }.map { $0.position?.line } == [3])
  }

  /// A rule that is off is not built, so it reads nothing: a named template that has gone is then no error.
  @Test func templatesAreLoadedOnlyWhenTheRuleIsOn() throws {
    let directory = try TestSupport.temporaryDirectory([
      "prlint.yml": "rules:\n  template-leftovers:\n    template: pr.md\n", "pr.md": "Describe it.\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    var configuration = try ConfigurationLoader.file(directory.appendingPathComponent("prlint.yml").path)
    try FileManager.default.removeItem(at: directory.appendingPathComponent("pr.md"))
    #expect(throws: ConfigurationError.self) { try Linter(configuration: configuration) }
    configuration.ruleSettings["template-leftovers"]?.severity = .off
    #expect(
      try Linter(configuration: configuration).activeRules.allSatisfy { $0.description.id != "template-leftovers" })
  }

  /// In a repository (the `.git` marks it) a template beside the configuration's folder is inside it.
  @Test func aNamedTemplateIsRelativeToTheConfigurationFile() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".git/HEAD": "ref: refs/heads/main\n",
      "config/prlint.yml": "rules:\n  template-leftovers:\n    template: ../templates/pr.md\n",
      "templates/pr.md": "Describe it.\n", "templates/other.md": "Other.\n",
      ".github/pull_request_template.md": "Discovered.\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.file(directory.appendingPathComponent("config/prlint.yml").path)
    let linter = try Linter(
      configuration: configuration, environment: RuleEnvironment(workingDirectory: directory.path))
    let body = "Adds a cache.\n\nDescribe it.\n\nDiscovered.\n\nOther.\n"
    let diagnostics = linter.lint(LintInput(source: "t.md", body: body)).diagnostics
    #expect(diagnostics.filter { $0.ruleID == "template-leftovers" }.map { $0.position?.line } == [3])
  }

  @Test func aNamedTemplateThatDoesNotExistIsAConfigurationError() throws {
    let directory = try TestSupport.temporaryDirectory([
      "prlint.yml": "rules:\n  template-leftovers:\n    template: missing.md\n"
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("prlint.yml").path
    #expect {
      try ConfigurationLoader.file(path)
    } throws: { error in
      (error as? ConfigurationError)?.description
        == "\(path):3:15: template-leftovers.template names \"missing.md\", which does not exist: expected a file "
        + "path relative to this configuration file"
    }
  }
}
