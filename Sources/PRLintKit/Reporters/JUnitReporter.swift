/// `--format junit`: JUnit XML, valid under Jenkins' `junit-10.xsd`, for GitLab's
/// `artifacts:reports:junit`, Jenkins and most CI servers. One `<testsuite>` per PR; test cases are
/// named by rule (`classname="prlint.RULE"`):
/// - a rule with an error is one failed case: `<failure>` holds its errors and `<system-out>` its
///   warnings, both of which GitLab shows for a failed case;
/// - a rule with warnings only is one passing case per warning, named `RULE: warning at LINE:COL:
///   MESSAGE`: the test passes, as the lint does, and GitLab, which keeps nothing of a passing case but
///   its name (it drops the `<system-out>`), lists the warning in the pipeline's test report;
///   `<system-out>` repeats it for Jenkins;
/// - a rule that found nothing is one passing case named `RULE`;
/// - a skipped PR's cases are `<skipped message="REASON">REASON</skipped>`.
/// Findings silenced by `prlint-disable` are not reported. All text goes through `XMLEscape`.
///
/// `audit` writes the same document a suite at a time, in bounded memory: `header(totals: nil)`, each
/// PR's `suite`, then `footer`; `<testsuites>` then carries no counts (they are optional, and GitLab
/// and Jenkins count the cases themselves).
public struct JUnitReporter: Reporter {
  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    let suites = results.map { suite($0, options: options) }
    let totals = Totals(
      tests: suites.reduce(0) { $0 + $1.tests }, failures: suites.reduce(0) { $0 + $1.failures })
    return Self.header(totals: totals) + suites.map(\.xml).joined() + Self.footer
  }

  struct Totals {
    var tests: Int
    var failures: Int
  }

  struct Suite {
    var xml: String
    var tests: Int
    var failures: Int
  }

  /// The XML declaration and `<testsuites>`, with the run's counts when they are known.
  static func header(totals: Totals?) -> String {
    let counts = totals.map { " tests=\"\($0.tests)\" failures=\"\($0.failures)\" errors=\"0\"" } ?? ""
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"prlint\"\(counts)>\n"
  }

  static let footer = "</testsuites>\n"

  /// One PR's `<testsuite>`.
  func suite(_ result: LintResult, options: ReportOptions) -> Suite {
    let findings = result.diagnostics.filter { !$0.suppressed && (!options.quiet || $0.severity == .error) }
    var cases = ""
    var tests = 0
    var failures = 0
    for rule in ruleIDs(result, options: options) {
      let classname = "prlint." + rule
      if let reason = result.skipReason {
        let reason = XMLEscape.escape(reason)
        cases += testCase(classname, rule, body: "<skipped message=\"\(reason)\">\(reason)</skipped>")
        tests += 1
        continue
      }
      let mine = findings.filter { $0.ruleID == rule }
      let errors = mine.filter { $0.severity == .error }
      let warnings = mine.filter { $0.severity != .error }
      tests += errors.isEmpty ? max(1, warnings.count) : 1
      if let first = errors.first {
        failures += 1
        var body =
          "\n      <failure type=\"error\" message=\"\(XMLEscape.escape(first.message))\">"
          + XMLEscape.escape(lines(errors, source: result.source)) + "</failure>"
        if !warnings.isEmpty { body += "\n      " + systemOut(warnings, source: result.source) }
        cases += testCase(classname, rule, body: body + "\n    ")
      } else if warnings.isEmpty {
        cases += testCase(classname, rule, body: "")
      } else {
        for warning in warnings {
          cases += testCase(classname, name(warning), body: systemOut([warning], source: result.source))
        }
      }
    }
    let name = XMLEscape.escape(result.source)
    let skipped = result.skipped ? tests : 0
    let xml =
      "  <testsuite name=\"\(name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
      + cases + "  </testsuite>\n"
    return Suite(xml: xml, tests: tests, failures: failures)
  }

  private func testCase(_ classname: String, _ name: String, body: String) -> String {
    "    <testcase classname=\"\(XMLEscape.escape(classname))\" name=\"\(XMLEscape.escape(name))\">\(body)</testcase>\n"
  }

  /// A warning's test case name: what GitLab shows of a passing case.
  private func name(_ warning: Diagnostic) -> String {
    let position = warning.position.map { " at \($0.line):\($0.column)" } ?? ""
    return "\(warning.ruleID): warning\(position): \(warning.message)"
  }

  private func systemOut(_ diagnostics: [Diagnostic], source: String) -> String {
    "<system-out>" + XMLEscape.escape(lines(diagnostics, source: source)) + "</system-out>"
  }

  /// The rules that ran, then any other rule that reported (when the caller did not say which ran).
  private func ruleIDs(_ result: LintResult, options: ReportOptions) -> [String] {
    var ids = options.rules.map(\.description.id)
    for diagnostic in result.diagnostics where !ids.contains(diagnostic.ruleID) {
      ids.append(diagnostic.ruleID)
    }
    return ids
  }

  /// `SOURCE:LINE:COL: severity: message`, one per finding, as in text output.
  private func lines(_ diagnostics: [Diagnostic], source: String) -> String {
    diagnostics.map { diagnostic in
      var location = source
      if let position = diagnostic.position { location += ":\(position.line):\(position.column)" }
      return "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
    }.joined()
  }
}
