import Foundation
import Testing

@testable import PRLintKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `prlint audit --format sarif|junit|codequality`: one document for the whole audit, as its readers
/// take one (a SARIF log with one run, one `<testsuites>`, one Code Quality array), written a PR at a
/// time, and holding what `check` would report for each PR.
struct AuditDocumentTests {
  private static let linter = TestSupport.linter(TestSupport.defaultConfiguration)
  private static let options = ReportOptions(rules: linter.activeRules, toolVersion: "9.9.9")

  /// A failing PR, a passing one, a bot's (skipped), a malformed record, a failing one with
  /// non-ASCII text before its findings, and one whose findings are all silenced.
  private static let records = [
    record(1, body: "## What\nA change.\n\n- [ ] untested\n"),
    record(2, body: HostileReports.passingBody),
    #"{"number": 3, "title": "Bump", "body": "x", "author": {"login": "dependabot[bot]", "type": "Bot"}}"#,
    "{\"number\": 4, \"body\": ",
    record(5, body: "## What\nÉtude 🎉 `x` Fixes #13, #14\n\n- [ ] à faire\n"),
    record(6, body: HostileReports.passingBody + "\n\n<!-- prlint-disable -- not now -->\n- [ ] later\n"),
  ]

  private static func record(_ number: Int, body: String) -> String {
    let data = try? JSONSerialization.data(withJSONObject: ["number": number, "title": "PR", "body": body])
    return String(decoding: data ?? Data(), as: UTF8.self)
  }

  /// What `check` finds in each well-formed record, in input order.
  private static let results: [LintResult] = records.enumerated().compactMap { index, record in
    guard let decoded = try? AuditRecord.decode(Array(record.utf8)) else { return nil }
    return linter.lint(decoded.lintInput(recordNumber: index + 1))
  }

  private func audit(_ format: OutputFormat, jobs: Int, summaryOnly: Bool = false, records: [String] = records)
    throws -> String
  {
    var runner = AuditRunner(
      linter: Self.linter,
      output: AuditOutput(format: .reporter(format), options: Self.options, summaryOnly: summaryOnly), jobs: jobs)
    runner.maximumInFlight = 2
    var chunks = Array(records.joined(separator: "\n").utf8)[...]
    var output = ""
    _ = try runner.run(
      read: { () throws(InputError) -> [UInt8]? in
        guard !chunks.isEmpty else { return nil }
        defer { chunks = chunks.dropFirst(41) }
        return Array(chunks.prefix(41))
      },
      write: { output += $0 }, malformed: { _ in })
    return output
  }

  private func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  /// Parsed JSON written back with sorted keys, to compare documents by what they say.
  private func canonical(_ value: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
  }

  @Test(arguments: [1, 3])
  func sarifIsOneLogWithOneRunForEveryPR(jobs: Int) throws {
    try #require(Self.results.count == 5 && Self.results.contains { $0.skipped })
    let log = try #require(try json(try audit(.sarif, jobs: jobs)) as? [String: Any])
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let run = try #require(runs.first)
    #expect(run["columnKind"] as? String == "utf16CodeUnits")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["version"] as? String == "9.9.9")
    let ids = (driver["rules"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids == Self.options.rules.map(\.description.id))
    // The same results, in the same order, as `check` over each PR.
    let expected = try Self.results.flatMap { result in
      let report = SARIFReporter().report([result], options: Self.options)
      return try #require(
        ((try json(report) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])
    }
    let results = try #require(run["results"] as? [Any])
    #expect(!results.isEmpty)
    #expect(try canonical(results) == canonical(expected))
    let notes = (run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]]
    #expect(
      notes?.compactMap { ($0["message"] as? [String: Any])?["text"] as? String } == ["1 of 5 PRs skipped by a policy"])
  }

  @Test(arguments: [1, 3])
  func junitIsOneDocumentWithASuitePerPR(jobs: Int) throws {
    let xml = try audit(.junit, jobs: jobs)
    let reader = ElementReader()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = reader
    try #require(parser.parse(), "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "?")")
    #expect(reader.elements.first?.name == "testsuites")
    #expect(reader.elements.filter { $0.name == "testsuites" }.count == 1)
    let suites = reader.elements.filter { $0.name == "testsuite" }
    #expect(suites.map { $0.attributes["name"] } == Self.results.map(\.source))
    // Each suite is the one `check` writes for that PR.
    let expected = Self.results.map { JUnitReporter().suite($0, options: Self.options).xml }.joined()
    #expect(xml == JUnitReporter.header(totals: nil) + expected + JUnitReporter.footer)
  }

  @Test(arguments: [1, 3])
  func codeQualityIsOneArrayOfEveryPRsIssues(jobs: Int) throws {
    let issues = try #require(try json(try audit(.codequality, jobs: jobs)) as? [Any])
    let expected = try Self.results.flatMap { result in
      try #require(try json(CodeQualityReporter().report([result], options: Self.options)) as? [Any])
    }
    #expect(!issues.isEmpty)
    #expect(try canonical(issues) == canonical(expected))
  }

  /// No PR, or the summary only: still one valid, empty document.
  @Test(arguments: [OutputFormat.sarif, .junit, .codequality])
  func emptyAuditsAreEmptyDocuments(format: OutputFormat) throws {
    for output in [try audit(format, jobs: 1, records: []), try audit(format, jobs: 2, summaryOnly: true)] {
      switch format {
      case .junit:
        #expect(output == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"prlint\">\n</testsuites>\n")
      case .codequality:
        #expect(output == "[]\n")
      default:
        let run = try #require(((try json(output) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
      }
    }
  }

  /// The whole audit's document by the real validators, against the official schemas.
  @Test(.needsValidators) func auditDocumentsAreValid() throws {
    #expect(try SchemaValidator.problems(.sarif, try audit(.sarif, jobs: 2)) == [])
    #expect(try SchemaValidator.problems(.junit, try audit(.junit, jobs: 2)) == [])
    #expect(try SchemaValidator.problems(.sarif, try audit(.sarif, jobs: 1, records: [])) == [])
    #expect(try SchemaValidator.problems(.junit, try audit(.junit, jobs: 1, records: [])) == [])
  }

  private final class ElementReader: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []

    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append((element, attributes))
    }
  }
}
