/// `--format json`: one document for the whole run, field names and order as documented in README.md.
public struct JSONReporter: Reporter {
  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    let summary = ReportSummary(results, maxWarnings: options.maxWarnings)
    let fields: [(String, String)] = [
      ("version", "1"),
      ("results", JSONWriter.array(results.map(result), indent: "  ")),
      (
        "summary",
        JSONWriter.object([
          ("checked", String(summary.checked)), ("passed", String(summary.passed)),
          ("failed", String(summary.failed)), ("errors", String(summary.errors)),
          ("warnings", String(summary.warnings)), ("suppressed", String(summary.suppressed)),
          ("skipped", String(summary.skipped)),
        ])
      ),
    ]
    return "{" + fields.map { "\n  " + JSONWriter.quoted($0.0) + ": " + $0.1 }.joined(separator: ",") + "\n}\n"
  }

  func result(_ result: LintResult) -> String {
    JSONWriter.object([
      ("source", JSONWriter.quoted(result.source)),
      ("title", JSONWriter.value(result.title)),
      ("passed", JSONWriter.value(result.passed)),
      ("skipped", JSONWriter.value(result.skipReason)),
      ("overrides", "[" + result.overrides.map(JSONWriter.quoted).joined(separator: ", ") + "]"),
      (
        "size",
        JSONWriter.object([
          ("lines", JSONWriter.value(result.size.lines)), ("files", JSONWriter.value(result.size.files)),
          ("class", JSONWriter.value(result.size.sizeClass)),
        ])
      ),
      ("sections", "[" + result.sections.map(section).joined(separator: ", ") + "]"),
      ("references", "[" + result.references.map(reference).joined(separator: ", ") + "]"),
      ("diagnostics", "[" + result.diagnostics.map(diagnostic).joined(separator: ", ") + "]"),
      ("template", JSONWriter.value(result.template)),
    ])
  }

  private func section(_ section: SectionReport) -> String {
    JSONWriter.object([
      ("name", JSONWriter.quoted(section.name)),
      ("heading", JSONWriter.value(section.heading)),
      ("line", JSONWriter.value(section.position?.line)),
      ("status", JSONWriter.quoted(section.status.rawValue)),
    ])
  }

  private func reference(_ reference: IssueReference) -> String {
    JSONWriter.object([
      ("issue", JSONWriter.quoted(reference.issue)),
      ("closing", JSONWriter.value(reference.closing)),
      ("keyword", JSONWriter.value(reference.keyword)),
      ("line", JSONWriter.value(reference.position?.line)),
      ("column", JSONWriter.value(reference.position?.column)),
    ])
  }

  private func diagnostic(_ diagnostic: Diagnostic) -> String {
    JSONWriter.object([
      ("rule", JSONWriter.quoted(diagnostic.ruleID)),
      ("severity", JSONWriter.quoted(diagnostic.severity.rawValue)),
      ("message", JSONWriter.quoted(diagnostic.message)),
      ("line", JSONWriter.value(diagnostic.position?.line)),
      ("column", JSONWriter.value(diagnostic.position?.column)),
      ("section", JSONWriter.value(diagnostic.section)),
      ("suppressed", JSONWriter.value(diagnostic.suppressed)),
      ("reason", JSONWriter.value(diagnostic.suppressionReason)),
    ])
  }
}
