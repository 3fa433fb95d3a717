import Foundation
import Testing

@testable import PRLintKit

/// `--format github`: workflow commands escaped as the Actions toolkit does, and nothing a body
/// holds can start a command of its own.
struct GitHubReporterTests {
  @Test func escapesExactlyAsTheToolkit() {
    #expect(WorkflowCommand.escapeData("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d")
    #expect(WorkflowCommand.escapeProperty("50% a\r\nb: c, d") == "50%25 a%0D%0Ab%3A c%2C d")
    #expect(WorkflowCommand.escapeData("%0A") == "%250A")
  }

  @Test func oneCommandPerFindingWithLocationWhenKnown() {
    let result = TestSupport.lint("## What\n\n## Why\nBecause.\n")
    let lines = GitHubReporter().report([result], options: ReportOptions()).split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "::error file=test.md,line=1,col=1,title=prlint empty-section::section \"What\" is empty: "
          + "replace the template text with a real answer"))
    #expect(
      lines.contains(
        "::error file=test.md,title=prlint required-sections::missing section \"Testing\": add a \"## Testing\" section"
      ))
    #expect(lines.last?.hasPrefix("✖ test.md failed: ") == true)
    #expect(lines.dropLast().allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
  }

  @Test func standardInputHasNoFileProperty() {
    let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(
      LintInput(source: BodyReader.standardInputName, body: "Short.\n"))
    let output = GitHubReporter().report([result], options: ReportOptions())
    #expect(output.contains("::error title=prlint body-length::"))
    #expect(!output.contains("file="))
  }

  /// A PR read from the CI is not a file in the repository: no `file=` to attach the annotation to.
  @Test func prReadFromTheCIHasNoFileProperty() throws {
    let event = #"{"pull_request": {"number": 42, "title": "t", "body": "Short."}}"#
    let fromGitHub = try EventPayload.parse(Data(event.utf8), source: "event.json")
    let fromGitLab = GitLabPipeline.input(from: [
      "GITLAB_CI": "true", "CI_MERGE_REQUEST_IID": "7", "CI_MERGE_REQUEST_DESCRIPTION": "Short.",
    ]).input
    for input in [fromGitHub, fromGitLab] {
      let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(input)
      let output = GitHubReporter().report([result], options: ReportOptions())
      #expect(output.contains("::error title=prlint body-length::"), "\(input.source)")
      #expect(!output.contains("file="), "\(input.source)")
    }
  }

  @Test func skippedPRIsANotice() {
    let skipped = LintResult(
      source: "bot.md", title: nil, sections: [], references: [], diagnostics: [], skipReason: "author is a bot")
    let output = GitHubReporter().report([skipped], options: ReportOptions())
    #expect(output.hasPrefix("::notice title=prlint::bot.md skipped: author is a bot\n"))
    #expect(output.hasSuffix("1 skipped\n"))
  }

  @Test func quietReportsErrorsOnly() {
    let result = TestSupport.lint("## What\nA change.\n\n- [ ] untested\n")
    let output = GitHubReporter().report([result], options: ReportOptions(quiet: true))
    #expect(output.contains("::error "))
    #expect(!output.contains("::warning "))
  }

  /// Reads the output as the runner does (each line, leading space trimmed, `::name props::data`)
  /// and checks that every command is one of ours with our properties, and that the hostile text
  /// survives decoding as text.
  @Test func hostileTextCannotStartACommand() throws {
    let output = GitHubReporter().report(HostileReports.results(), options: HostileReports.options)
    #expect(!output.unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" })
    #expect(!output.unicodeScalars.contains { TerminalSafe.needsEscape($0) && $0 != "\n" })
    // The runner also reads the old `##[name]data` form anywhere in a line that is not a `::` command.
    #expect(!output.contains("##["))
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    #expect(output.hasSuffix("\n"))
    var messages: [String] = []
    for line in lines.dropLast() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      try #require(trimmed.hasPrefix("::"), "not a command: \(line)")
      let rest = trimmed.dropFirst(2)
      let end = try #require(rest.firstRange(of: "::"), "no data separator: \(line)")
      let section = rest[..<end.lowerBound]
      let name = section.prefix { $0 != " " }
      #expect(["error", "warning", "notice"].contains(String(name)), "unexpected command \(name)")
      let properties = section.dropFirst(name.count).split(separator: ",").map { $0.trimmingPrefix(" ") }
      for property in properties {
        let key = property.prefix { $0 != "=" }
        #expect(["file", "line", "col", "title"].contains(String(key)), "unexpected property \(key)")
      }
      messages.append(decode(String(rest[end.upperBound...])))
    }
    let summary = try #require(lines.last)
    #expect(summary.hasPrefix("✖ 3 PRs failed"))
    for attack in ["::error::injected", "%0A::warning::percent", "::add-mask::secret", "::stop-commands::token"] {
      #expect(messages.contains { $0.contains(attack) }, "\(attack) should survive as text")
    }
    // Line breaks come back as line breaks inside one annotation, never as a new log line.
    #expect(messages.contains { $0.contains("\n::error file=x,line=1::newline") })
    #expect(messages.contains { $0.contains("skipped: ") })
  }

  /// The runner's unescaping of command data.
  private func decode(_ data: String) -> String {
    data.replacing("%0D", with: "\r").replacing("%0A", with: "\n").replacing("%25", with: "%")
  }

  /// Whatever a path holds, the runner reads the `file` property back as exactly that path, and the
  /// line is still one command of ours: `:` and `,` (which delimit properties), `%`, line breaks and a
  /// leading `::` arrive as written.
  @Test(arguments: [
    "::error::lead.md", "::add-mask::secret.md", "a,b=c.md", "title=x.md", "50%25%3A%2C.md", "x%0A%0D.md",
    " spaced .md", "line\nbreak\r.md", "ünïcødé 🎉.md", "#[x]##.md",
  ])
  func filePropertyRoundTripsThroughTheRunner(path: String) throws {
    let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(
      LintInput(source: path, sourceIsFile: true, body: "## What\n\n## Why\nBecause.\n"))
    let output = GitHubReporter().report([result], options: ReportOptions())
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2)
    #expect(lines.count == result.diagnostics.count)
    for line in lines {
      let command = try #require(RunnerCommand(String(line)), "the runner reads no command in \(line)")
      #expect(["error", "warning"].contains(command.name))
      #expect(command.properties["file"] == path, "\(line)")
      #expect(command.properties["title"]?.hasPrefix("prlint ") == true)
    }
    let located = try #require(lines.first { $0.contains(",line=") }.flatMap { RunnerCommand(String($0)) })
    #expect(located.properties["line"] == "1" && located.properties["col"] == "1")
  }

  /// A path the runner cannot read back as written (its `key=value` split drops a leading `=`), or
  /// that holds what must not reach a log raw, is not a `file` property: the annotation goes on the
  /// run, and its message names the path, made visible.
  @Test(arguments: [
    ("=lead.md", "=lead.md"), ("##[add-mask]x.md", "##\\u{5B}add-mask]x.md"), ("esc\u{1B}[1m.md", "esc\\u{1B}[1m.md"),
    ("bidi\u{202E}.md", "bidi\\u{202E}.md"), ("sep\u{2028}.md", "sep\\u{2028}.md"),
  ])
  func aPathTheRunnerCannotReadBackIsNamedInTheMessage(path: String, shown: String) throws {
    let result = TestSupport.linter(TestSupport.defaultConfiguration).lint(
      LintInput(source: path, sourceIsFile: true, body: "Short.\n"))
    let output = GitHubReporter().report([result], options: ReportOptions())
    let line = try #require(output.split(separator: "\n").first)
    let command = try #require(RunnerCommand(String(line)))
    #expect(command.properties["file"] == nil)
    #expect(command.data.hasPrefix(shown + ": "), "\(command.data)")
    #expect(!output.contains("##["))
    #expect(!output.unicodeScalars.contains { TerminalSafe.needsEscape($0) && $0 != "\n" })
  }

  /// `::error file=a.md,line=1::message` read as the runner reads it (`ActionCommand.TryParseV2` in
  /// actions/runner): leading white space trimmed, `::`, the name up to a space, properties up to
  /// the next `::`, trimmed, split on `,` and each on its first `=` as .NET's
  /// `Split(new[] { '=' }, count: 2, RemoveEmptyEntries)` does (empty pieces are skipped before the
  /// last, so `k==v` reads as `k`, `v`), then unescaped with `String.Replace` in the runner's order:
  /// `%0D`, `%0A`, `%3A`, `%2C`, `%25` for a property, `%0D`, `%0A`, `%25` for the data.
  struct RunnerCommand {
    var name: String
    var properties: [String: String] = [:]
    var data: String

    init?(_ line: String) {
      let message = line.drop { $0.isWhitespace }
      guard message.hasPrefix("::") else { return nil }
      let rest = message.dropFirst(2)
      guard let end = rest.firstRange(of: "::") else { return nil }
      let info = rest[..<end.lowerBound]
      name = String(info.prefix { $0 != " " })
      guard !name.isEmpty else { return nil }
      if let space = info.firstIndex(of: " ") {
        let trimmed = info[info.index(after: space)...].trimmingCharacters(in: .whitespacesAndNewlines)
        for property in trimmed.split(separator: ",") {
          let pair = Self.splitTwo(String(property), on: "=")
          if pair.count == 2 {
            properties[pair[0]] = Self.replace(
              pair[1], [("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")])
          }
        }
      }
      data = Self.replace(String(rest[end.upperBound...]), [("%0D", "\r"), ("%0A", "\n"), ("%25", "%")])
    }

    /// .NET's `Split(separator, count: 2, RemoveEmptyEntries)`.
    private static func splitTwo(_ text: String, on separator: Character) -> [String] {
      var pieces = text.split(separator: separator, omittingEmptySubsequences: false)[...]
      while pieces.first?.isEmpty == true { pieces = pieces.dropFirst() }
      guard let first = pieces.first else { return [] }
      var rest = text[first.endIndex...].dropFirst()
      while rest.first == separator { rest = rest.dropFirst() }
      return rest.isEmpty ? [String(first)] : [String(first), String(rest)]
    }

    private static func replace(_ text: String, _ mappings: [(String, String)]) -> String {
      mappings.reduce(text) { $0.replacing($1.0, with: $1.1) }
    }
  }
}
