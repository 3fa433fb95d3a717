/// How an audit's output is put together, per format: what comes before the first PR, what each
/// PR adds (written as it goes, in input order) and what the summary adds at the end.
///
/// - text: each PR as `--format text` reports it, then the summary table.
/// - json: one document, `{"version", "results": [...], "summary": {...}}`.
/// - markdown: the summary report only, for pasting into an issue.
/// - any other format: each PR as that format's reporter reports it; no summary.
public struct AuditOutput: Sendable {
  public enum Format: Sendable, Hashable {
    case text(unicodeBars: Bool)
    case json
    case markdown
    case reporter(OutputFormat)
  }

  public var format: Format
  public var options: ReportOptions
  /// Leave per-PR results out, print the summary only.
  public var summaryOnly: Bool

  public init(format: Format, options: ReportOptions = ReportOptions(), summaryOnly: Bool = false) {
    self.format = format
    self.options = options
    self.summaryOnly = summaryOnly
  }

  public var header: String {
    switch format {
    case .json: summaryOnly ? "{\n  \"version\": 1" : "{\n  \"version\": 1,\n  \"results\": ["
    default: ""
    }
  }

  /// One PR's output, rendered on any thread.
  public func record(_ result: LintResult) -> String {
    guard !summaryOnly else { return "" }
    switch format {
    case .text: return TextReporter().report([result], options: options)
    case .json: return JSONReporter().result(result)
    case .markdown: return ""
    case .reporter(let format): return format.reporter.report([result], options: options)
    }
  }

  /// Written before a PR's output: JSON puts commas between results.
  public func separator(isFirst: Bool) -> String {
    guard !summaryOnly, format == .json else { return "" }
    return isFirst ? "\n    " : ",\n    "
  }

  public func footer(_ summary: AuditSummary, anyResults: Bool) -> String {
    switch format {
    case .text(let unicodeBars):
      return (summaryOnly ? "" : "\n") + AuditSummaryText(unicodeBars: unicodeBars).render(summary)
    case .json:
      let close = summaryOnly ? "" : (anyResults ? "\n  ]" : "]")
      return close + ",\n  \"summary\": " + AuditSummaryJSON.render(summary) + "\n}\n"
    case .markdown:
      return AuditSummaryMarkdown.render(summary)
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
