import Foundation
import Testing

@testable import PRLintKit

/// `prlint config` prints a configuration that, saved as `.prlint.yml` in another repository, loads as
/// the one it was resolved from: every setting, section, rule, custom rule and override.
struct ResolvedConfigurationTests {
  /// What a configuration does, compared as values: effective severities and options of every rule (not
  /// which preset or file set them), paths relative to the repository root.
  struct Snapshot: Equatable {
    var settings: [String]
    var sections: [SectionDefinition]
    var fromTemplate: Bool
    var rules: [String]
    var overrides: [String]

    init(_ configuration: Configuration, root: URL) {
      let prefix = root.standardizedFileURL.path + "/"
      let relative = { (path: String) in path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
      settings = [
        "\(configuration.pseudoHeadings) \(configuration.inlineDisable)",
        "\(String(describing: configuration.platform)) \(String(describing: configuration.gitLabInstance))",
        "\(configuration.policy) \(configuration.sizeClasses)",
        "\(String(describing: configuration.hookBodyFile)) \(configuration.template.map(relative) ?? "-")",
      ]
      sections = configuration.sections
      fromTemplate = configuration.sectionsFromTemplate != nil
      rules = (RuleRegistry.descriptions + configuration.customRules.map(\.description)).map { description in
        let options = configuration.options(of: description).values.sorted { $0.key < $1.key }.map { key, value in
          if case .string(let path) = value { return "\(key)=\(relative(path))" }
          return "\(key)=\(value)"
        }
        return "\(description.id) \(configuration.severity(of: description)) \(options) \(description.summary) "
          + description.rationale
      }
      overrides = configuration.overrides.map { "\($0.name) if \($0.conditions): \($0.changes)" }
    }
  }

  /// `files` in a repository with a PR template, loaded; then the configuration `prlint config` prints for
  /// it, saved as `.prlint.yml` in a second repository with the same template: the two must agree.
  static func roundTrip(_ files: [String: String], preset: String? = nil) throws -> (Snapshot, Snapshot, String) {
    let template = ["docs/pr.md": "## Summary\n\n## Rollout (optional)\n", ".git/HEAD": ""]
    let first = try TestSupport.temporaryDirectory(template.merging(files) { _, new in new })
    let second = try TestSupport.temporaryDirectory(template)
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    let original = try ConfigurationLoader.load(file: nil, preset: preset, from: first.path)
    let plan = try Linter(configuration: original, environment: RuleEnvironment(workingDirectory: first.path))
      .sectionPlan
    let yaml = ResolvedConfiguration(original, plan: plan, workingDirectory: first.path).yaml
    try yaml.write(to: second.appendingPathComponent(".prlint.yml"), atomically: true, encoding: .utf8)
    let reloaded: Configuration
    do {
      reloaded = try ConfigurationLoader.load(file: nil, preset: nil, from: second.path)
    } catch {
      Issue.record("\(error)\n\(yaml)")
      throw error
    }
    return (Snapshot(original, root: first), Snapshot(reloaded, root: second), yaml)
  }

  static let everything = """
    extends: base.yml
    platform: gitlab
    gitlab-url: https://gitlab.example.com
    drafts: check
    pseudo-headings: false
    inline-disable: false
    ignore:
      authors: ['bot[bot]', "it's"]
      labels: ['#skip', 'true']
      bots: false
    hook:
      body-file: PR.md
    size-classes: {xs: 5, s: 50}
    template: docs/pr.md
    sections:
      - name: "What's new: `x` # 1"
        aliases: [what, 'new: x']
        min-words: 3
      - name: Breaking change
        accepts-none: false
      - name: Risk
        required: false
        accepts-none: true
    rules:
      title:
        conventional: true
        types: [feat, fix]
        pattern: '^[A-Z]'
      diff-size: {max-lines: 900, exclude: []}
      template-leftovers:
        template: docs/pr.md
      no-todo:
        kind: forbid-text
        pattern: '(?i)\\btodo\\b'
        section: Risk
        message: "say what is left: it's not a TODO"
      no-lorem: warning
    overrides:
      - if: {labels: [bug, 'needs: triage'], base-branches: ['release/*']}
        name: bugs
        sections:
          - name: Root cause
            aliases: [cause]
            required: true
            min-words: 2
        rules:
          tests-included: off
          linked-issue: {severity: warning, patterns: ['[A-Z]+-[0-9]+']}
      - if: {title-types: docs, changed-paths: ['docs/**']}
        rules:
          extra:
            kind: require-text
            pattern: docs
            severity: warning

    """

  @Test func everySettingRoundTrips() throws {
    let base = """
      extends: minimal
      rules:
        no-lorem:
          kind: forbid-text
          pattern: lorem
      overrides:
        - if: {authors: [octocat]}
          rules:
            body-length: off

      """
    let (original, reloaded, yaml) = try Self.roundTrip([".prlint.yml": Self.everything, "base.yml": base])
    #expect(original == reloaded, "\(yaml)")
    #expect(yaml.contains("\nextends: minimal  # the preset it builds on\n"))
    #expect(yaml.contains("\ndrafts: check  # .prlint.yml:4\n"))
    #expect(yaml.contains("\n  xs: 5  # .prlint.yml:13\n  s: 50  # .prlint.yml:13\n  m: 500  # default\n"))
    #expect(yaml.contains("\n    min-words: 5  # preset minimal\n"))
    #expect(yaml.contains("\n  no-lorem:  # .prlint.yml:37\n"))
    #expect(yaml.contains("\n    severity: warning\n"))
    #expect(yaml.contains("\n  - name: 'base.yml#1'  # extends base.yml:7\n"))
    #expect(yaml.contains("\n  - name: 'bugs'  # .prlint.yml:39\n"))
    #expect(yaml.contains("\n    template: 'docs/pr.md'  # .prlint.yml:31\n"))
    #expect(yaml.contains("\ntemplate: 'docs/pr.md'  # .prlint.yml:14\n"))
  }

  @Test(arguments: ["default", "strict", "minimal"])
  func presetsRoundTrip(_ preset: String) throws {
    let (original, reloaded, yaml) = try Self.roundTrip([:], preset: preset)
    #expect(original == reloaded, "\(yaml)")
    #expect(yaml.contains("\nextends: \(preset)  # the preset it builds on\n"))
  }

  /// Under `sections: template` (written, or with no file at all) it says so, and shows what the template
  /// gives as comments, each section with its template line.
  @Test func sectionsTemplateRoundTripsWithTheDerivedSectionsAsComments() throws {
    let written = try Self.roundTrip([".prlint.yml": "extends: strict\nsections: template\ntemplate: docs/pr.md\n"])
    #expect(written.0 == written.1, "\(written.2)")
    #expect(written.2.contains("\nsections: template  # .prlint.yml:2\n"))
    #expect(written.2.contains("\n#   - name: 'Summary'  # template docs/pr.md:1; with What's aliases\n"))
    #expect(
      written.2.contains("\n#   - name: 'Rollout (optional)'  # template docs/pr.md:3; optional: its heading says"))
    let none = try Self.roundTrip([:])
    #expect(none.0.fromTemplate && none.0 == none.1, "\(none.2)")
    #expect(none.2.contains("\nsections: template  # default: no configuration file, so the PR template is the spec\n"))
    #expect(none.2.contains("\n# no PR template was found, so these sections (preset default) apply:\n# sections:\n"))
  }

  /// Values a PR can write (control characters, bidirectional overrides, a runner command) come out inert
  /// and still load as the same values.
  @Test func hostileValuesAreInertAndRoundTrip() throws {
    let yaml = """
      sections:
        - name: "Wh\\eat\\u202E ##[add-mask]"
          aliases: ["x\\ty", "::error::z"]
      rules:
        "ev\\ail":
          kind: forbid-text
          pattern: "x\\a"
          message: "\\e]8;;http://evil\\aclick\\n::error::forged\\n##[add-mask]x"

      """
    let (original, reloaded, printed) = try Self.roundTrip([".prlint.yml": yaml])
    #expect(original == reloaded, "\(printed)")
    #expect(TerminalSafe.escapeLines(printed) == printed)
    #expect(!printed.contains("##["))
    #expect(!printed.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }
}
