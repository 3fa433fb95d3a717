/// How an audit's output is put together, per format: what comes before the first PR, what each
/// PR adds (written as it goes, in input order) and what the summary adds at the end. Every format
/// that is one document is one document for the whole audit, written a piece at a time, so memory does
/// not grow with the PRs audited.
///
/// - text: each PR as `--format text` reports it, then the summary table.
/// - json: one document, `{"version", "results": [...], "summary": {...}}`.
/// - markdown: the summary report only, for pasting into an issue.
/// - sarif: one log with one run: the rules that ran, every PR's results, and a notification
///   counting the PRs a policy skipped.
/// - junit: one `<testsuites>` with a `<testsuite>` per PR (without the run's counts, which are only
///   known at the end and are optional).
/// - codequality: one array of every PR's issues.
/// - github: each PR's workflow commands and verdict line, as `--format github` reports it.
public struct AuditOutput: Sendable {
  public enum Format: Sendable, Hashable {
    case text(unicodeBars: Bool)
    case json
    case markdown
    case reporter(OutputFormat)
  }

  public var format: Format
  /// `rules` names the rules that ran: SARIF lists them up front and JUnit has a case for each.
  public var options: ReportOptions
  /// Leave per-PR results out, print the summary only (a SARIF, JUnit or Code Quality document is then
  /// empty).
  public var summaryOnly: Bool

  public init(format: Format, options: ReportOptions = ReportOptions(), summaryOnly: Bool = false) {
    self.format = format
    self.options = options
    self.summaryOnly = summaryOnly
  }

  public var header: String {
    switch format {
    case .json: summaryOnly ? "{\n  \"version\": 1" : "{\n  \"version\": 1,\n  \"results\": ["
    case .reporter(.sarif): SARIFReporter().header(SARIFReporter().ruleTable(options), options: options)
    case .reporter(.junit): JUnitReporter.header(totals: nil)
    case .reporter(.codequality): CodeQualityReporter.header
    default: ""
    }
  }

  /// One PR's output, rendered on any thread: empty when it adds nothing (a PR with no SARIF result
  /// or Code Quality issue), and then it gets no `separator` either.
  public func record(_ result: LintResult) -> String {
    guard !summaryOnly else { return "" }
    switch format {
    case .text: return TextReporter().report([result], options: options)
    case .json: return JSONReporter().result(result)
    case .markdown: return ""
    case .reporter(.sarif):
      var fingerprints = FindingFingerprints()
      let index = SARIFReporter.RuleTable.index(options.rules.map(\.description.id))
      return SARIFReporter().results(result, ruleIndex: index, options: options, fingerprints: &fingerprints)
        .joined(separator: SARIFReporter.separator(isFirst: false))
    case .reporter(.junit): return JUnitReporter().suite(result, options: options).xml
    case .reporter(.codequality):
      var fingerprints = FindingFingerprints()
      return CodeQualityReporter().issues(result, options: options, fingerprints: &fingerprints)
        .joined(separator: CodeQualityReporter.separator(isFirst: false))
    case .reporter(let format): return format.reporter.report([result], options: options)
    }
  }

  /// Written before a PR's output when it is not empty: commas between JSON items.
  public func separator(isFirst: Bool) -> String {
    guard !summaryOnly else { return "" }
    switch format {
    case .json: return isFirst ? "\n    " : ",\n    "
    case .reporter(.sarif): return SARIFReporter.separator(isFirst: isFirst)
    case .reporter(.codequality): return CodeQualityReporter.separator(isFirst: isFirst)
    default: return ""
    }
  }

  /// The end of the output; `anyResults` says whether any PR's output was written.
  public func footer(_ summary: AuditSummary, anyResults: Bool) -> String {
    switch format {
    case .text(let unicodeBars):
      return (summaryOnly ? "" : "\n") + AuditSummaryText(unicodeBars: unicodeBars).render(summary)
    case .json:
      let close = summaryOnly ? "" : (anyResults ? "\n  ]" : "]")
      return close + ",\n  \"summary\": " + AuditSummaryJSON.render(summary) + "\n}\n"
    case .markdown:
      return AuditSummaryMarkdown.render(summary)
    case .reporter(.sarif):
      // Which PRs were skipped would take memory that grows with the audit: the count says it.
      let skipped =
        summary.skipped == 0
        ? [] : [SARIFReporter().note("\(summary.skipped) of \(summary.checked) PRs skipped by a policy")]
      return SARIFReporter().footer(anyResults: anyResults, notes: skipped)
    case .reporter(.junit):
      return JUnitReporter.footer
    case .reporter(.codequality):
      return CodeQualityReporter.footer(anyIssues: anyResults)
    case .reporter:
      return ""
    }
  }
}

/// The audit summary's numbers as one JSON object (field order documented in README.md).
enum AuditSummaryJSON {
  static func render(_ summary: AuditSummary) -> String {
    let rules = summary.rulesByFailures.map {
      JSONWriter.object([
        ("rule", JSONWriter.quoted($0.rule)), ("errorPRs", String($0.errorPRs)),
        ("errorRate", rate($0.errorPRs, summary)), ("warningPRs", String($0.warningPRs)),
      ])
    }
    let sections = summary.sectionsByMissing.map {
      JSONWriter.object([
        ("section", JSONWriter.quoted($0.section)), ("missing", String($0.count)),
        ("rate", rate($0.count, summary)),
      ])
    }
    let offenders = summary.worstOffenders.map {
      JSONWriter.object([
        ("source", JSONWriter.quoted($0.source)), ("title", JSONWriter.value($0.title)),
        ("errors", String($0.errors)), ("warnings", String($0.warnings)),
      ])
    }
    let fields: [(String, String)] = [
      ("checked", String(summary.checked)), ("passed", String(summary.passed)), ("failed", String(summary.failed)),
      ("skipped", String(summary.skipped)), ("malformed", String(summary.malformed)),
      ("passRate", rate(summary.passed, summary)),
      ("closingReferences", String(summary.withClosingReference)),
      ("closingReferenceRate", rate(summary.withClosingReference, summary)),
      (
        "changedLines",
        JSONWriter.object([
          ("known", String(summary.sizedPRs)), ("median", JSONWriter.value(summary.medianChangedLines)),
          ("p90", JSONWriter.value(summary.p90ChangedLines)),
        ])
      ),
      ("rules", JSONWriter.array(rules, indent: "    ")),
      ("missingSections", JSONWriter.array(sections, indent: "    ")),
      ("worstOffenders", JSONWriter.array(offenders, indent: "    ")),
    ]
    return "{" + fields.map { "\n    " + JSONWriter.quoted($0.0) + ": " + $0.1 }.joined(separator: ",") + "\n  }"
  }

  /// A share with four decimals, as a JSON number.
  private static func rate(_ count: Int, _ summary: AuditSummary) -> String {
    let tenThousandths = Int((summary.rate(count) * 10_000).rounded())
    let fraction = String(tenThousandths % 10_000)
    return "\(tenThousandths / 10_000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
  }
}
