/// `--format junit`: JUnit XML, as GitLab's `artifacts:reports:junit` and most CI servers read it.
/// One `<testsuite>` per PR, one `<testcase>` per rule that ran (`classname="prlint.RULE"`):
/// - errors are a `<failure>`, so the rule shows as a failed test;
/// - warnings go to the test case's `<system-out>`: the test passes, as the lint does, and GitLab
///   shows the text in the test's details rather than counting a failure that does not fail the job;
/// - a skipped PR's test cases are `<skipped message="REASON"/>`.
/// Findings silenced by `prlint-disable` are not reported. All text goes through `XMLEscape`.
public struct JUnitReporter: Reporter {
  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    let suites = results.map { suite($0, options: options) }
    let tests = suites.reduce(0) { $0 + $1.tests }
    let failures = suites.reduce(0) { $0 + $1.failures }
    let skipped = suites.reduce(0) { $0 + $1.skipped }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"prlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
      + suites.map(\.xml).joined() + "</testsuites>\n"
  }

  private struct Suite {
    var xml: String
    var tests: Int
    var failures: Int
    var skipped: Int
  }

  private func suite(_ result: LintResult, options: ReportOptions) -> Suite {
    let findings = result.diagnostics.filter { !$0.suppressed && (!options.quiet || $0.severity == .error) }
    var cases = ""
    var failures = 0
    for rule in ruleIDs(result, options: options) {
      let classname = XMLEscape.escape("prlint." + rule)
      cases += "    <testcase classname=\"\(classname)\" name=\"\(XMLEscape.escape(rule))\">"
      if let reason = result.skipReason {
        cases += "<skipped message=\"\(XMLEscape.escape(reason))\"/></testcase>\n"
        continue
      }
      let mine = findings.filter { $0.ruleID == rule }
      let errors = mine.filter { $0.severity == .error }
      let warnings = mine.filter { $0.severity != .error }
      guard !mine.isEmpty else {
        cases += "</testcase>\n"
        continue
      }
      cases += "\n"
      if let first = errors.first {
        failures += 1
        cases +=
          "      <failure type=\"error\" message=\"\(XMLEscape.escape(first.message))\">"
          + XMLEscape.escape(lines(errors, source: result.source)) + "</failure>\n"
      }
      if !warnings.isEmpty {
        cases += "      <system-out>" + XMLEscape.escape(lines(warnings, source: result.source)) + "</system-out>\n"
      }
      cases += "    </testcase>\n"
    }
    let tests = ruleIDs(result, options: options).count
    let skipped = result.skipped ? tests : 0
    let name = XMLEscape.escape(result.source)
    let xml =
      "  <testsuite name=\"\(name)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
      + cases + "  </testsuite>\n"
    return Suite(xml: xml, tests: tests, failures: failures, skipped: skipped)
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
