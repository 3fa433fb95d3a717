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
    let ruleCount = HostileReports.options.rules.count
    #expect(document.suites.map(\.name) == ["test.md"])
    #expect(document.cases.count == ruleCount)
    #expect(document.cases.allSatisfy { $0.classname == "prlint." + $0.name })
    let failed = Set(document.cases.filter { $0.failure != nil }.map(\.name))
    #expect(failed == Set(result.diagnostics.filter { $0.severity == .error }.map(\.ruleID)))
    let tasks = try #require(document.cases.first { $0.name == "unchecked-tasks" })
    #expect(tasks.failure == nil)
    #expect(tasks.systemOut.contains("test.md:4:1: warning: unchecked task"))
    #expect(document.root["tests"] == String(ruleCount))
    #expect(document.root["failures"] == String(failed.count))
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
    #expect(document.root["skipped"] == String(skipped.count))
  }

  // MARK: - A small JUnit reader over XMLParser

  private struct TestCase {
    var classname: String?
    var name: String
    var failure: String?
    var skipped: String?
    var systemOut = ""
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
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      text += string
      allText += string
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
      switch element {
      case "failure": cases[cases.count - 1].failure = text
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
