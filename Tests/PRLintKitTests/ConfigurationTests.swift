import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// Presets, `.prlint.yml` files, `extends:`, custom rules, and errors that name file, line and column.
struct ConfigurationTests {
  private func load(_ yaml: String, file: String = ".prlint.yml") throws(ConfigurationError) -> Configuration {
    guard let directory = try? TestSupport.temporaryDirectory([file: yaml]) else {
      throw ConfigurationError(file: file, "could not write the test configuration")
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(file).path
    do {
      return try ConfigurationLoader.file(path)
    } catch {
      // Report the error against the short name, as tests compare messages.
      var located = error
      located.file = file
      throw located
    }
  }

  private func error(_ yaml: String) -> String {
    do {
      _ = try load(yaml)
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test func presetsLoad() throws {
    let strict = try ConfigurationLoader.preset("strict")
    #expect(strict.sections.map(\.name) == ["What", "Why", "How", "Testing", "Breaking change"])
    #expect(strict.sections.allSatisfy { $0.required })
    #expect(strict.options(of: TitleRule.description).bool("conventional"))
    let minimal = try ConfigurationLoader.preset("minimal")
    #expect(minimal.severity(of: LinkedIssueRule.description) == .warning)
    #expect(minimal.severity(of: BreakingChangeRule.description) == .off)
    let standard = try ConfigurationLoader.preset("default")
    #expect(standard.sections.filter(\.required).map(\.name) == ["What", "Why", "Testing"])
    #expect(!standard.options(of: TitleRule.description).bool("conventional"))
  }

  @Test func presetsShareTheDefaultAliases() throws {
    let standard = try ConfigurationLoader.preset("default")
    for name in ["strict", "minimal"] {
      for section in try ConfigurationLoader.preset(name).sections {
        #expect(
          section.aliases == standard.sections.first { $0.name == section.name }?.aliases, "\(name) \(section.name)")
      }
    }
  }

  @Test func customRulesFromAnExtendedFileCanBeTunedOrTurnedOff() throws {
    let directory = try TestSupport.temporaryDirectory([
      "base.yml": "rules:\n  no-lorem:\n    kind: forbid-text\n    pattern: lorem\n",
      "off.yml": "extends: base.yml\nrules:\n  no-lorem: off\n",
      "warn.yml": "extends: base.yml\nrules:\n  no-lorem:\n    severity: warning\n",
      "typo.yml": "extends: base.yml\nrules:\n  no-lorum: off\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let off = try ConfigurationLoader.file(directory.appendingPathComponent("off.yml").path)
    #expect(off.customRules.map { off.severity(of: $0.description) } == [.off])
    #expect(!TestSupport.linter(off).activeRules.contains { $0.description.id == "no-lorem" })
    let warn = try ConfigurationLoader.file(directory.appendingPathComponent("warn.yml").path)
    #expect(warn.customRules.map { warn.severity(of: $0.description) } == [.warning])
    let typo = directory.appendingPathComponent("typo.yml").path
    #expect {
      try ConfigurationLoader.file(typo)
    } throws: { error in
      "\(error)".hasPrefix("\(typo):3:3: unknown rule id \"no-lorum\"") && "\(error)".contains("no-lorem")
    }
  }

  @Test func aFileWithoutExtendsBuildsOnDefault() throws {
    let configuration = try load("rules:\n  title:\n    max-length: 50\n")
    #expect(configuration.options(of: TitleRule.description).int("max-length") == 50)
    #expect(configuration.sections.count == 5)
    #expect(configuration.options(of: BodyLengthRule.description).int("min-words") == 20)
  }

  @Test func severityShorthandAndOff() throws {
    let configuration = try load("extends: strict\nrules:\n  title: off\n  diff-size: error\n")
    #expect(configuration.severity(of: TitleRule.description) == .off)
    #expect(configuration.severity(of: DiffSizeRule.description) == .error)
    let linter = TestSupport.linter(configuration)
    #expect(!linter.activeRules.map(\.description.id).contains("title"))
  }

  @Test func sectionsAreConfigurable() throws {
    let configuration = try load(
      "sections:\n  - name: Changelog\n    aliases: [changelog, release notes]\n    min-words: 3\n")
    #expect(configuration.sections.map(\.name) == ["Changelog"])
    let result = TestSupport.linter(configuration).lint(
      LintInput(source: "t", body: "## Release Notes\nFixed it.\n"))
    #expect(result.sections.first?.status == .filled)
    #expect(result.diagnostics.contains { $0.ruleID == "empty-section" && $0.message.contains("write at least 3") })
  }

  @Test func anySectionCanAcceptNone() throws {
    let configuration = try load(
      "sections:\n  - name: Compatibility\n    aliases: [compatibility]\n    accepts-none: true\n  - name: Risk\n")
    #expect(configuration.sections.map(\.acceptsNone) == [true, false])
    let result = TestSupport.linter(configuration).lint(
      LintInput(source: "t", body: "## Compatibility\nNone.\n## Risk\nNone.\n"))
    #expect(result.sections.map(\.status) == [.filled, .empty])
  }

  @Test func extendsARelativeFile() throws {
    let directory = try TestSupport.temporaryDirectory([
      "shared/base.yml": "extends: minimal\nrules:\n  title:\n    max-length: 40\n",
      ".prlint.yml": "extends: shared/base.yml\nrules:\n  title:\n    conventional: true\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.file(directory.appendingPathComponent(".prlint.yml").path)
    let title = configuration.options(of: TitleRule.description)
    #expect(title.int("max-length") == 40 && title.bool("conventional"))
    #expect(configuration.severity(of: LinkedIssueRule.description) == .warning)
  }

  @Test func extendsCycleIsAnError() throws {
    let directory = try TestSupport.temporaryDirectory(["a.yml": "extends: b.yml\n", "b.yml": "extends: a.yml\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let b = directory.appendingPathComponent("b.yml").path
    #expect {
      try ConfigurationLoader.file(directory.appendingPathComponent("a.yml").path)
    } throws: { error in
      "\(error)" == "\(b):1:10: extends form a cycle: a.yml -> b.yml -> a.yml"
    }
  }

  @Test(arguments: [
    (
      "colour: red\n",
      ".prlint.yml:1:1: unknown setting \"colour\": expected one of extends, platform, pseudo-headings, inline-disable, sections, rules, ignore, drafts"
    ),
    ("rules:\n  no-such-rule:\n    severity: error\n", ".prlint.yml:2:3: unknown rule id \"no-such-rule\""),
    (
      "rules:\n  title:\n    max-length: long\n", ".prlint.yml:3:17: expected a whole number of 0 or more, got \"long\""
    ),
    (
      "rules:\n  title:\n    severity: fatal\n",
      ".prlint.yml:3:15: expected a severity: error, warning or off, got \"fatal\""
    ),
    ("rules:\n  title:\n    maxlength: 5\n", ".prlint.yml:3:5: unknown option \"maxlength\" for rule title"),
    ("rules:\n  linked-issue:\n    patterns: ['[A-Z']\n", ".prlint.yml:3:16: invalid regular expression \"[A-Z\""),
    ("rules: [\n", ".prlint.yml:2:1: invalid YAML"),
    ("sections:\n  - aliases: [x]\n", ".prlint.yml:2:5: a section needs a name"),
    ("rules:\n  my-rule:\n    kind: forbid-text\n", ".prlint.yml:3:5: custom rule my-rule needs both kind and pattern"),
    ("rules:\n  my-rule:\n    kind: scan\n    pattern: x\n", ".prlint.yml:3:11: unknown kind \"scan\""),
    (
      "rules:\n  my-rule:\n    kind: require-text\n    pattern: x\n    section: Changelog\n",
      ".prlint.yml:5:14: rule my-rule names section \"Changelog\", which is not configured"
    ),
    (
      "rules:\n  unchecked-tasks:\n    sections: [Testing, Reviewers]\n",
      ".prlint.yml:3:25: rule unchecked-tasks names section \"Reviewers\", which is not configured"
    ),
    ("rules:\n  unchecked-tasks:\n    ignore: ['(x']\n", ".prlint.yml:3:14: invalid regular expression \"(x\""),
    ("extends: lenient\n", ".prlint.yml:1:10: unknown preset \"lenient\""),
    ("rules:\n  title: {}\n  title: {}\n", ".prlint.yml:"),
    ("- a\n- b\n", ".prlint.yml:1:1: expected a mapping of settings"),
    ("platform: bitbucket\n", ".prlint.yml:1:11: unknown platform \"bitbucket\": expected auto, github or gitlab"),
    ("drafts: maybe\n", ".prlint.yml:1:9: unknown drafts policy \"maybe\": expected one of skip, warn, check"),
    ("ignore:\n  users: [a]\n", ".prlint.yml:2:3: unknown ignore setting \"users\""),
    ("ignore:\n  labels: skip\n", ".prlint.yml:2:11: expected a list"),
    (
      "sections: all\n",
      ".prlint.yml:1:11: expected a list of sections, each with a name and aliases, or template (the PR template's headings)"
    ),
    (
      "template: docs/missing.md\n",
      ".prlint.yml:1:11: template names \"docs/missing.md\", which does not exist: expected a file path relative to this "
        + "configuration file"
    ),
  ])
  func errorsNameFileLineAndColumn(yaml: String, expected: String) {
    let message = error(yaml)
    #expect(message.hasPrefix(expected), "\(message)")
  }

  // MARK: - sections: template

  /// `sections: template` is inherited through `extends` until a file lists sections again; the preset's
  /// list stays, for a repository without a template.
  @Test func sectionsTemplateIsInheritedUntilAListReplacesIt() throws {
    let directory = try TestSupport.temporaryDirectory([
      "base.yml": "sections: template\n", "child.yml": "extends: base.yml\n",
      "listed.yml": "extends: base.yml\nsections:\n  - name: What\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = { (name: String) in directory.appendingPathComponent(name).path }
    let base = try ConfigurationLoader.file(path("base.yml"))
    #expect(base.sectionsFromTemplate == path("base.yml"))
    #expect(base.sections.map(\.name) == ["What", "Why", "How", "Testing", "Breaking change"])
    #expect(base.sectionsOrigin == "preset default")
    #expect(try ConfigurationLoader.file(path("child.yml")).sectionsFromTemplate == path("base.yml"))
    let listed = try ConfigurationLoader.file(path("listed.yml"))
    #expect(listed.sectionsFromTemplate == nil && listed.sectionsOrigin == path("listed.yml"))
  }

  /// With no configuration file the repository's template is the spec; `--preset` and `--config` still
  /// choose explicitly.
  @Test func withoutAConfigurationFileTheTemplateIsTheSpec() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".git/HEAD": "", ".github/pull_request_template.md": "## Rollout plan\n", "other.yml": "rules: {}\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let zero = try ConfigurationLoader.load(file: nil, preset: nil, from: directory.path)
    #expect(zero.sectionsFromTemplate == Configuration.noFile)
    let linter = try Linter(configuration: zero, environment: RuleEnvironment(workingDirectory: directory.path))
    #expect(linter.sectionPlan.templates.map(\.path) == [".github/pull_request_template.md"])
    #expect(linter.lint(LintInput(source: "t", body: "")).sections.map(\.name) == ["Rollout plan"])
    let preset = try ConfigurationLoader.load(file: nil, preset: "default", from: directory.path)
    let file = try ConfigurationLoader.load(
      file: directory.appendingPathComponent("other.yml").path, preset: nil, from: directory.path)
    #expect(preset.sectionsFromTemplate == nil && file.sectionsFromTemplate == nil)
  }

  /// `template:` names the template that `sections: template` and template-leftovers read, relative to the
  /// configuration file, instead of the ones found from the git root.
  @Test func templateNamesTheFileForSectionsAndLeftovers() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".git/HEAD": "", "docs/pr.md": "## Rollout plan\nSay how it ships.\n",
      ".github/pull_request_template.md": "## Other\n",
      ".prlint.yml": "sections: template\ntemplate: docs/pr.md\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.load(file: nil, preset: nil, from: directory.path)
    #expect(configuration.template == directory.appendingPathComponent("docs/pr.md").standardizedFileURL.path)
    let linter = try Linter(
      configuration: configuration, environment: RuleEnvironment(workingDirectory: directory.path))
    #expect(linter.sectionPlan.templates.map(\.path) == ["docs/pr.md"])
    let result = linter.lint(LintInput(source: "t", body: "## Rollout plan\nSay how it ships.\n"))
    #expect(result.sections.map(\.name) == ["Rollout plan"])
    #expect(result.diagnostics.contains { $0.ruleID == "template-leftovers" })
    // Without sections: template, the preset's sections apply and template-leftovers still reads that file.
    try "template: docs/pr.md\n".write(
      to: directory.appendingPathComponent(".prlint.yml"), atomically: true, encoding: .utf8)
    let leftovers = try Linter(
      configuration: try ConfigurationLoader.load(file: nil, preset: nil, from: directory.path),
      environment: RuleEnvironment(workingDirectory: directory.path)
    ).lint(LintInput(source: "t", body: "## What\nSay how it ships.\n"))
    #expect(leftovers.sections.first?.name == "What" && leftovers.template == nil)
    #expect(leftovers.diagnostics.contains { $0.ruleID == "template-leftovers" })
  }

  /// Under `sections: template` the names are the template's, known once it is read: a rule may name
  /// one, or a preset section a template heading stands for.
  @Test func underSectionsTemplateARuleMayNameAnySection() throws {
    let configuration = try load(
      "sections: template\nrules:\n  unchecked-tasks:\n    sections: [Checklist]\n")
    let linter = TestSupport.linter(configuration, templates: [("t.md", "## Summary\n\n## Checklist\n- [ ] tests\n")])
    let result = linter.lint(
      LintInput(source: "t", body: "## Summary\nA.\n\n- [ ] elsewhere\n\n## Checklist\n- [ ] tests\n"))
    #expect(result.diagnostics.filter { $0.ruleID == "unchecked-tasks" }.map(\.position?.line) == [7])
  }

  /// Each setting remembers the preset or file that set it last, for `prlint rules` and `explain`.
  @Test func settingsRememberWhereTheyWereSet() throws {
    let directory = try TestSupport.temporaryDirectory([
      "base.yml": "extends: minimal\nrules:\n  no-lorem:\n    kind: forbid-text\n    pattern: lorem\n",
      ".prlint.yml": "extends: base.yml\nrules:\n  title: off\n  diff-size:\n    max-lines: 900\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = { (name: String) in directory.appendingPathComponent(name).path }
    let configuration = try ConfigurationLoader.file(path(".prlint.yml"))
    let origins = configuration.settingOrigins
    #expect(origins["title"] == path(".prlint.yml") && origins["diff-size.max-lines"] == path(".prlint.yml"))
    #expect(origins["title.max-length"] == "preset default" && origins["diff-size.warn-lines"] == "preset minimal")
    #expect(origins["linked-issue"] == "preset minimal" && origins["body-length.min-words"] == "preset minimal")
    #expect(origins["no-lorem"] == path("base.yml"))
    #expect(origins["tests-included"] == nil)
    let settings = RuleDocumentation.settings(configuration)
    #expect(settings.contains("\n  title: off (\(path(".prlint.yml")))\n"))
    #expect(settings.contains("\n  diff-size.max-lines: 900 (\(path(".prlint.yml")))\n"))
    #expect(settings.contains("\n  no-lorem: error (\(path("base.yml")))\n"))
    let explained = RuleDocumentation.explain(
      BodyLengthRule.description, severity: .error, configuration: configuration)
    #expect(explained.contains("Default severity: error (configured: error, by preset default)\n"))
    #expect(explained.contains("fewest words of prose (0 turns the check off)\n    configured: 5, by preset minimal\n"))
  }

  @Test func customRulesWork() throws {
    let configuration = try load(
      """
      rules:
        no-lorem:
          kind: forbid-text
          pattern: '(?i)lorem ipsum'
          message: replace the placeholder text
          severity: warning
        changelog-entry:
          kind: require-text
          pattern: 'CHANGELOG'
          section: Testing
          message: mention the changelog entry under Testing
      """)
    let body =
      "## What\nIt does Lorem Ipsum things.\n## Testing\nRan the suite.\n\n**b** [link](http://x.example/long) `code` &amp; lorem ipsum\n"
    let result = TestSupport.linter(configuration).lint(LintInput(source: "t", body: body))
    let lorem = result.diagnostics.filter { $0.ruleID == "no-lorem" }
    #expect(lorem.map(\.position) == [SourcePosition(line: 2, column: 9), SourcePosition(line: 6, column: 50)])
    #expect(lorem.map(\.severity) == [.warning, .warning])
    #expect(result.diagnostics.contains { $0.ruleID == "changelog-entry" && $0.message.contains("changelog entry") })
    let fixed = TestSupport.linter(configuration).lint(
      LintInput(source: "t", body: "## What\nThing.\n## Testing\nUpdated CHANGELOG.\n"))
    #expect(!fixed.diagnostics.contains { $0.ruleID == "changelog-entry" })
    #expect(!fixed.diagnostics.contains { $0.ruleID == "no-lorem" })
  }

  @Test func inlineDisableCanBeTurnedOff() throws {
    let configuration = try load("inline-disable: false\n")
    let result = TestSupport.linter(configuration).lint(
      LintInput(source: "t", body: "Short.\n<!-- prlint-disable -->\n"))
    #expect(result.suppressedCount == 0)
    #expect(!result.passed)
  }

  @Test func initTemplateLoads() throws {
    let configuration = try load(InitTemplate.text)
    #expect(configuration.severity(of: LinkedIssueRule.description) == .error)
  }

  /// With a template, `prlint init` writes `sections: template`; the derived list it shows as comments,
  /// uncommented in its place, loads and gives the same sections, awkward names included.
  @Test func initTemplateWithATemplateLoadsBothWays() throws {
    let template = "## What's new: `--retry` # 1\n\n## Screenshots (optional)\n\n## Does it break anything?\n"
    let plan = SectionPlan(configuration: Self.templateDefault, templates: [("t.md", template)])
    let text = InitTemplate.text(for: plan)
    let configuration = try load(text)
    #expect(configuration.sectionsFromTemplate?.hasSuffix("/.prlint.yml") == true)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex(of: "# sections:"))
    let end = try #require(lines[start...].firstIndex(of: ""))
    for index in start..<end { lines[index].removeFirst(2) }
    lines.removeAll { $0 == "sections: template" }
    let listed = try load(lines.joined(separator: "\n"))
    let derived = plan.templates[0].sections
    #expect(listed.sectionsFromTemplate == nil)
    #expect(listed.sections.map(\.name) == derived.map(\.name))
    #expect(listed.sections.map(\.aliases) == derived.map(\.aliases))
    #expect(listed.sections.map(\.required) == [true, false, true])
    #expect(listed.sections.map(\.acceptsNone) == derived.map(\.acceptsNone))
  }

  static let templateDefault: Configuration = {
    var configuration = TestSupport.defaultConfiguration
    configuration.sectionsFromTemplate = Configuration.noFile
    return configuration
  }()

  @Test func discoveryStopsAtTheGitRoot() throws {
    // A configuration above the git root must not be found.
    let directory = try TestSupport.temporaryDirectory([
      ".prlint.yml": "rules: {}\n", "repo/.git/HEAD": "", "repo/a/b/x": "",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let repository = directory.appendingPathComponent("repo")
    let nested = repository.appendingPathComponent("a/b").path
    #expect(try ConfigurationLoader.discover(from: nested) == nil)
    let github = repository.appendingPathComponent(".github/prlint.yml")
    try FileManager.default.createDirectory(
      at: github.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "rules: {}\n".write(to: github, atomically: true, encoding: .utf8)
    #expect(try ConfigurationLoader.discover(from: nested) == github.standardizedFileURL.path)
  }

  /// Found by the fuzz `config` target (`make fuzz`), a leak report: a user pattern longer than 256 UTF-16
  /// units. The leak is Foundation's (`_CFRegularExpressionCreate` never frees its copy of a long pattern;
  /// suppressed in Fuzz/lsan.supp, a few hundred bytes once per run); prlint must still load and use the
  /// pattern.
  @Test func userPatternLongerThanFoundationsBufferLoadsAndMatches() throws {
    let pattern = "PROJ-" + String(repeating: "[0-9A-Z]?", count: 30) + "[0-9]+"
    #expect(pattern.utf16.count > 256)
    let configuration = try ConfigurationLoader.configuration(
      text: "rules:\n  linked-issue:\n    patterns: ['\(pattern)']\n", file: "long-pattern.yml")
    let body = "## What\nImplements PROJ-42, the export.\n"
    let linked = TestSupport.lint(body, configuration: configuration).diagnostics.filter {
      $0.ruleID == "linked-issue"
    }
    #expect(linked.isEmpty, "the long pattern should count PROJ-42 as the link: \(linked.map(\.message))")
    let unlinked = TestSupport.lint(body).diagnostics.filter { $0.ruleID == "linked-issue" }
    #expect(!unlinked.isEmpty, "without the pattern the body links nothing")
  }
}

/// A PR can change `.prlint.yml`: an `extends` chain is bounded, so a long one is an error, not a
/// stack overflow (1,100 files overflowed it).
struct ExtendsChainTests {
  static func chain(_ length: Int) throws -> URL {
    var files: [String: String] = [:]
    for index in 0..<length {
      files["c\(index).yml"] = index + 1 < length ? "extends: c\(index + 1).yml\n" : "extends: default\n"
    }
    return try TestSupport.temporaryDirectory(files)
  }

  @Test func aChainWithinTheLimitLoads() throws {
    let directory = try Self.chain(ConfigurationLoader.maximumExtendsDepth - 1)
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.file(directory.appendingPathComponent("c0.yml").path)
    #expect(configuration.sections.map(\.name).first == "What")
  }

  @Test(arguments: [ConfigurationLoader.maximumExtendsDepth + 1, 1_100])
  func aLongerChainIsAConfigurationError(_ length: Int) throws {
    let directory = try Self.chain(length)
    defer { try? FileManager.default.removeItem(at: directory) }
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationLoader.file(directory.appendingPathComponent("c0.yml").path)
    }
    let last = ConfigurationLoader.maximumExtendsDepth - 1
    #expect(
      error?.description.hasSuffix(
        "c\(last).yml:1:10: extends more than 32 files in a chain: expected a short chain of presets and files")
        == true, "\(error?.description ?? "")")
  }
}

/// `extends: /etc/passwd` was read as a path relative to the file; an absolute path is refused, at its place.
struct ExtendsPathTests {
  @Test(arguments: ["/etc/passwd", "/tmp/base.yml"])
  func anAbsolutePathIsRefused(_ path: String) throws {
    let directory = try TestSupport.temporaryDirectory(["prlint.yml": "extends: \(path)\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("prlint.yml").path
    let error = #expect(throws: ConfigurationError.self) { try ConfigurationLoader.file(file) }
    #expect(
      error?.description
        == "\(file):1:10: extends an absolute path: expected a preset name or a path relative to this file")
  }

  /// A relative path stays in the repository holding the file: its git root, or outside git its folder.
  @Test(arguments: [(".git/HEAD", true), ("no-git", false)])
  func aRelativePathStaysInTheRepository(marker: String, inGit: Bool) throws {
    let directory = try TestSupport.temporaryDirectory([
      marker: "", "config/prlint.yml": "extends: ../base.yml\n", "base.yml": "extends: minimal\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("config/prlint.yml").path
    guard !inGit else {
      #expect(throws: Never.self) { try ConfigurationLoader.file(file) }
      return
    }
    let error = #expect(throws: ConfigurationError.self) { try ConfigurationLoader.file(file) }
    let base = directory.appendingPathComponent("base.yml").resolvingSymlinksInPath().path
    #expect(
      error?.description
        == "\(file):1:10: extends \"../base.yml\", which is outside the repository (\(base)): prlint reads only "
        + "files inside it")
  }
}

/// A pattern is the repository's, the text is the PR's: `(a+)+$` against a line of `a`s and a `!`
/// backtracks 2^N times (160 took 139 s). Matching gives up when its time is spent, and the rule says
/// so at its own severity, so a PR can neither hang a run nor slip past a rule that way.
struct PatternTimeLimitTests {
  static let hostile = String(repeating: "a", count: 160) + "!"

  private func lint(_ yaml: String, _ body: String) throws -> [Diagnostic] {
    let configuration = try ConfigurationLoader.configuration(text: yaml, file: ".prlint.yml")
    return TestSupport.linter(configuration).lint(LintInput(source: "t", body: body)).diagnostics
  }

  @Test func aForbiddenPatternThatGivesUpIsReported() throws {
    let yaml = "rules:\n  no-wip:\n    kind: forbid-text\n    pattern: '(a+)+$|WIP'\n    severity: warning\n"
    let found = try lint(yaml, "## What\nWIP: a change.\n\n\(Self.hostile)\n").filter { $0.ruleID == "no-wip" }
    #expect(
      found.map(\.message) == [
        "remove text matching `(a+)+$|WIP`",
        "custom rule \"no-wip\": pattern \"(a+)+$|WIP\" gave up after 1 s on this PR's text; simplify the pattern",
      ])
    #expect(found.map(\.severity) == [.warning, .warning])
    #expect(found.map(\.position) == [SourcePosition(line: 2, column: 1), SourcePosition(line: 4, column: 1)])
  }

  @Test func aRequiredPatternThatGivesUpIsReportedNotPassed() throws {
    let yaml = "rules:\n  needs-ticket:\n    kind: require-text\n    pattern: '(a|aa)+$'\n"
    let found = try lint(yaml, "## What\n\(Self.hostile)\n").filter { $0.ruleID == "needs-ticket" }
    #expect(
      found.map(\.message) == [
        "custom rule \"needs-ticket\": pattern \"(a|aa)+$\" gave up after 1 s on this PR's text; simplify the pattern"
      ])
    #expect(found.map(\.severity) == [.error])
  }

  @Test func aTrackerPatternThatGivesUpIsReported() throws {
    let yaml = "rules:\n  linked-issue:\n    patterns: ['[A-Z]+-[0-9]+', '(x+x+)+y']\n"
    let found = try lint(yaml, "## What\nNo key here.\n\n" + String(repeating: "x", count: 100) + "\n")
      .filter { $0.ruleID == "linked-issue" }
    #expect(
      found.map(\.message) == [
        "rule \"linked-issue\": pattern \"(x+x+)+y\" gave up after 1 s on this PR's text; simplify the pattern"
      ])
    #expect(found.first?.severity == .error)
  }

  @Test func aTitlePatternOrAnIgnoredTaskPatternThatGivesUpIsReported() throws {
    let yaml = "rules:\n  title:\n    pattern: '(a+)+$'\n  unchecked-tasks:\n    ignore: ['(b+)+$']\n"
    let configuration = try ConfigurationLoader.configuration(text: yaml, file: ".prlint.yml")
    let body = "## What\n- [ ] " + String(repeating: "b", count: 160) + "!\n"
    let found = TestSupport.linter(configuration).lint(LintInput(source: "t", body: body, title: Self.hostile))
      .diagnostics.filter { ["title", "unchecked-tasks"].contains($0.ruleID) }.map(\.message)
    #expect(
      found.contains("rule \"title\": pattern \"(a+)+$\" gave up after 1 s on this PR's text; simplify the pattern"))
    #expect(
      found.contains(
        "rule \"unchecked-tasks\": pattern \"(b+)+$\" gave up after 1 s on this PR's text; simplify the pattern"))
    #expect(found.contains { $0.hasPrefix("unchecked task") })  // the box still counts
  }

  /// Ordinary patterns run to the end of a body far longer than any forge allows (GitHub: 65,536 characters).
  @Test func ordinaryPatternsFinishOnALargeBody() throws {
    let yaml = "rules:\n  no-lorem:\n    kind: forbid-text\n    pattern: '(?i)lorem ipsum'\n"
    let line = "The quick brown fox jumps over the lazy dog, twice; then it rests.\n"
    let body = "## What\n" + String(repeating: line, count: (1 << 20) / line.utf8.count) + "Lorem ipsum.\n"
    let found = try lint(yaml, body).filter { $0.ruleID == "no-lorem" }
    #expect(found.map(\.message) == ["remove text matching `(?i)lorem ipsum`"])
  }
}
