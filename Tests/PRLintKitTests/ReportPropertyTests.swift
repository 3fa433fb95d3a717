import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every format stays well-formed and inert for any text a PR can carry: every single byte, and
/// 10,000 seeded random byte strings (invalid UTF-8 included, decoded as prlint decodes input).
/// The text goes in as the body (so headings, tasks and references echo it) and as the source,
/// title, a message, a suppression reason and a skip reason.
struct ReportPropertyTests {
  /// SplitMix64: small, seeded, the same sequence on every run and platform.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Bytes that matter to some destination, drawn more often than uniform bytes would be.
  static let interesting =
    Array(":%#@[]()<>&\"'`|\\!*_~\n\r\t\u{1B}\u{7}\u{8}\u{0}-=/;,.".utf8) + [0x9B, 0xC2, 0xE2, 0xF0, 0xFF]

  static let texts: [String] = {
    var texts = (0...255).map { String(decoding: [UInt8($0)], as: UTF8.self) }
    var generator = Generator(state: 5)
    for _ in 0..<10_000 {
      let count = Int.random(in: 0...48, using: &generator)
      let bytes = (0..<count).map { _ in
        Bool.random(using: &generator)
          ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
      }
      texts.append(String(decoding: bytes, as: UTF8.self))
    }
    return texts
  }()

  static let linter = TestSupport.linter(TestSupport.defaultConfiguration)

  /// For each text, a failing PR and a skipped one carrying it in every field; and one PR whose body
  /// holds every text of the batch as a heading, a task and a reference (linted once per batch: the
  /// unchecked-tasks message quotes each task).
  static func results(_ texts: some Collection<String>) -> [LintResult] {
    let body = texts.map { "## \($0)\n\n- [ ] \($0)\n\nFixes \($0) #1\n\n<!-- prlint-disable title -- \($0) -->\n" }
    var results = [linter.lint(LintInput(source: "batch.md", body: body.joined(separator: "\n")))]
    for text in texts {
      var silenced = Diagnostic(ruleID: "title", severity: .error, message: text)
      silenced.suppressed = true
      silenced.suppressionReason = text
      let diagnostics = [
        Diagnostic(ruleID: "required-sections", severity: .error, message: text, section: "What"),
        Diagnostic(
          ruleID: "body-length", severity: .warning, message: text, position: SourcePosition(line: 2, column: 1)),
        silenced,
      ]
      results.append(
        LintResult(
          source: text, sourceIsFile: true, title: text, sections: [], references: [], diagnostics: diagnostics))
      results.append(
        LintResult(source: text, title: text, sections: [], references: [], diagnostics: [], skipReason: text))
    }
    return results
  }

  /// The texts' results, 64 texts to a batch, built once for every format's test.
  static let batches: [(texts: ArraySlice<String>, results: [LintResult])] = stride(from: 0, to: texts.count, by: 64)
    .map { start in
      let batch = texts[start..<min(start + 64, texts.count)]
      return (batch, results(batch))
    }

  /// Reports of a batch at a time; a failing batch is retried one text at a time to name the culprit.
  static func check(_ format: OutputFormat, _ isValid: ([LintResult], String) -> Bool) {
    for batch in batches where !isValid(batch.results, format.reporter.report(batch.results, options: options)) {
      let culprit = batch.texts.first { text in
        let single = results([text])
        return !isValid(single, format.reporter.report(single, options: options))
      }
      Issue.record("\(format) output invalid for the bytes \(Array((culprit ?? "?").utf8))")
      return
    }
  }

  static let options = HostileReports.options

  static func json(_ output: String) -> Any? {
    try? JSONSerialization.jsonObject(with: Data(output.utf8))
  }

  /// No control character, bidirectional override or runner command opener in what reaches a log.
  static func inert(_ output: String) -> Bool {
    !output.unicodeScalars.contains { TerminalSafe.needsEscape($0) && $0 != "\n" } && !output.contains("##[")
  }

  @Test func jsonParsesBackToTheSameText() {
    Self.check(.json) { results, output in
      guard let object = Self.json(output) as? [String: Any], Self.inert(output),
        let parsed = object["results"] as? [[String: Any]], parsed.count == results.count
      else { return false }
      return zip(parsed, results).allSatisfy { json, result in
        let messages = (json["diagnostics"] as? [[String: Any]])?.compactMap { $0["message"] as? String }
        return json["source"] as? String == result.source && json["title"] as? String == result.title
          && messages == result.diagnostics.map(\.message)
      }
    }
  }

  @Test func sarifParsesBackToTheSameMessages() {
    Self.check(.sarif) { results, output in
      guard let log = Self.json(output) as? [String: Any], Self.inert(output),
        let runs = log["runs"] as? [[String: Any]], let findings = runs.first?["results"] as? [[String: Any]]
      else { return false }
      let texts = Set(findings.compactMap { ($0["message"] as? [String: Any])?["text"] as? String })
      let expected = results.flatMap(\.diagnostics).map(\.message)
      return expected.allSatisfy { message in texts.contains { $0 == message || $0.hasSuffix(message) } }
    }
  }

  @Test func codeQualityParses() {
    Self.check(.codequality) { results, output in
      guard let issues = Self.json(output) as? [[String: Any]], Self.inert(output) else { return false }
      let descriptions = Set(issues.compactMap { $0["description"] as? String })
      return results.flatMap(\.diagnostics).filter { !$0.suppressed }.allSatisfy { descriptions.contains($0.message) }
    }
  }

  @Test func junitIsWellFormedXML() {
    Self.check(.junit) { _, output in
      Self.inert(output) && XMLParser(data: Data(output.utf8)).parse()
    }
  }

  @Test func textIsInert() {
    Self.check(.text) { _, output in Self.inert(output) && !output.contains("\n::") && !output.hasPrefix("::") }
  }

  @Test func markdownIsInert() {
    Self.check(.markdown) { _, output in
      let document = MarkdownParser.parse(output)
      return Self.inert(output) && document.links.isEmpty && document.images.isEmpty
        && IssueReferences(in: document, platform: .github).all.isEmpty
    }
  }

  /// Every line of `github` output is one of our commands or the summary; none is forged.
  @Test func githubLinesAreOursOnly() {
    Self.check(.github) { _, output in
      let lines = output.split(separator: "\n").dropLast()
      return Self.inert(output) && !output.contains("\r")
        && lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") }
    }
  }
}
