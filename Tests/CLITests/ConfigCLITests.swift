import Foundation
import Testing

/// Where the configuration comes from, end to end: every spelling found, two in one folder refused,
/// `PRLINT_CONFIG` for every command that loads one, and `prlint config` printing what was resolved.
struct ConfigCLITests {
  /// A repository (`.git/HEAD`) holding `files`; the caller removes it.
  static func repository(_ files: [String: String]) throws -> URL {
    let directory = try CLIRunner.temporaryDirectory()
    for (path, text) in files.merging([".git/HEAD": "ref: refs/heads/main\n"], uniquingKeysWith: { old, _ in old }) {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return directory
  }

  static let titleOff = "rules:\n  title: off\n"
  static let body = "## What\nAdds retries.\n"

  /// `.github/prlint.yaml`, which prlint used to pass over silently, applies, and `prlint rules` names it.
  @Test(arguments: [".prlint.yml", ".prlint.yaml", ".github/prlint.yml", ".github/prlint.yaml"])
  func eachSpellingApplies(_ name: String) throws {
    let directory = try Self.repository([name: Self.titleOff, "src/x": ""])
    defer { try? FileManager.default.removeItem(at: directory) }
    let rules = try CLIRunner.run(["rules"], directory: directory.appendingPathComponent("src"))
    #expect(rules.status == 0, "\(rules.stderr)")
    #expect(rules.stdout.hasPrefix("Rules under \(name):\n"), "\(rules.stdout)")
    #expect(rules.stdout.contains("\n  title: off (\(name))\n"), "\(rules.stdout)")
    let check = try CLIRunner.run(["--title", "wip"], stdin: Self.body, directory: directory)
    #expect(!check.stdout.contains("[title]"), "\(check.stdout)")
  }

  @Test func twoSpellingsInOneFolderAreOneLineAndExit2() throws {
    let directory = try Self.repository([".prlint.yml": Self.titleOff, ".github/prlint.yaml": "rules: {}\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    for arguments in [[], ["rules"], ["config"], ["template"]] {
      let output = try CLIRunner.run(arguments, stdin: Self.body, directory: directory)
      #expect(output.status == 2, "\(arguments)")
      #expect(output.stdout.isEmpty)
      #expect(output.stderr.split(separator: "\n").count == 1, "\(output.stderr)")
      #expect(
        output.stderr.hasSuffix(
          ": .prlint.yml and .github/prlint.yaml are both prlint configuration files, and prlint will not guess "
            + "which applies: keep .prlint.yml (merge into it what .github/prlint.yaml sets) and delete "
            + ".github/prlint.yaml\n"), "\(output.stderr)")
    }
  }

  // MARK: - PRLINT_CONFIG

  /// The variable names the file for every command that loads a configuration; the flags beat it, and it
  /// beats the file found in the repository.
  @Test func theVariableAppliesToEveryCommand() throws {
    let directory = try Self.repository([
      ".prlint.yml": "rules:\n  title: warning\n",
      "ci/prlint.yml": "rules:\n  title: off\n  no-wip:\n    kind: forbid-text\n    pattern: WIP\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let variable = ["PRLINT_CONFIG": "ci/prlint.yml"]
    let rules = try CLIRunner.run(["rules"], directory: directory, environment: variable)
    #expect(rules.stdout.hasPrefix("Rules under ci/prlint.yml:\n"), "\(rules.stdout)\(rules.stderr)")
    let explain = try CLIRunner.run(["explain", "no-wip"], directory: directory, environment: variable)
    #expect(explain.status == 0 && explain.stdout.hasPrefix("no-wip: "), "\(explain.stderr)")
    let config = try CLIRunner.run(["config"], directory: directory, environment: variable)
    #expect(config.stdout.contains("\n    severity: off  # ci/prlint.yml:2\n"), "\(config.stdout)")
    let template = try CLIRunner.run(["template"], directory: directory, environment: variable)
    #expect(template.status == 0, "\(template.stderr)")
    // check, through the fast path and through ArgumentParser alike, and audit.
    for (arguments, environment) in [([String](), [:]), (["check"], ["PRLINT_NO_FAST_PATH": "1"])] {
      let check = try CLIRunner.run(
        arguments, stdin: "## What\nWIP retries.\n", directory: directory,
        environment: variable.merging(environment) { $1 })
      #expect(check.stdout.contains("[no-wip]"), "\(arguments): \(check.stdout)\(check.stderr)")
    }
    let audit = try CLIRunner.run(
      ["audit", "--format", "json"], stdin: #"{"number": 1, "title": "x", "body": "WIP"}"# + "\n",
      directory: directory, environment: variable)
    #expect(audit.stdout.contains("no-wip"), "\(audit.stdout)\(audit.stderr)")
    // --config and --preset beat it; empty is unset.
    let flag = try CLIRunner.run(["rules", "--config", ".prlint.yml"], directory: directory, environment: variable)
    #expect(flag.stdout.hasPrefix("Rules under .prlint.yml:\n"), "\(flag.stdout)")
    let preset = try CLIRunner.run(["rules", "--preset", "strict"], directory: directory, environment: variable)
    #expect(preset.stdout.hasPrefix("Rules under preset strict:\n"))
    let empty = try CLIRunner.run(["rules"], directory: directory, environment: ["PRLINT_CONFIG": ""])
    #expect(empty.stdout.hasPrefix("Rules under .prlint.yml:\n"))
  }

  @Test func theVariableNamingNoFileIsExit2() throws {
    let directory = try Self.repository([".prlint.yml": Self.titleOff])
    defer { try? FileManager.default.removeItem(at: directory) }
    for arguments in [[], ["check"], ["rules"], ["explain", "title"], ["config"], ["template"], ["audit"]] {
      let output = try CLIRunner.run(
        arguments, stdin: Self.body, directory: directory, environment: ["PRLINT_CONFIG": "x.yml"])
      #expect(output.status == 2, "\(arguments)")
      #expect(output.stdout.isEmpty, "\(arguments)")
      #expect(
        output.stderr
          == "prlint: PRLINT_CONFIG names \"x.yml\", which does not exist: expected a prlint configuration file\n",
        "\(arguments)")
    }
  }

  /// The pre-push hook loads the configuration too: the variable's file decides what blocks a push.
  @Test func theHookReadsTheVariable() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try "rules:\n  title: off\n".write(
      to: sandbox.root.appendingPathComponent("ci.yml"), atomically: true, encoding: .utf8)
    try sandbox.branch("wip", message: "wip: retries")
    let sha = try sandbox.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .newlines)
    let push = [
      "PRE_COMMIT_REMOTE_NAME": "origin", "PRE_COMMIT_REMOTE_BRANCH": "refs/heads/wip",
      "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/wip", "PRE_COMMIT_TO_REF": sha,
      "PRE_COMMIT_FROM_REF": String(repeating: "0", count: 40),
    ]
    let plain = try sandbox.prlint(["hook", "run"], environment: push)
    #expect(plain.stderr.contains("title starts with \"wip\""), "\(plain.stderr)")
    let named = try sandbox.prlint(["hook", "run"], environment: push.merging(["PRLINT_CONFIG": "../ci.yml"]) { $1 })
    #expect(!named.stderr.contains("title starts with \"wip\""), "\(named.stderr)")
    #expect(named.stderr.contains("✖ wip@"), "\(named.stderr)")
    let missing = try sandbox.prlint(["hook", "run"], environment: push.merging(["PRLINT_CONFIG": "gone.yml"]) { $1 })
    #expect(missing.status == 2)
    #expect(
      missing.stderr.hasSuffix(
        "PRLINT_CONFIG names \"gone.yml\", which does not exist: expected a prlint "
          + "configuration file\n"))
  }

  // MARK: - prlint config

  /// The printed configuration, saved as `.prlint.yml` in another repository with the same PR template,
  /// resolves to the same values: `prlint config` there prints them again (only the comments, which say
  /// where each came from, differ).
  @Test func theConfigurationPrintedLoadsAsTheSameOne() throws {
    let template = ".github/pull_request_template.md"
    let files = [
      template: "## Summary\n\n## Testing (optional)\n",
      "config/base.yml": "extends: strict\nrules:\n  no-lorem:\n    kind: forbid-text\n    pattern: '(?i)lorem'\n",
      ".github/prlint.yaml": """
      extends: ../config/base.yml
      sections: template
      drafts: skip
      ignore: {labels: [wip, 'no: lint']}
      size-classes: {xs: 3}
      rules:
        diff-size: {max-lines: 900, exclude: ['*.lock']}
        no-lorem: warning
      overrides:
        - if: {labels: [bug]}
          sections:
            - name: Root cause
          rules:
            tests-included: off

      """,
    ]
    let first = try Self.repository(files)
    let second = try Self.repository([template: files[template]!])
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    let printed = try CLIRunner.run(["config"], directory: first)
    #expect(printed.status == 0, "\(printed.stderr)")
    #expect(printed.stdout.contains("\nextends: strict  # the preset it builds on\n"))
    #expect(printed.stdout.contains("\ndrafts: skip  # .github/prlint.yaml:3\n"))
    #expect(printed.stdout.contains("\n  no-lorem:  # .github/prlint.yaml:8\n"))
    #expect(printed.stdout.contains("\n    min-words: 40  # preset strict\n"))
    #expect(printed.stdout.contains("\nsections: template  # .github/prlint.yaml:2\n"))
    #expect(printed.stdout.contains("\n#   - name: 'Summary'  # template \(template):1; with What's aliases\n"))
    #expect(printed.stdout.contains("\n  - name: '.github/prlint.yaml#1'  # .github/prlint.yaml:10\n"))
    try printed.stdout.write(to: second.appendingPathComponent(".prlint.yml"), atomically: true, encoding: .utf8)
    let again = try CLIRunner.run(["config"], directory: second)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(Self.values(again.stdout) == Self.values(printed.stdout))
    #expect(again.stdout.contains("\ndrafts: skip  # .prlint.yml:"))
    // What the rules and sections are, said as prlint rules says it, is the same too.
    let rules = { (directory: URL) throws in
      try CLIRunner.run(["rules"], directory: directory).stdout.split(separator: "\n").filter {
        !$0.hasPrefix("Rules under") && !$0.contains("(")
      }
    }
    #expect(try rules(first) == rules(second))
  }

  /// The YAML without its comments: the values alone.
  static func values(_ yaml: String) -> [String] {
    yaml.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      line.range(of: "  # ").map { String(line[..<$0.lowerBound]) } ?? String(line)
    }
  }

  @Test func helpListsTheCommand() throws {
    let help = try CLIRunner.run(["--help"])
    #expect(help.stdout.contains("prlint rules | explain <rule> | config | init"))
    #expect(help.stdout.contains("\n  config "), "\(help.stdout)")
    let config = try CLIRunner.run(["config", "--help"])
    #expect(config.status == 0)
    #expect(config.stdout.contains("PRLINT_CONFIG"))
  }

  // MARK: - prlint init

  /// `prlint init` writes `.prlint.yml`, and refuses beside any other spelling, naming it.
  @Test(arguments: [".prlint.yaml", ".github/prlint.yml", ".github/prlint.yaml"])
  func initRefusesBesideAnySpelling(_ name: String) throws {
    let directory = try Self.repository([name: Self.titleOff])
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["init"], directory: directory)
    #expect(output.status == 2)
    #expect(
      output.stderr == "prlint: \(name) already exists: edit it (prlint init writes .prlint.yml, and both would be "
        + "ambiguous)\n")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(".prlint.yml").path))
    let forced = try CLIRunner.run(["init", "--force"], directory: directory)
    #expect(forced.status == 2, "--force overwrites .prlint.yml only, never makes two")
  }
}
