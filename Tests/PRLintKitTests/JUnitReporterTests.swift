import Foundation
import Testing

@testable import PRLintKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `--format junit`: well-formed XML for any input, one test case per rule per PR.
struct JUnitReporterTests {
  @Test func escapesTheFiveAndDropsWhatXMLForbids() {
    #expect(XMLEscape.escape("& < > \" '") == "&amp; &lt; &gt; &quot; &apos;")
    #expect(XMLEscape.escape("a\nb\r\tc") == "a&#10;b&#13;&#9;c")
    #expect(XMLEscape.escape("\u{0}\u{1B}[1m\u{FFFE}") == "\\u{0}\\u{1B}[1m\\u{FFFE}")
  }

  @Test func oneSuitePerPROneCasePerRule() throws {
    let result = TestSupport.lint("## What\nA change.\n\n- [ ] untested\n")
    let document = try parse(JUnitReporter().report([result], options: HostileReports.options))
    let rules = HostileReports.options.rules.map(\.description.id)
    #expect(document.suites.map(\.name) == ["test.md"])
    #expect(document.cases.allSatisfy { $0.classname == "prlint." + $0.name.prefix { $0 != ":" } })
    #expect(document.cases.map { String($0.name.prefix { $0 != ":" }) } == rules)
    let failed = Set(document.cases.filter { $0.failure != nil }.map(\.name))
    #expect(failed == Set(result.diagnostics.filter { $0.severity == .error }.map(\.ruleID)))
    let tasks = try #require(document.cases.first { $0.classname == "prlint.unchecked-tasks" })
    #expect(tasks.failure == nil)
    #expect(tasks.name == "unchecked-tasks: warning at 4:1: unchecked task \"untested\": check it or remove it")
    #expect(tasks.systemOut.contains("test.md:4:1: warning: unchecked task"))
    #expect(document.root["tests"] == String(rules.count))
    #expect(document.root["failures"] == String(failed.count))
  }

  /// GitLab's reader (`Gitlab::Ci::Parsers::Test::Junit`) keeps, of each test case, its suite, classname
  /// and name, and its status from the first of `failure`, `error`, `skipped` it holds; it shows that
  /// element's text, and `system-out` too, only for a failed or errored case. So every error must be in
  /// a failed case's failure or system-out, and every warning there or in a passing case's name, where
  /// the pipeline's test report lists it.
  @Test func everyFindingIsWhereGitLabShowsIt() throws {
    let body = "## What\nA change.\n\n## Testing\n\n- [ ] untested\n- [ ] unread\n\nFixes #13, #14\n"
    let result = TestSupport.lint(body)
    let warnings = result.diagnostics.filter { $0.severity == .warning }
    let errors = result.diagnostics.filter { $0.severity == .error }
    try #require(warnings.count >= 3 && !errors.isEmpty)
    // A rule with both: the error fails the case, the warning goes to its system-out.
    let mixed =
      result.diagnostics + [
        Diagnostic(ruleID: "title", severity: .error, message: "title error"),
        Diagnostic(ruleID: "title", severity: .warning, message: "title warning"),
      ]
    var both = result
    both.diagnostics = mixed
    let document = try parse(JUnitReporter().report([both], options: HostileReports.options))
    var shown: [String] = []
    for testCase in document.cases {
      #expect(testCase.elements.allSatisfy { ["failure", "error", "skipped", "system-out"].contains($0) })
      if testCase.failure != nil || testCase.error != nil {
        shown.append((testCase.failure ?? testCase.error ?? "") + "\n" + testCase.systemOut)
      } else {
        shown.append(testCase.name)
      }
    }
    for diagnostic in mixed {
      #expect(shown.contains { $0.contains(diagnostic.message) }, "GitLab would not show: \(diagnostic.message)")
    }
    // Warnings alone never fail a case: the lint passes on them.
    let failedRules = Set(document.cases.filter { $0.failure != nil }.map(\.classname))
    #expect(failedRules == Set(mixed.filter { $0.severity == .error }.map { "prlint." + $0.ruleID }))
    #expect(document.cases.filter { $0.failure != nil }.allSatisfy { $0.failureType == "error" })
  }

  /// Jenkins' junit-10.xsd (Tests/Schemas), by the xmlschema validator: for hostile text, a skipped
  /// PR, a passing one and none.
  @Test(.needsValidators) func validAgainstJenkinsSchema() throws {
    for results in [HostileReports.results(), []] {
      let report = JUnitReporter().report(results, options: HostileReports.options)
      #expect(try SchemaValidator.problems(.junit, report) == [])
    }
  }

  @Test func hostileTextIsWellFormedAndKeptAsText() throws {
    let results = HostileReports.results()
    let document = try parse(JUnitReporter().report(results, options: HostileReports.options))
    #expect(document.suites.count == 3)
    #expect(document.suites[0].name?.contains("<script>alert(1)</script>") == true)
    let failures = document.cases.compactMap(\.failure)
    #expect(failures.contains { $0.contains("::error::injected") && $0.contains("\u{22} '") })
    // Controls arrive as visible escapes, not as characters.
    #expect(failures.contains { $0.contains("\\u{1B}[31mred") })
    #expect(
      !document.allText.unicodeScalars.contains {
        TerminalSafe.needsEscape($0) && !"\n\r\t".unicodeScalars.contains($0)
      })
    // The skipped PR: every case skipped, with the reason.
    let skipped = document.cases.filter { $0.skipped != nil }
    #expect(skipped.count == HostileReports.options.rules.count)
    #expect(skipped.allSatisfy { $0.skipped?.contains("@everyone") == true })
    #expect(skipped.allSatisfy { $0.skippedText == $0.skipped })
    // Counted on the suite: junit-10.xsd allows no `skipped` on <testsuites>.
    #expect(document.root["skipped"] == nil)
    #expect(document.suites.compactMap { $0.attributes["skipped"].flatMap(Int.init) }.reduce(0, +) == skipped.count)
  }

  // MARK: - A small JUnit reader over XMLParser

  private struct TestCase {
    var classname: String?
    var name: String
    var failure: String?
    var failureType: String?
    var error: String?
    var skipped: String?
    var skippedText: String?
    var systemOut = ""
    /// The case's child elements, in order.
    var elements: [String] = []
  }

  private final class Reader: NSObject, XMLParserDelegate {
    var root: [String: String] = [:]
    var suites: [(name: String?, attributes: [String: String])] = []
    var cases: [TestCase] = []
    var allText = ""
    private var text = ""

    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      text = ""
      allText += attributes.values.joined()
      switch element {
      case "testsuites": root = attributes
      case "testsuite": suites.append((attributes["name"], attributes))
      case "testcase": cases.append(TestCase(classname: attributes["classname"], name: attributes["name"] ?? ""))
      case "skipped": cases[cases.count - 1].skipped = attributes["message"] ?? ""
      case "failure": cases[cases.count - 1].failureType = attributes["type"]
      default: break
      }
      if ["failure", "error", "skipped", "system-out", "system-err"].contains(element) {
        cases[cases.count - 1].elements.append(element)
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      text += string
      allText += string
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
      switch element {
      case "failure": cases[cases.count - 1].failure = text
      case "error": cases[cases.count - 1].error = text
      case "skipped": cases[cases.count - 1].skippedText = text
      case "system-out": cases[cases.count - 1].systemOut = text
      default: break
      }
    }
  }

  private struct Document {
    var root: [String: String]
    var suites: [(name: String?, attributes: [String: String])]
    var cases: [TestCase]
    var allText: String
  }

  private func parse(_ xml: String) throws -> Document {
    let parser = XMLParser(data: Data(xml.utf8))
    let reader = Reader()
    parser.delegate = reader
    let parsed = parser.parse()
    try #require(parsed, "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "?")")
    return Document(root: reader.root, suites: reader.suites, cases: reader.cases, allText: reader.allText)
  }
}
