import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// Bodies written to hurt a parser: each is linted by every rule of the default and strict presets and
/// rendered in every format, and must give a clear result (never a crash) with positions still right.
/// Cases already covered elsewhere: CRLF and lone CR (DocumentModelTests), 10,000-deep quotes
/// (DocumentModelTests), binary files (CLITests).
struct HostileInputTests {
  static let strict: Configuration = {
    do {
      return try ConfigurationLoader.preset("strict")
    } catch {
      fatalError("the strict preset must load: \(error)")
    }
  }()

  /// Lints with both presets and renders the default preset's result in `formats`; returns that result.
  @discardableResult
  static func lintEverywhere(_ body: String, formats: [OutputFormat] = OutputFormat.allCases) -> LintResult {
    let result = TestSupport.lint(body)
    let strictResult = TestSupport.lint(body, configuration: strict)
    #expect(strictResult.sections.count >= result.sections.count)
    let options = ReportOptions(rules: TestSupport.linter(TestSupport.defaultConfiguration).activeRules)
    for format in formats {
      #expect(!format.reporter.report([result], options: options).isEmpty, "\(format)")
    }
    return result
  }

  @Test func invalidUTF8BecomesReplacementCharacters() throws {
    var bytes = Array("## What\nBroken ".utf8) + [0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90]
    bytes += Array(" Fixes #7\n## Why\n".utf8) + [0xE2, 0x82]  // truncated at the end
    let body = try BodyReader.decode(Data(bytes), source: "t.md")
    #expect(body.unicodeScalars.contains("\u{FFFD}"))
    let result = Self.lintEverywhere(body)
    #expect(result.sections.first { $0.name == "What" }?.status == .filled)
    #expect(result.sections.first { $0.name == "Why" }?.heading == "Why")
    #expect(result.references.map(\.issue) == ["#7"])
  }

  @Test func nulBytesInAFileAreRefusedAndInAPayloadAreReplaced() throws {
    let error = #expect(throws: InputError.self) { try BodyReader.decode(Data("a\u{0}b".utf8), source: "x.md") }
    #expect(error?.description == "x.md: looks like a binary file (NUL byte at offset 1): expected Markdown text")
    // A JSON payload can carry \u0000 in its body: it becomes U+FFFD, as an invalid byte does, and
    // columns count the replacement's three bytes.
    let input = try EventPayload.parse(
      Data(###"{"pull_request": {"body": "## What\n\u0000\u0000 Fixes #3\n"}}"###.utf8), source: "e")
    let result = Self.lintEverywhere(input.body)
    #expect(result.references.first?.position == SourcePosition(line: 2, column: 8))
    #expect(TestSupport.parse("a\u{0}b").text == "a\u{FFFD}b")
  }

  @Test func fiftyMegabytesAreRefusedAtTheLimit() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("huge.md").path
    // Sparse: 50 MB of NUL bytes on no disk. The size is refused before any byte is judged.
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 50_000_000)
    try handle.close()
    let error = #expect(throws: InputError.self) { try BodyReader.read(path: path) }
    #expect(error?.description == "\(path): is larger than 1 MiB, prlint's limit: expected a Markdown file")
    let event = #expect(throws: InputError.self) { try EventPayload.read(path: path) }
    #expect(event?.message.hasPrefix("is larger than 4 MiB, prlint's limit: expected a GitHub or GitLab") == true)
  }

  /// A payload under its 4 MiB whose body decodes to more than a body's 1 MiB (JSON's `\u0041` is six
  /// bytes for one) is refused like the same body read from a file: the body limit bounds parsing's memory.
  @Test func aPayloadsBodyIsHeldToTheBodyLimit() throws {
    let escaped = String(repeating: "\\u005B", count: (1 << 20) / 2 + 1)  // 3 MiB of JSON, 512 KiB of `[`
    let fits = #"{"pull_request": {"number": 1, "body": ""# + escaped + #""}}"#
    #expect(try EventPayload.parse(Data(fits.utf8), source: "e.json").body.utf8.count == (1 << 20) / 2 + 1)
    let over = String(repeating: "[", count: (1 << 20) + 1)
    for payload in [
      #"{"pull_request": {"number": 1, "body": ""# + over + #""}}"#,
      #"{"object_kind": "merge_request", "object_attributes": {"iid": 1, "description": ""# + over + #""}}"#,
    ] {
      let error = #expect(throws: InputError.self) { try EventPayload.parse(Data(payload.utf8), source: "e.json") }
      #expect(error?.message.contains("is larger than 1 MiB, prlint's limit: expected a PR description") == true)
    }
  }

  @Test func justUnderTheLimitIsLinted() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("big.md")
    let line = "Words of prose, Fixes #1, and more words.\n"
    let text = "## What\n" + String(repeating: line, count: (BodyReader.maximumBytes - 8) / line.utf8.count)
    try Data(text.utf8).write(to: url)
    #expect(try BodyReader.read(path: url.path) == text)  // linting this much is oneTenMegabyteLine's job
  }

  @Test func aHundredThousandLines() {
    let body = "## What\n" + String(repeating: "word\n", count: 100_000) + "Fixes #9\n"
    let result = Self.lintEverywhere(body)
    #expect(TestSupport.parse(body).wordCount == 100_002)  // and "Fixes", "#9"
    #expect(result.references.first?.position == SourcePosition(line: 100_002, column: 1))
  }

  @Test func oneTenMegabyteLine() {
    let body = String(repeating: "a", count: 10_000_000) + " Fixes #5 `code`"
    let result = TestSupport.lint(body)
    #expect(result.references.first?.position == SourcePosition(line: 1, column: 10_000_002))
    // Wherever cmark places a code span on a short line, ten million bytes further on a long one.
    let short = TestSupport.parse("a Fixes #5 `code`").codeSpans.first?.position
    let long = TestSupport.parse(body).codeSpans.first?.position
    #expect(long == short.map { SourcePosition(line: 1, column: $0.column + 9_999_999) })
  }

  @Test func tenThousandDeepListsAndQuotes() {
    let list = String(repeating: "- ", count: 10_000) + "Fixes #1\n"
    let result = Self.lintEverywhere(list)
    #expect(TestSupport.parse(list).blocks.map(\.kind) == [.list])
    #expect(result.references.first?.position == SourcePosition(line: 1, column: 20_001))
    let ordered = String(repeating: "1. ", count: 10_000) + "x\n"
    #expect(TestSupport.parse(ordered).blocks.map(\.kind) == [.list])
    let mixed = String(repeating: "> - ", count: 5_000) + "## What\n"
    #expect(Self.lintEverywhere(mixed).sections.allSatisfy { $0.status == .missing })
  }

  @Test(arguments: ["*", "_", "[", "![", "**a", "`", "<", "&#", "\\", "](", "[a]("])
  func cmarkPathologicalRuns(unit: String) {
    let body = "## What\n" + String(repeating: unit, count: 100_000 / unit.count) + " Fixes #2\n"
    let result = Self.lintEverywhere(body)
    #expect(result.sections.first { $0.name == "What" }?.heading == "What")
    let reference = result.references.first { $0.issue == "#2" }
    #expect(reference == nil || reference?.position?.line == 2)
  }

  @Test func aHundredThousandReferences() {
    let list = (1...100_000).map { "#\($0)" }.joined(separator: " ")
    let body = "Fixes " + list + "\n"
    // 99,999 warnings (a list after one keyword closes only the first): one format is enough here.
    let result = Self.lintEverywhere(body, formats: [.json])
    #expect(result.references.count == 100_000)
    #expect(result.references.first?.closing == true)
    #expect(result.references.last?.position == SourcePosition(line: 1, column: body.utf8.count - 7))
  }

  @Test func aOneMegabyteHeading() {
    let body = "## " + String(repeating: "W", count: 1 << 20) + "\n\nFixes #4\n"
    let result = Self.lintEverywhere(body)
    let heading = TestSupport.parse(body).headings.first
    #expect(heading?.text.count == 1 << 20)
    #expect(result.sections.allSatisfy { $0.status == .missing })
    #expect(result.references.first?.position == SourcePosition(line: 3, column: 1))
  }

  @Test func onlyHTMLComments() {
    let body = String(repeating: "<!-- ## What\nFixes #1 -->\n", count: 10_000) + "<!-- unclosed"
    let result = Self.lintEverywhere(body)
    let document = TestSupport.parse(body)
    #expect(
      document.headings.isEmpty && document.wordCount == 0
        && IssueReferences(in: document, platform: .github).all.isEmpty)
    #expect(document.comments.count >= 10_000)
    #expect(result.sections.allSatisfy { $0.status == .missing })
  }

  @Test func byteOrderMarkWithCRLFAndLoneCR() {
    let lf = TestSupport.lint("## What\nText here.\n\nFixes #12\n")
    for body in ["\u{FEFF}## What\r\nText here.\r\n\r\nFixes #12\r\n", "\u{FEFF}## What\rText here.\r\rFixes #12\r"] {
      let result = Self.lintEverywhere(body)
      #expect(result.sections == lf.sections)
      #expect(result.references == lf.references)
      #expect(result.diagnostics == lf.diagnostics)
    }
    // A BOM is not part of line 1: a reference there is at column 1, as an editor shows it.
    #expect(TestSupport.references("\u{FEFF}Fixes #1\r\n").all.first?.position == SourcePosition(line: 1, column: 1))
  }

  /// Invisible format characters are dropped from heading text before matching (a reviewer sees
  /// "What"), kept in the heading as written, and counted in columns like any other bytes.
  @Test(arguments: [
    "W\u{200B}hat", "\u{202E}What", "What\u{200F}", "Wh\u{AD}at", "\u{2066}What\u{2069}", "W\u{200D}hat",
  ])
  func invisibleCharactersInHeadings(heading: String) {
    let body = "## \(heading)\n\u{200B}\u{202E} Fixes #1\n"
    let result = Self.lintEverywhere(body)
    let what = result.sections.first { $0.name == "What" }
    #expect(what?.heading == heading)
    #expect(what?.position == SourcePosition(line: 1, column: 1))
    #expect(result.references.first?.position == SourcePosition(line: 2, column: 8))
  }

  @Test func rightToLeftScriptHeadingsAreNotConfused() {
    let body = "## \u{645}\u{627} What\n\u{5E9}\u{5DC}\u{5D5}\u{5DD} Fixes #3\n"
    let result = Self.lintEverywhere(body)
    #expect(result.sections.first { $0.name == "What" }?.status == .missing)
    #expect(result.references.first?.position == SourcePosition(line: 2, column: 10))
  }
}
