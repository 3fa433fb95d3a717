import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// `--format markdown`: a PR comment whose PR-supplied text cannot ping, embed HTML, link, or break
/// out of its table cell. The output is parsed back with cmark to prove it.
struct MarkdownReporterTests {
  @Test func markerVerdictAndTable() {
    let result = TestSupport.lint("## What\n\n## Why\nBecause.\n")
    let output = MarkdownReporter().report([result], options: ReportOptions())
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.first == "<!-- prlint-report -->")
    #expect(lines.dropFirst().first?.hasPrefix("### ❌ prlint failed on test.md: ") == true)
    #expect(lines.contains("| Severity | Rule | Line | Message |"))
    #expect(
      lines.contains(
        "| ❌ error | `empty-section` | 1:1 | section \"What\" is empty: replace the template text with a real answer |")
    )
    #expect(output.contains("<details><summary>Sections and references</summary>"))
    #expect(lines.contains("| Why | ✅ filled | Why | 3 |"))

    let passed = MarkdownReporter().report(
      [TestSupport.lint(HostileReports.passingBody)], options: ReportOptions())
    #expect(passed.contains("### ✅ prlint passed on test.md: 0 errors, 0 warnings\n\nNo findings.\n"))
  }

  @Test func skippedPRSaysWhy() {
    let skipped = LintResult(
      source: "bot.md", title: nil, sections: [], references: [], diagnostics: [], skipReason: "author is a bot")
    let output = MarkdownReporter().report([skipped], options: ReportOptions())
    #expect(output.contains("### ⏭️ prlint skipped bot.md: author is a bot\n"))
    #expect(output.contains("Skipped: author is a bot."))
    let mixed = MarkdownReporter().report([skipped, TestSupport.lint("Short.\n")], options: ReportOptions())
    #expect(mixed.contains("### ❌ prlint failed on 2 PRs: "))
    #expect(mixed.contains(", 1 skipped\n"))
    #expect(mixed.contains("#### ⏭️ bot.md\n\nSkipped: author is a bot.\n"))
  }

  @Test func escapesEveryAttack() {
    #expect(MarkdownEscape.inline("@everyone @org/team") == "@&#8203;everyone @&#8203;org/team")
    #expect(MarkdownEscape.inline("#123 GH-5 gh-6") == "#&#8203;123 GH-&#8203;5 gh-&#8203;6")
    #expect(MarkdownEscape.inline("<!-- a --> &#64;") == "&lt;\\!-- a --&gt; &amp;#&#8203;64;")
    #expect(MarkdownEscape.inline("a | b\nc") == "a \\| b c")
    #expect(MarkdownEscape.inline("[x](javascript:y) ![i](z)") == "\\[x\\]\\(javascript:y\\) \\!\\[i\\]\\(z\\)")
    #expect(MarkdownEscape.inline("`x`") == "\\`x\\`")
    #expect(MarkdownEscape.inline("https://x www.y") == "https:&#8203;//x www&#8203;.y")
    #expect(MarkdownEscape.inline("\u{1B}[31m") == "\\\\u\\{1B\\}\\[31m")
    #expect(MarkdownEscape.code("a`b|c") == "``a`b\\|c``")
    #expect(MarkdownEscape.code("`") == "`` ` ``")
  }

  @Test func hostileTextRendersInert() throws {
    let output = MarkdownReporter().report(HostileReports.results(), options: HostileReports.options)
    let document = MarkdownParser.parse(output)
    // Only our marker is a comment, only our headings are headings; no link, image or reference.
    #expect(document.comments.count == 1)
    #expect(document.headings.map(\.level) == [3, 4, 4, 4])
    #expect(document.links.isEmpty)
    #expect(document.images.isEmpty)
    #expect(IssueReferences(in: document, platform: .github).all.isEmpty)
    // Code spans are rule ids only.
    let ruleIDs = Set(HostileReports.options.rules.map(\.description.id))
    #expect(document.codeSpans.allSatisfy { ruleIDs.contains($0.code) || $0.code == "prlint-disable" })

    // No HTML but ours, no mention or reference trigger, no control character.
    var withoutOurs = output
    for tag in ["<!-- prlint-report -->", "<details>", "<summary>", "</summary>", "</details>"] {
      withoutOurs = withoutOurs.replacing(tag, with: "")
    }
    #expect(!withoutOurs.contains("<"))
    #expect(!withoutOurs.contains("-->"))
    let visible = output.replacing(MarkdownEscape.zeroWidthSpace, with: "\u{200B}")
    #expect(visible.firstMatch(of: /@[A-Za-z0-9]/) == nil)
    #expect(visible.firstMatch(of: /#[0-9]/) == nil)
    #expect(visible.firstMatch(of: /(?i)gh-[0-9]/) == nil)
    #expect(!output.contains("://"))
    #expect(unescaped(["[", "]"], in: output[...]) == 0)
    #expect(!output.unicodeScalars.contains { TerminalSafe.needsEscape($0) && $0 != "\n" })
    // Every table row keeps its four cells: no unescaped `|` inside one.
    for row in output.split(separator: "\n") where row.hasPrefix("| ") {
      let borders = unescaped(["|"], in: row)
      #expect(borders == 5, "row split by hostile text: \(row)")
    }
  }

  /// How many of `characters` are not backslash-escaped, reading escapes left to right.
  private func unescaped(_ characters: Set<Character>, in text: Substring) -> Int {
    var count = 0
    var escaped = false
    for character in text {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if characters.contains(character) {
        count += 1
      }
    }
    return count
  }
}

/// `#` cross-references only before a digit: `## Why` in a message stays readable, `#12` is broken up.
struct MarkdownEscapeHashTests {
  @Test func onlyAHashBeforeADigitIsBrokenUp() {
    #expect(
      MarkdownEscape.inline("add a \"## Why\" section; see #12 and o/r#3")
        == "add a \"## Why\" section; see #&#8203;12 and o/r#&#8203;3")
    #expect(MarkdownEscape.inline("#") == "#" && MarkdownEscape.inline("C# #x") == "C# #x")
  }
}
