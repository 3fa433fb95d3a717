@testable import PRLintKit
@testable import PRLintMarkdown

/// Results whose every text field (source, headings, messages, reasons, references) carries the
/// attacks each output format must defuse, for the per-format tests.
enum HostileReports {
  static let attacks = [
    "::error::injected", "%0A::warning::percent", "::add-mask::secret", "::stop-commands::token",
    "##[add-mask]legacy", "###[stop-commands]legacy",
    "\n::error file=x,line=1::newline", "\r::notice::carriage", "@everyone", "@org/team", "&#64;entity",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!-- hide", "-->", "cell | break",
    "`tick` ``two``", "[x](javascript:alert(1))", "![i](http://x/i.png)", "#123", "o/r#4", "GH-5",
    "https://github.com/o/r/issues/6", "www.example.com", "*em* _u_ ~~s~~ $x$", "& \" '",
    "\u{1B}[31mred\u{1B}[0m", "\u{1B}]8;;http://x\u{7}osc\u{1B}]8;;\u{7}", "bell\u{7}", "\u{0}\u{1}\u{8}\u{1F}nul",
    "\u{202E}bidi", "\u{9B}2J", "\u{2028}sep", "\u{FFFE}\u{FFFF}", "\ttab",
  ]
  static let text = attacks.joined(separator: " ")

  /// A failing PR, a skipped one and a passing one, all named and described with `text`.
  static func results() -> [LintResult] {
    let body = "## What \(text)\n\nFixes #1 and see #2.\n\n## Testing\n\n- [ ] \(text)\n"
    var failing = TestSupport.linter(TestSupport.defaultConfiguration)
      .lint(LintInput(source: "\(text).md", body: body, title: text))
    failing.diagnostics += [
      Diagnostic(ruleID: "required-sections", severity: .error, message: text),
      Diagnostic(
        ruleID: "body-length", severity: .warning, message: text, position: SourcePosition(line: 3, column: 2)),
    ]
    var silenced = Diagnostic(ruleID: "title", severity: .error, message: text)
    silenced.suppressed = true
    silenced.suppressionReason = text
    failing.diagnostics.append(silenced)
    let skipped = LintResult(
      source: "bot \(text).md", title: nil, sections: [], references: [], diagnostics: [], skipReason: text)
    let passing = TestSupport.linter(TestSupport.defaultConfiguration)
      .lint(LintInput(source: "ok.md", body: passingBody))
    return [failing, skipped, passing]
  }

  /// The options the CLI passes: every rule of the default preset.
  static let options = ReportOptions(
    rules: TestSupport.linter(TestSupport.defaultConfiguration).activeRules, toolVersion: "9.9.9")

  /// A body that passes the default rules.
  static let passingBody = """
    ## What
    Adds retries to the uploader so that transient network errors no longer fail the whole batch job.

    ## Why
    Nightly uploads failed twice last week on a single dropped connection, losing hours of work.

    ## Testing
    Added unit tests for the retry policy and ran the uploader against a flaky local proxy.

    ## Breaking change
    None.

    Closes #42
    """
}
