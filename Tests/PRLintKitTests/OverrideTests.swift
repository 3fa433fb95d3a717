import Foundation
import Testing

@testable import PRLintKit

/// Shared by the override tests: configurations from text, and a PR that passes the default preset.
enum OverrideSupport {
  static let body = """
    ## What
    Adds retries to the uploader so that flaky networks stop failing uploads.

    ## Why
    Uploads failed about once a day on the office network, losing work.

    ## Testing
    Ran the uploader against a proxy that drops every third connection.

    Fixes #12
    """

  static let issueExample = """
    overrides:
      - if: {labels: [bug]}
        sections:
          - name: Root cause
            aliases: [root cause, cause]
            required: true
      - if: {title-types: [docs, chore], changed-paths: ['docs/**', '*.md']}
        sections:
          - name: Testing
            required: false
        rules:
          tests-included: off

    """

  static func configuration(_ yaml: String) throws(ConfigurationError) -> Configuration {
    try ConfigurationLoader.configuration(text: yaml, file: "t.yml")
  }

  static func input(
    _ body: String = body, title: String? = nil, labels: [String] = [], files: [ChangedFile]? = nil,
    baseBranch: String? = nil, author: String? = nil
  ) -> LintInput {
    var input = LintInput(
      source: "PR.md", body: body, title: title,
      pullRequest: PullRequestInfo(labels: labels, author: author.map { .init(login: $0) }, baseBranch: baseBranch))
    if let files { input.fillDiff(files) }
    return input
  }
}

/// `overrides:` as written: what loads, and mistakes named at their file, line and column.
struct OverrideParsingTests {
  private func error(_ yaml: String) -> String {
    do {
      _ = try OverrideSupport.configuration(yaml)
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test func theIssuesExampleLoads() throws {
    let configuration = try OverrideSupport.configuration(OverrideSupport.issueExample)
    #expect(configuration.overrides.map(\.name) == ["t.yml#1", "t.yml#2"])
    #expect(configuration.overrides[0].conditions.description == "labels: bug")
    #expect(
      configuration.overrides[1].conditions.description == "title-types: docs or chore; changed-paths: docs/** or *.md")
    #expect(configuration.overrides[0].changes == ["section Root cause: aliases root cause, cause; required"])
    #expect(configuration.overrides[1].changes == ["section Testing: not required", "rule tests-included: off"])
    // Overrides wait for their PRs: the configuration itself is the default preset's.
    #expect(configuration.sections.map(\.name) == TestSupport.defaultConfiguration.sections.map(\.name))
    #expect(configuration.severity(of: TestsIncludedRule.description) == .warning)
  }

  @Test func aConditionTakesOneValueOrAList() throws {
    let configuration = try OverrideSupport.configuration(
      "overrides:\n  - if: {labels: bug, authors: [octocat, hubot]}\n    rules: {title: off}\n")
    #expect(configuration.overrides[0].conditions.description == "labels: bug; authors: octocat or hubot")
  }

  @Test(arguments: [
    (
      "overrides:\n  - if: {label: [bug]}\n    rules: {title: off}\n",
      "t.yml:2:10: unknown condition \"label\": expected one of labels, title-types, changed-paths, base-branches, authors"
    ),
    (
      "overrides:\n  - if: {labels: bug}\n    rule: {title: off}\n",
      "t.yml:3:5: unknown override setting \"rule\": expected one of if, sections, rules, name"
    ),
    (
      "overrides:\n  - rules: {title: off}\n",
      "t.yml:2:5: an override needs if: with the conditions it applies under (labels, title-types, changed-paths, "
        + "base-branches, authors); settings for every PR belong outside overrides"
    ),
    (
      "overrides:\n  - if: {labels: bug}\n",
      "t.yml:2:5: an override needs sections or rules: what it changes when its conditions hold"
    ),
    (
      "overrides:\n  - if: {labels: []}\n    rules: {title: off}\n",
      "t.yml:2:18: expected a label, or a list of them (any of which holds) for labels"
    ),
    (
      "overrides:\n  - if: {}\n    rules: {title: off}\n",
      "t.yml:2:9: expected a mapping of conditions, all of which must hold: labels, title-types, changed-paths, "
        + "base-branches, authors"
    ),
    (
      "overrides:\n  - if: {title-types: ['docs:']}\n    rules: {title: off}\n",
      "t.yml:2:24: title type \"docs:\" is not a Conventional Commit type: expected the word before the colon of a "
        + "title, such as feat, fix or docs"
    ),
    (
      "overrides: {labels: bug}\n",
      "t.yml:1:12: expected a list of overrides, each with if: and the sections or rules it changes"
    ),
    (
      "overrides:\n  - if: {labels: bug}\n    sections:\n      - name: Root cause\n        require: true\n",
      "t.yml:5:9: unknown section setting \"require\": expected one of name, aliases, required, min-words, accepts-none"
    ),
    (
      "overrides:\n  - if: {labels: bug}\n    rules:\n      title:\n        max-lenght: 5\n",
      "t.yml:5:9: unknown option \"max-lenght\" for rule title"
    ),
    (
      "overrides:\n  - if: {labels: bug}\n    rules:\n      no-such-rule: off\n",
      "t.yml:4:7: unknown rule id \"no-such-rule\""
    ),
    (
      "overrides:\n  - if: {labels: bug}\n    rules:\n      cause-linked:\n        kind: require-text\n"
        + "        pattern: '#\\d+'\n        section: Root cause\n",
      "t.yml:7:18: rule cause-linked names section \"Root cause\", which is not configured"
    ),
    (
      "overrides:\n  - name: bugs\n    if: {labels: bug}\n    rules: {title: off}\n"
        + "  - name: bugs\n    if: {labels: regression}\n    rules: {title: off}\n",
      "t.yml:5:11: override name \"bugs\" is taken by an earlier override: expected a name of its own"
    ),
  ])
  func mistakesAreNamedWhereWritten(_ yaml: String, _ expected: String) {
    let described = error(yaml)
    #expect(described.hasPrefix(expected), "\(described)")
  }

  @Test func anOverridesRulesMayNameWhatItAddsOrWhatIsDefinedBeforeIt() throws {
    let configuration = try OverrideSupport.configuration(
      """
      rules:
        no-lorem: {kind: forbid-text, pattern: lorem}
      overrides:
        - if: {labels: bug}
          sections:
            - name: Root cause
          rules:
            cause-linked: {kind: require-text, pattern: '#\\d+', section: Root cause}
        - if: {labels: regression}
          rules:
            cause-linked: warning
            no-lorem: off

      """)
    #expect(configuration.overrides.count == 2)
    #expect(configuration.customRules.map(\.description.id) == ["no-lorem"])
  }
}

/// Each condition on its own: when it holds, and that what is unknown about a PR matches nothing.
struct OverrideConditionTests {
  private func holds(_ condition: String, _ input: LintInput) throws -> Bool {
    let configuration = try OverrideSupport.configuration(
      "overrides:\n  - if: {\(condition)}\n    rules: {title: off}\n")
    return TestSupport.linter(configuration).lint(input).overrides == ["t.yml#1"]
  }

  @Test func labelsAreComparedIgnoringCase() throws {
    let condition = "labels: [bug, regression]"
    #expect(try holds(condition, OverrideSupport.input(labels: ["Bug"])))
    #expect(try holds(condition, OverrideSupport.input(labels: ["ui", "REGRESSION"])))
    #expect(try !holds(condition, OverrideSupport.input(labels: ["feature"])))
    #expect(try !holds(condition, OverrideSupport.input()))
  }

  @Test func titleTypesAreTheConventionalTypeOfTheTitle() throws {
    let condition = "title-types: [docs, chore]"
    #expect(try holds(condition, OverrideSupport.input(title: "docs: fix a typo in the guide")))
    #expect(try holds(condition, OverrideSupport.input(title: "DOCS(readme): describe overrides")))
    #expect(try holds(condition, OverrideSupport.input(title: "  chore!: drop Node 14")))
    #expect(try !holds(condition, OverrideSupport.input(title: "fix: retry uploads")))
    #expect(try !holds(condition, OverrideSupport.input(title: "Docs update")))
    #expect(try !holds(condition, OverrideSupport.input(title: "docs:no space")))
    #expect(try !holds(condition, OverrideSupport.input()))
  }

  @Test func changedPathsHoldWhenAnyChangedFileMatches() throws {
    let condition = "changed-paths: ['docs/**', '*.md']"
    #expect(try holds(condition, OverrideSupport.input(files: ["Sources/A.swift", "docs/guide/intro.txt"])))
    #expect(try holds(condition, OverrideSupport.input(files: ["nested/README.md"])))
    #expect(try !holds(condition, OverrideSupport.input(files: ["Sources/A.swift", "src/docs.txt"])))
    // No file list (a body piped in, a CI run without --diff-base): the condition does not hold.
    #expect(try !holds(condition, OverrideSupport.input()))
  }

  @Test func baseBranchGlobsMatchTheWholeName() throws {
    let condition = "base-branches: [main, 'release/*']"
    #expect(try holds(condition, OverrideSupport.input(baseBranch: "main")))
    #expect(try holds(condition, OverrideSupport.input(baseBranch: "release/1.2")))
    #expect(try !holds(condition, OverrideSupport.input(baseBranch: "feature/main")))
    #expect(try !holds(condition, OverrideSupport.input(baseBranch: "release/1.2/hotfix")))
    #expect(try !holds(condition, OverrideSupport.input(baseBranch: "maintenance")))
    #expect(try !holds(condition, OverrideSupport.input()))
    #expect(try holds("base-branches: '**'", OverrideSupport.input(baseBranch: "feature/a/b")))
  }

  @Test func authorsAreComparedAsIgnoreAuthorsCompares() throws {
    let condition = "authors: [octocat, 'my-app[bot]']"
    #expect(try holds(condition, OverrideSupport.input(author: "OctoCat")))
    #expect(try holds(condition, OverrideSupport.input(author: "app/my-app")))
    #expect(try !holds(condition, OverrideSupport.input(author: "octocat2")))
    #expect(try !holds(condition, OverrideSupport.input()))
  }

  @Test func everyConditionMustHold() throws {
    let condition = "labels: bug, base-branches: main"
    #expect(try holds(condition, OverrideSupport.input(labels: ["bug"], baseBranch: "main")))
    #expect(try !holds(condition, OverrideSupport.input(labels: ["bug"], baseBranch: "develop")))
    #expect(try !holds(condition, OverrideSupport.input(labels: ["bug"])))
    #expect(try !holds(condition, OverrideSupport.input(baseBranch: "main")))
  }

  @Test func aSkippedPRHasNoOverrides() throws {
    let result = TestSupport.linter(
      try OverrideSupport.configuration("overrides:\n  - if: {labels: bug}\n    rules: {title: off}\n")
    )
    .lint(OverrideSupport.input(labels: ["bug", "skip-prlint"]))
    #expect(result.skipped)
    #expect(result.overrides.isEmpty)
  }
}

/// What an override changes: sections merge by name, rules per key, later overrides over earlier ones.
struct OverrideMergingTests {
  private func diagnostics(_ configuration: Configuration, _ input: LintInput) -> [String] {
    TestSupport.linter(configuration).lint(input).diagnostics.map { "\($0.ruleID): \($0.message)" }
  }

  @Test func aBugNeedsARootCauseAndOtherPRsDoNot() throws {
    let configuration = try OverrideSupport.configuration(OverrideSupport.issueExample)
    #expect(diagnostics(configuration, OverrideSupport.input()).isEmpty)
    let bug = TestSupport.linter(configuration).lint(OverrideSupport.input(labels: ["bug"]))
    #expect(bug.diagnostics.map(\.message) == ["missing section \"Root cause\": add a \"## Root cause\" section"])
    #expect(bug.sections.map(\.name) == ["What", "Why", "How", "Testing", "Breaking change", "Root cause"])
    let explained = OverrideSupport.body + "\n\n## Cause\nThe client gave up after one dropped connection.\n"
    #expect(diagnostics(configuration, OverrideSupport.input(explained, labels: ["bug"])).isEmpty)
  }

  @Test func aDocsChangeNeedsNoTesting() throws {
    let configuration = try OverrideSupport.configuration(OverrideSupport.issueExample)
    let untested = OverrideSupport.body.replacingOccurrences(
      of: "## Testing\nRan the uploader against a proxy that drops every third connection.\n", with: "")
    let docs = OverrideSupport.input(untested, title: "docs: describe retries", files: ["docs/retries.md"])
    #expect(diagnostics(configuration, docs).isEmpty)
    let feature = OverrideSupport.input(untested, title: "feat: retry uploads", files: ["docs/retries.md"])
    #expect(
      diagnostics(configuration, feature) == [
        "required-sections: missing section \"Testing\": add a \"## Testing\" section"
      ])
    // Both conditions must hold: a docs title with source changes only is checked as usual.
    let mislabelled = OverrideSupport.input(untested, title: "docs: retry uploads", files: ["Sources/Upload.swift"])
    #expect(diagnostics(configuration, mislabelled).contains { $0.hasPrefix("required-sections:") })
  }

  @Test func aKnownSectionKeepsWhatTheOverrideDoesNotGive() throws {
    let configuration = try OverrideSupport.configuration(
      "overrides:\n  - if: {labels: bug}\n    sections:\n      - name: testing\n        min-words: 8\n")
    let base = try #require(configuration.sections.first { $0.name == "Testing" })
    let changed = configuration.applying(overrides: [0])
    #expect(changed.sections.map(\.name) == configuration.sections.map(\.name))
    let testing = try #require(changed.sections.first { $0.name == "Testing" })
    #expect(testing.aliases == base.aliases && testing.required == base.required)
    #expect(testing.acceptsNone == base.acceptsNone && testing.minWords == 8)
  }

  @Test func givenAliasesReplaceAndANewSectionIsRequiredUnlessSaid() throws {
    let configuration = try OverrideSupport.configuration(
      """
      overrides:
        - if: {labels: bug}
          sections:
            - name: Why
              aliases: [motivation]
            - name: Rollback
              required: false
            - name: Root cause

      """)
    let changed = configuration.applying(overrides: [0])
    #expect(changed.sections.first { $0.name == "Why" }?.aliases == ["motivation"])
    let rollback = try #require(changed.sections.first { $0.name == "Rollback" })
    #expect(rollback.aliases == ["rollback"] && !rollback.required && rollback.minWords == 0)
    #expect(changed.sections.first { $0.name == "Root cause" }?.required == true)
  }

  @Test func topLevelSectionsReplaceTheListWhileAnOverrideAddsToIt() throws {
    let configuration = try OverrideSupport.configuration(
      "sections:\n  - name: What\noverrides:\n  - if: {labels: bug}\n    sections:\n      - name: Why\n")
    #expect(configuration.sections.map(\.name) == ["What"])
    #expect(configuration.applying(overrides: [0]).sections.map(\.name) == ["What", "Why"])
  }

  @Test func rulesMergePerKey() throws {
    let configuration = try OverrideSupport.configuration(
      """
      rules:
        diff-size: {severity: error, warn-lines: 300, max-lines: 800}
      overrides:
        - if: {labels: migration}
          rules:
            diff-size: {max-lines: 5000}
        - if: {labels: generated}
          rules:
            diff-size: warning

      """)
    let migration = configuration.applying(overrides: [0])
    #expect(migration.severity(of: DiffSizeRule.description) == .error)
    #expect(migration.options(of: DiffSizeRule.description).int("warn-lines") == 300)
    #expect(migration.options(of: DiffSizeRule.description).int("max-lines") == 5000)
    let generated = configuration.applying(overrides: [1])
    #expect(generated.severity(of: DiffSizeRule.description) == .warning)
    #expect(generated.options(of: DiffSizeRule.description).int("max-lines") == 800)
  }

  @Test func laterOverridesWinWhenSeveralApply() throws {
    let yaml = """
      rules:
        title: {max-length: 20}
      overrides:
        - if: {labels: a}
          rules: {title: off}
        - if: {labels: b}
          rules: {title: warning}

      """
    let configuration = try OverrideSupport.configuration(yaml)
    let long = "A title a good deal longer than twenty characters"
    let both = TestSupport.linter(configuration).lint(OverrideSupport.input(title: long, labels: ["b", "a"]))
    #expect(both.overrides == ["t.yml#1", "t.yml#2"])
    #expect(both.diagnostics.map(\.severity) == [.warning])
    let onlyA = TestSupport.linter(configuration).lint(OverrideSupport.input(title: long, labels: ["a"]))
    #expect(onlyA.diagnostics.isEmpty)
  }

  @Test func anOverrideMayDefineAndTuneCustomRules() throws {
    let configuration = try OverrideSupport.configuration(
      """
      rules:
        no-lorem: {kind: forbid-text, pattern: '(?i)lorem'}
      overrides:
        - if: {labels: bug}
          sections:
            - name: Root cause
              required: false
          rules:
            cause-linked:
              kind: require-text
              pattern: '#\\d+'
              section: Root cause
              message: link the issue that shows the cause
        - if: {labels: wip}
          rules: {no-lorem: off}

      """)
    let body = OverrideSupport.body + "\n\n## Root cause\nLorem ipsum.\n"
    let linter = TestSupport.linter(configuration)
    #expect(linter.lint(OverrideSupport.input(body)).diagnostics.map(\.ruleID) == ["no-lorem"])
    #expect(
      linter.lint(OverrideSupport.input(body, labels: ["bug"])).diagnostics.map(\.ruleID).sorted()
        == ["cause-linked", "no-lorem"])
    #expect(linter.lint(OverrideSupport.input(body, labels: ["wip"])).diagnostics.isEmpty)
    #expect(linter.activeRules.map(\.description.id).suffix(2) == ["no-lorem", "cause-linked"])
  }

  @Test func aRuleOnlyAnOverrideTurnsOnIsAmongTheActiveRules() throws {
    let configuration = try OverrideSupport.configuration(
      "rules:\n  title: off\noverrides:\n  - if: {labels: release}\n    rules: {title: warning}\n")
    let linter = TestSupport.linter(configuration)
    #expect(!TestSupport.linter(TestSupport.defaultConfiguration).activeRules.isEmpty)
    let active = linter.activeRules
    #expect(active.last?.description.id == "title" && active.last?.severity == .warning)
    #expect(active.filter { $0.description.id == "title" }.count == 1)
  }
}

/// Overrides across files: an extended file's come first, every one applies after all other settings,
/// and each is named by its file relative to the repository root.
struct OverrideFileTests {
  @Test func anExtendedFilesOverridesComeFirstAndApplyAfterEverything() throws {
    let directory = try TestSupport.temporaryDirectory([
      "shared/base.yml": """
      overrides:
        - if: {labels: bug}
          rules:
            body-length: error
            title: warning

      """,
      ".prlint.yml": """
      extends: shared/base.yml
      rules:
        body-length: off
      overrides:
        - if: {labels: bug}
          rules: {title: off}

      """,
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.file(directory.appendingPathComponent(".prlint.yml").path)
    #expect(configuration.overrides.map(\.name) == ["shared/base.yml#1", ".prlint.yml#1"])
    let bug = configuration.applying(overrides: [0, 1])
    // The extended file's override applies after this file's `body-length: off`...
    #expect(bug.severity(of: BodyLengthRule.description) == .error)
    // ...and this file's override after the extended file's.
    #expect(bug.severity(of: TitleRule.description) == .off)
    #expect(configuration.severity(of: BodyLengthRule.description) == .off)
    let short = TestSupport.linter(configuration).lint(
      OverrideSupport.input("## What\nA fix.\n## Why\nIt broke.\n## Testing\nRan it.\nFixes #1\n", labels: ["bug"]))
    #expect(short.overrides == ["shared/base.yml#1", ".prlint.yml#1"])
    #expect(short.diagnostics.map(\.ruleID) == ["body-length"])
  }

  @Test func theNameDoesNotDependOnHowTheFileWasReached() throws {
    let directory = try TestSupport.temporaryDirectory([
      "repo/.git/HEAD": "", "repo/config/prlint.yml": "overrides:\n  - if: {labels: bug}\n    rules: {title: off}\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let direct = directory.appendingPathComponent("repo/config/prlint.yml").path
    let roundabout = directory.appendingPathComponent("repo/config/../config/./prlint.yml").path
    for path in [direct, roundabout] {
      #expect(try ConfigurationLoader.file(path).overrides.map(\.name) == ["config/prlint.yml#1"])
    }
  }

  @Test func aFileAnOverrideNamesIsResolvedAndChecked() throws {
    let directory = try TestSupport.temporaryDirectory([
      "bug-template.md": "## What\nDescribe the bug you fixed.\n",
      "good.yml": """
      rules:
        template-leftovers: off
      overrides:
        - if: {labels: bug}
          rules:
            template-leftovers: {severity: error, template: bug-template.md}

      """,
      "bad.yml": "overrides:\n  - if: {labels: bug}\n    rules:\n      template-leftovers: {template: missing.md}\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationLoader.file(directory.appendingPathComponent("bad.yml").path)
    }
    #expect(
      error?.description.hasSuffix(
        "bad.yml:4:38: template-leftovers.template names \"missing.md\", which does not exist: expected a file path "
          + "relative to this configuration file") == true, "\(String(describing: error))")
    let configuration = try ConfigurationLoader.file(directory.appendingPathComponent("good.yml").path)
    let linter = try Linter(configuration: configuration)
    let body = "## What\nDescribe the bug you fixed.\n"
    #expect(!linter.lint(OverrideSupport.input(body)).diagnostics.contains { $0.ruleID == "template-leftovers" })
    #expect(
      linter.lint(OverrideSupport.input(body, labels: ["bug"])).diagnostics.contains {
        $0.ruleID == "template-leftovers"
      })
  }

  @Test func aTemplateThatCannotBeReadFailsTheLinterBeforeAnyPR() throws {
    let directory = try TestSupport.temporaryDirectory([
      "template.md": "## What\n",
      ".prlint.yml":
        "overrides:\n  - if: {labels: bug}\n    rules:\n      template-leftovers: {template: template.md}\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.file(directory.appendingPathComponent(".prlint.yml").path)
    try FileManager.default.removeItem(at: directory.appendingPathComponent("template.md"))
    #expect(throws: ConfigurationError.self) { try Linter(configuration: configuration) }
  }
}

/// How results name the overrides, and the linter's one build per set of overrides.
struct OverrideResultTests {
  @Test func jsonNamesTheOverridesAfterSkipped() throws {
    let configuration = try OverrideSupport.configuration(
      OverrideSupport.issueExample + "  - name: bugs on main\n    if: {labels: bug, base-branches: main}\n"
        + "    rules: {linked-issue: warning}\n")
    let linter = TestSupport.linter(configuration)
    let results = [
      linter.lint(OverrideSupport.input(labels: ["bug"], baseBranch: "main")),
      linter.lint(OverrideSupport.input()),
    ]
    let json = JSONReporter().report(results, options: ReportOptions())
    #expect(json.contains("\"skipped\": null, \"overrides\": [\"t.yml#1\", \"bugs on main\"], \"size\""))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let parsed = try #require(object["results"] as? [[String: Any]])
    #expect(parsed.map { $0["overrides"] as? [String] } == [["t.yml#1", "bugs on main"], []])
  }

  @Test func rulesAreBuiltOncePerSetOfOverrides() throws {
    let configuration = try OverrideSupport.configuration(
      "overrides:\n  - if: {labels: a}\n    rules: {title: off}\n  - if: {labels: b}\n    rules: {title: warning}\n"
        + "  - if: {labels: c}\n    rules: {diff-size: off}\n")
    let linter = TestSupport.linter(configuration)
    // The configuration itself and each override alone, when the linter is built.
    #expect(linter.builtVariantCount == 4)
    let labels: [[String]] = [[], ["a"], ["b"], ["a", "b"], ["b", "a"], ["c"], ["x"]]
    for index in 0..<700 {
      _ = linter.lint(OverrideSupport.input(labels: labels[index % labels.count]))
    }
    #expect(linter.builtVariantCount == 5)  // and {a, b}, the one combination seen
  }

  @Test func noOverridesBuildNoVariants() {
    #expect(TestSupport.linter().builtVariantCount == 0)
  }

  @Test func threadsShareOneLinter() throws {
    let configuration = try OverrideSupport.configuration(
      OverrideSupport.issueExample + "  - if: {labels: ui}\n    rules: {screenshots: error}\n")
    let linter = TestSupport.linter(configuration)
    let labelSets: [[String]] = [[], ["bug"], ["ui"], ["bug", "ui"], ["docs"]]
    let inputs = (0..<200).map { OverrideSupport.input(labels: labelSets[$0 % labelSets.count]) }
    let expected = inputs.map { TestSupport.linter(configuration).lint($0).diagnostics }
    let results = Results(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      results.set(index, linter.lint(inputs[index]).diagnostics)
    }
    #expect(results.all == expected)
  }

  /// Results written by several threads, one slot each.
  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Diagnostic]]

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [Diagnostic]) {
      lock.lock()
      defer { lock.unlock() }
      slots[index] = value
    }

    var all: [[Diagnostic]] {
      lock.lock()
      defer { lock.unlock() }
      return slots
    }
  }

  @Test func ghRecordsCarryTheBaseBranch() throws {
    let record = try AuditRecord.decode(
      Array(#"{"number": 3, "title": "Retry", "body": "", "baseRefName": "release/2.1"}"#.utf8))
    #expect(record.shape == .githubCLI)
    #expect(record.lintInput(recordNumber: 1).pullRequest.baseBranch == "release/2.1")
  }

  @Test func anAuditAppliesEachPRsOverrides() throws {
    let configuration = try OverrideSupport.configuration(OverrideSupport.issueExample)
    let body = OverrideSupport.body.replacingOccurrences(of: "\n", with: "\\n")
    let records = [
      #"{"number": 1, "title": "Retry uploads", "body": "BODY", "labels": []}"#,
      #"{"number": 2, "title": "Retry uploads", "body": "BODY", "labels": [{"name": "bug"}]}"#,
      #"{"number": 3, "title": "Retry uploads", "body": "BODY\n\n## Root cause\nOne dropped connection.", "labels": [{"name": "Bug"}]}"#,
      #"{"number": 4, "title": "Retry uploads", "body": "BODY", "labels": [{"name": "ui"}]}"#,
    ].map { $0.replacingOccurrences(of: "BODY", with: body) }
    let runner = AuditRunner(
      linter: TestSupport.linter(configuration), output: AuditOutput(format: .json), jobs: 2)
    var chunks: [UInt8]? = Array((records.joined(separator: "\n") + "\n").utf8)
    var output = ""
    let summary = try runner.run(
      read: { () throws(InputError) -> [UInt8]? in
        defer { chunks = nil }
        return chunks
      }, write: { output += $0 }, malformed: { Issue.record("malformed: \($0.message)") })
    #expect(summary.checked == 4 && summary.failed == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let results = try #require(object["results"] as? [[String: Any]])
    #expect(results.map { $0["source"] as? String } == ["#1", "#2", "#3", "#4"])
    #expect(results.map { $0["overrides"] as? [String] } == [[], ["t.yml#1"], ["t.yml#1"], []])
    #expect(results.map { $0["passed"] as? Bool } == [true, false, true, true])
  }
}

/// `prlint rules` and `prlint init` say what overrides there are and how to write one.
struct OverrideDocumentationTests {
  @Test func rulesListsEachOverrideWithItsConditionsAndChanges() throws {
    let configuration = try OverrideSupport.configuration(OverrideSupport.issueExample)
    #expect(
      RuleDocumentation.overrides(configuration.overrides) == """

        Overrides, applied in this order to each PR all of whose conditions hold:

        t.yml#1  if labels: bug
          section Root cause: aliases root cause, cause; required

        t.yml#2  if title-types: docs or chore; changed-paths: docs/** or *.md
          section Testing: not required
          rule tests-included: off

        """)
    #expect(RuleDocumentation.overrides([]) == "")
  }

  @Test func optionsAndCustomRulesAreShown() throws {
    let configuration = try OverrideSupport.configuration(
      "overrides:\n  - if: {authors: octocat}\n    rules:\n      diff-size: {severity: warning, max-lines: 2000, "
        + "warn-lines: 900}\n      no-todo: {kind: forbid-text, pattern: TODO, severity: warning}\n")
    #expect(
      configuration.overrides[0].changes == [
        "rule diff-size: warning; max-lines 2000; warn-lines 900", "rule no-todo: defined here, warning",
      ])
  }

  @Test func initsFileShowsAnOverridesExampleThatLoads() throws {
    #expect(InitTemplate.text.contains("\n# overrides:\n"))
    // Uncommented, the example is a working configuration.
    let example = InitTemplate.overrides.split(separator: "\n", omittingEmptySubsequences: false)
      .drop { !$0.hasPrefix("# overrides:") }
      .map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: "\n")
    let configuration = try OverrideSupport.configuration(example)
    #expect(
      configuration.overrides.map(\.conditions.description) == [
        "labels: bug", "title-types: docs or chore; changed-paths: docs/** or *.md",
      ])
  }
}

/// README's overrides example is a working configuration that says what the README says it does.
struct ReadmeOverridesExampleTests {
  @Test func readmeExampleLoads() throws {
    let readme = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```yaml\noverrides:"))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    let configuration = try OverrideSupport.configuration("overrides:" + readme[start.upperBound..<end.lowerBound])
    #expect(configuration.overrides.map(\.name) == ["t.yml#1", "t.yml#2", "release branches"])
    let release = configuration.applying(overrides: [2])
    #expect(release.options(of: DiffSizeRule.description).int("max-lines") == 5000)
  }
}
