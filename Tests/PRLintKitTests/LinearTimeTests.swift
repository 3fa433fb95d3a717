import Foundation
import Testing

@testable import PRLintKit

/// Built-in matching over untrusted text is linear: for each adversarial shape, linting a 2 MB body
/// takes well under 4× (here: under 3×) the time of a 1 MB one. A ratio of the thread's CPU time, never a
/// wall-clock number; the shapes run one at a time, and a ratio near the bound is measured again (the
/// minimum of up to four interleaved runs), which cuts what noise a busy machine still leaves.
@Suite(.serialized)
struct LinearTimeTests {
  struct Shape: Sendable, CustomTestStringConvertible {
    var name: String
    /// Repeated to fill the body.
    var unit: String
    var prefix = "## What\n"
    var suffix = "\n"
    /// A changed file's path grows instead of the body (Glob over file names).
    var growsPath = false
    /// The forge the PR comes from, whose closing grammar applies.
    var platform = Platform.github
    var testDescription: String { name }
  }

  static let shapes: [Shape] = [
    Shape(name: "closing references in a list", unit: "Fixes #1, "),
    Shape(name: "keywords before code spans and filler words", unit: "Fixes `#1` and fixes issue bug #12 resolved pr "),
    Shape(
      name: "owner/repo and URL candidates",
      unit: "a/b#1 o-o/r.r https://github.com/o/r/issues/2 http://x/y https://h/g/g/g/g/-/issues/3 "),
    Shape(name: "pseudo-heading paragraphs", unit: "**Why:** because\n\n"),
    Shape(name: "pseudo-heading candidates in one paragraph", unit: "**a:** ***b*** __c__: "),
    Shape(name: "open brackets", unit: "["),
    Shape(name: "stars", unit: "*"),
    Shape(name: "one long word", unit: "w", suffix: " Fixes #1\n"),
    Shape(name: "placeholders and tasks", unit: "- [ ] TODO n/a TBD ...\n"),
    Shape(name: "headings", unit: "## 1. :rocket: W\u{200B}hat's *new*?\n"),
    Shape(name: "entities, escapes and comments", unit: "&amp; \\* <!-- c --> &#x1F680; "),
    Shape(
      name: "inline directives, in comments and in text, with unknown ids",
      unit: "<!-- prlint-disable-next-line linked-isue -- r -->\n- [ ] t <!-- prlint-disable-line x -- y --> "
        + "<!-- prlint-enable -->\n<!-- prlint-disable unchecked-tasks -->\n"),
    Shape(name: "an HTML block", unit: "<!-- a --> text <img src=\"x.png\"> ", prefix: "<div>\n"),
    Shape(name: "template paragraphs", unit: "Describe your change.\n\n"),
    Shape(name: "media-like tokens", unit: "x://y.png (http://a/b.mp4 "),
    Shape(name: "a deep changed path", unit: "directory-name/", growsPath: true),
    Shape(
      name: "GitLab lists, links and near misses",
      unit: "Closes #1, issue #2 and https://x.example/a/-/issues/3 g/s/p#4 GL-5 CLOSES #6 Fixes Issue #7 ",
      platform: .gitlab),
    Shape(
      name: "GitLab path and URL candidates",
      unit: "a-b/c.d-e/f#x -x.git/y#1 x./-p#2 https://gitlab.com/a/b/c/d/e/f/-/x https://gitlab.com/a-/issues/1 ",
      platform: .gitlab),
    Shape(name: "one long GitLab path", unit: "a-/", suffix: "#1\n", platform: .gitlab),
  ]

  static let linter = TestSupport.linter(
    templates: [("t.md", "## What\nDescribe your change.\n\n## Testing\nSay how.\n")])

  static func input(_ shape: Shape, bytes: Int) -> LintInput {
    let repeated = String(repeating: shape.unit, count: bytes / shape.unit.utf8.count)
    guard shape.growsPath else {
      return LintInput(
        source: "t.md", body: shape.prefix + repeated + shape.suffix, files: ["src/a.swift", "ui/a.css"],
        pullRequest: PullRequestInfo(platform: shape.platform))
    }
    let files = [ChangedFile(path: "src/" + repeated + "a.swift", additions: 1, deletions: 0), "ui/b.css"]
    return LintInput(source: "t.md", body: "## What\nA change.\n", files: files)
  }

  /// The thread's CPU time for `work` (which runs on this thread): what the work costs, not how long a
  /// busy machine (other suites in parallel, other processes) kept it waiting for a core.
  static func seconds(_ work: () -> Void) -> Double {
    func now() -> Double {
      var time = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
      return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    work()
    return now() - start
  }

  /// The best of up to `tries` ratios `measure` gives (larger input's time over smaller's), stopping at a
  /// clearly linear one: a busy machine only ever makes a ratio worse. Prints it under `label`.
  static func bestRatio(_ label: String, tries: Int = 3, _ measure: () throws -> Double) rethrows -> Double {
    var ratio = Double.infinity
    for _ in 1...tries {
      ratio = min(ratio, try measure())
      if ratio < 2.5 { break }
    }
    print("linear time: \(label): ratio \(ratio)")
    return ratio
  }

  @Test(arguments: shapes)
  func doublingTheInputLessThanTriplesTheTime(_ shape: Shape) {
    let small = Self.input(shape, bytes: 1 << 20)
    let large = Self.input(shape, bytes: 2 << 20)
    var smallest = Double.infinity
    var largest = Double.infinity
    var found = 0
    for _ in 1...4 {
      smallest = min(smallest, Self.seconds { found = Self.linter.lint(small).diagnostics.count })
      largest = min(largest, Self.seconds { found += Self.linter.lint(large).diagnostics.count })
      if largest / smallest < 2.5 { break }  // clearly linear; closer to 3 is measured again
    }
    print("linear time: \(shape.name): 1 MB \(smallest) s, 2 MB \(largest) s, ratio \(largest / smallest)")
    #expect(found > 0)  // the lint ran and found something to say
    #expect(largest / smallest < 3, "\(shape.name): 1 MB in \(smallest) s, 2 MB in \(largest) s")
  }

  /// Sections × headings: a configuration a PR changed with thousands of sections, over a body with
  /// thousands of headings (3,000 against 40,000 once took 43 s). Doubling both must not quadruple the time.
  @Test func manySectionsAgainstManyHeadings() {
    func lint(_ count: Int) -> (seconds: Double, sections: Int) {
      var configuration = TestSupport.defaultConfiguration
      configuration.sections = (0..<count).map {
        SectionDefinition(name: "Part \($0)", aliases: ["part \($0)", "p\($0)"])
      }
      let body = (0..<count).map { "## Heading \($0)\nText \($0).\n" }.joined() + "## Part \(count - 1)\nDone.\n"
      let linter = TestSupport.linter(configuration)
      var found = 0
      let seconds = Self.seconds {
        found = linter.lint(LintInput(source: "t.md", body: body)).sections.count(where: { $0.status == .filled })
      }
      return (seconds, found)
    }
    let ratio = Self.bestRatio("sections × headings") {
      let (small, smallFound) = lint(2_000)
      let (large, largeFound) = lint(4_000)
      #expect(smallFound == 1 && largeFound == 1)
      return large / small
    }
    #expect(ratio < 3)
  }

  /// `sections: template` over a template a PR changed: tens of thousands of headings, each with a comment
  /// under it, make as many sections, and a body with as many headings is checked against them.
  @Test func aTemplateWithManyHeadings() {
    var configuration = TestSupport.defaultConfiguration
    configuration.sectionsFromTemplate = "test"
    func lint(_ bytes: Int) -> Double {
      let unit = "## Part 0000000\n<!-- Optional: why -->\n\n"
      let count = bytes / unit.utf8.count
      let template = (0..<count).map { "## Part \($0)\n<!-- Optional: why -->\n\n" }.joined()
      let body = (0..<count).map { "## Part \($0)\nText.\n" }.joined()
      return Self.seconds {
        let linter = TestSupport.linter(configuration, templates: [("t.md", template)])
        #expect(linter.lint(LintInput(source: "t.md", body: body)).sections.count == count)
      }
    }
    let ratio = Self.bestRatio("template headings") { lint(1 << 20) / lint(1 << 19) }
    #expect(ratio < 3)
  }

  /// Overrides under `sections: template`, both from files a PR changes: an override's thousands of
  /// sections merge by name into a template's thousands of headings, each in one lookup.
  @Test func overrideSectionsMergedIntoATemplatesMany() throws {
    func lint(_ count: Int) throws -> Double {
      let overrides =
        "sections: template\noverrides:\n  - if: {labels: [bug]}\n    sections:\n"
        + (0..<count).map { "      - {name: Part \($0 * 2), required: false}\n" }.joined()
      let configuration = try OverrideSupport.configuration(overrides)
      let template = (0..<count).map { "## Part \($0)\n\n" }.joined()
      let body = (0..<count).map { "## Part \($0)\nText.\n" }.joined()
      return Self.seconds {
        let linter = TestSupport.linter(configuration, templates: [("t.md", template)])
        let result = linter.lint(OverrideSupport.input(body, labels: ["bug"]))
        #expect(result.sections.count == count + count / 2 && result.overrides == ["t.yml#1"])
      }
    }
    let ratio = try Self.bestRatio("override sections into template headings") { try lint(16_000) / lint(8_000) }
    #expect(ratio < 3)
  }

  /// The configuration's anchor scan runs before Yams, on text a PR can change: one pass for any shape,
  /// nesting, quoting or indentation included, up to the 1 MiB a configuration may have.
  @Test(arguments: [
    "[", "{a: ", "- ", "? ", "'it''s *' ", "\"\\\" *\" ", "k: v\n", "k: |\n  *text &x\n", "# *c &d\n", "a *b &c ",
  ])
  func theAnchorScanIsLinear(_ unit: String) {
    func scan(_ bytes: Int) -> Double {
      let text = String(repeating: unit, count: bytes / unit.utf8.count) + "\n"
      return Self.seconds { #expect(YAMLAliasScan.firstAnchorOrAlias(in: text) == nil) }
    }
    let ratio = Self.bestRatio("anchor scan of \(unit.debugDescription)", tries: 4) { scan(1 << 20) / scan(1 << 19) }
    #expect(ratio < 3)
  }

  /// `prlint fix` over a body of near misses: a line listing thousands of issues after one keyword (each
  /// rewrite reads a bounded window of it) and thousands of "Closes issue #N" lines, and a configuration a
  /// PR changed with thousands of required sections, all missing.
  @Test func fixingManyNearMissesAndSections() {
    func fix(_ bytes: Int) -> Double {
      var configuration = TestSupport.defaultConfiguration
      configuration.sections = (0..<bytes / 256).map { SectionDefinition(name: "Part \($0)", aliases: ["part \($0)"]) }
      var list = "Fixes #1"
      var number = 2
      while list.utf8.count < bytes / 2 {
        list += ", #\(number)"
        number += 1
      }
      let body = list + "\n\n" + (0..<bytes / 40).map { "Closes issue #\($0)\n" }.joined()
      let fixer = BodyFixer(linter: TestSupport.linter(configuration))
      return Self.seconds {
        let fixed = fixer.fix(LintInput(source: "t.md", body: ""), bytes: Array(body.utf8))
        #expect(fixed.changes.count { $0.kind == .addedSection } == bytes / 256)
        #expect(fixed.changes.count { $0.kind == .keywordForListedIssue } == number - 2)
      }
    }
    let ratio = Self.bestRatio("fix") { fix(1 << 19) / fix(1 << 18) }
    #expect(ratio < 3)
  }
}
