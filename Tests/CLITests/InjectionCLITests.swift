import Foundation
import Testing

/// What prlint prints besides reports: `explain`, `rules` and `template` quote the configuration (which
/// a PR can change), git errors quote refs, the pre-push hook quotes commit messages and file names.
/// None of it may reach the terminal or a CI log raw.
@Suite(.serialized)
struct InjectionCLITests {
  static let attack = "\u{1B}]8;;http://evil\u{7}click\u{1B}]8;;\u{7}\u{1B}[2J\u{8}\u{202E}"

  /// No control character but line breaks, no bidirectional override, no line opening a runner command.
  static func expectInert(_ text: String, _ context: String) {
    let controls = text.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
    }
    #expect(controls.isEmpty, "\(context): \(text)")
    #expect(!text.contains("##["), "\(context): \(text)")
    for line in text.split(separator: "\n") {
      #expect(!line.drop { $0 == " " || $0 == "\t" }.hasPrefix("::"), "\(context): \(line)")
    }
  }

  @Test func explainRulesAndTemplateEscapeTheConfiguration() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // YAML's double-quoted escapes put ESC (\e), BEL (\a) and backspace (\b) into the values.
    let yaml = """
      sections:
        - name: "Wh\\eat\\b"
          required: true
      rules:
        evil:
          kind: forbid-text
          pattern: "x\\a"
          message: "\\e]8;;http://evil\\aclick\\e]8;;\\a\\n::error::forged\\n##[add-mask]x"

      """
    try yaml.write(to: directory.appendingPathComponent("evil.yml"), atomically: true, encoding: .utf8)
    let runs = [
      ["explain", "evil", "--config", "evil.yml"], ["rules", "--config", "evil.yml"],
      ["template", "--config", "evil.yml"], ["config", "--config", "evil.yml"],
    ]
    for arguments in runs {
      let output = try CLIRunner.run(arguments, directory: directory)
      #expect(output.status == 0, "\(arguments): \(output.stderr)")
      Self.expectInert(output.stdout, "\(arguments)")
    }
    let explained = try CLIRunner.run(runs[0], directory: directory).stdout
    #expect(explained.contains("\\u{1B}]8;;http://evil\\u{7}click"))
    #expect(explained.contains("\n\\u{3A}:error::forged\n"))
    let template = try CLIRunner.run(runs[2], directory: directory).stdout
    #expect(template.contains("## Wh\\u{1B}at\\u{8}\n"))
    // Written to a file, the template is the same escaped text.
    let written = try CLIRunner.run(runs[2] + ["--output", "t.md"], directory: directory)
    #expect(written.status == 0)
    #expect(try String(contentsOf: directory.appendingPathComponent("t.md"), encoding: .utf8) == template)
    // The configuration printed is inert, yet YAML's escapes keep the values: loaded, it gives the same template.
    let printed = try CLIRunner.run(runs[3], directory: directory).stdout
    try printed.write(to: directory.appendingPathComponent("printed.yml"), atomically: true, encoding: .utf8)
    #expect(try CLIRunner.run(["template", "--config", "printed.yml"], directory: directory).stdout == template)
    #expect(printed.contains(#"  - name: "Wh\eat\b""#), "\(printed)")
  }

  @Test func gitErrorsEscapeTheRef() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    let output = try sandbox.prlint(["--diff-base", Self.attack + "::error::x"], stdin: "## What\nA change.\n")
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.hasPrefix("prlint: --diff-base \\u{1B}]8;;http://evil"), "\(output.stderr)")
    #expect(output.stderr.split(separator: "\n").count == 1)
    Self.expectInert(output.stderr, "diff-base")
  }

  /// The hook prints the commit's title, messages quoting task text and file names on stderr, which
  /// git shows on the pusher's terminal.
  @Test func hookOutputIsInert() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    let message = "\(Self.attack) title ::error::x\n\n## What\n- [ ] \(Self.attack)\n::warning::y\n##[add-mask]z\n"
    try sandbox.branch(
      "evil", message: message,
      files: ["src/\(Self.attack).swift": "code\n", "ui/::error::x.css": "a {}\n", "ui/b.css": "b {}\n"])
    let push = try sandbox.run(["push", "origin", "evil"])
    #expect(push.status != 0)
    #expect(push.stderr.contains("✖ evil@"), "\(push.stderr)")
    #expect(push.stderr.contains("\\u{1B}]8;;http://evil"))
    let ours = push.stderr.split(separator: "\n").filter { !$0.hasPrefix("error: failed to push") }
    Self.expectInert(ours.joined(separator: "\n"), "hook")
  }
}
