import PRLintMarkdown

/// `--format markdown`: a PR comment (or step summary) body. The first line is a hidden marker a bot
/// searches for to update its comment in place; then a verdict, a table of findings, and section
/// statuses and references folded in `<details>`. Everything from the PR goes through `MarkdownEscape`.
public struct MarkdownReporter: Reporter {
  public static let marker = "<!-- prlint-report -->"

  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    var output = Self.marker + "\n" + verdict(results, options: options) + "\n"
    for result in results {
      if results.count > 1 { output += "\n#### \(icon(result)) \(MarkdownEscape.inline(result.source))\n" }
      output += body(result, options: options)
    }
    return output
  }

  private func verdict(_ results: [LintResult], options: ReportOptions) -> String {
    let summary = ReportSummary(results, maxWarnings: options.maxWarnings)
    let parts = summary.counts
    let scope = results.count == 1 ? MarkdownEscape.inline(results[0].source) : "\(results.count) PRs"
    if !results.isEmpty, summary.skipped == results.count {
      let reason = results.count == 1 ? results[0].skipReason.map { ": " + MarkdownEscape.inline($0) } ?? "" : ""
      return "### ⏭️ prlint skipped \(scope)\(reason)"
    }
    var line = summary.fails ? "### ❌ prlint failed on \(scope)" : "### ✅ prlint passed on \(scope)"
    if let limit = options.maxWarnings, summary.warnings > limit, summary.errors == 0 {
      line += " (more than \(limit) warnings allowed)"
    }
    return line + ": " + parts.joined(separator: ", ")
  }

  private func body(_ result: LintResult, options: ReportOptions) -> String {
    if let reason = result.skipReason { return "\nSkipped: \(MarkdownEscape.inline(reason)).\n" }
    let shown = result.diagnostics.filter { !$0.suppressed && (!options.quiet || $0.severity == .error) }
    var output = "\n"
    if shown.isEmpty {
      output += "No findings.\n"
    } else {
      output += "| Severity | Rule | Line | Message |\n| --- | --- | --- | --- |\n"
      for diagnostic in shown {
        let severity = diagnostic.severity == .error ? "❌ error" : "⚠️ warning"
        let line = diagnostic.position.map { "\($0.line):\($0.column)" } ?? ""
        output +=
          "| \(severity) | \(MarkdownEscape.code(diagnostic.ruleID)) | \(line) | "
          + "\(MarkdownEscape.inline(diagnostic.message)) |\n"
      }
    }
    return output + details(result)
  }

  /// Sections, references and silenced findings: useful to a reviewer, folded away by default.
  private func details(_ result: LintResult) -> String {
    var parts: [String] = []
    if !result.sections.isEmpty {
      var table =
        result.template.map { "Sections of the PR template \(MarkdownEscape.code($0, inTable: false)):\n\n" } ?? ""
      table += "| Section | Status | Heading | Line |\n| --- | --- | --- | --- |\n"
      for section in result.sections {
        table +=
          "| \(MarkdownEscape.inline(section.name)) | \(status(section.status)) | "
          + "\(section.heading.map(MarkdownEscape.inline) ?? "") | \(section.position.map { String($0.line) } ?? "") |\n"
      }
      parts.append(table)
    }
    if !result.references.isEmpty {
      parts.append(
        "References:\n\n"
          + result.references.map { reference in
            let kind = reference.closing ? "closes" : "mentions"
            let keyword = reference.keyword.map { " (after \(MarkdownEscape.inline($0)))" } ?? ""
            let line = reference.position.map { ", line \($0.line)" } ?? ""
            return "- \(kind) \(MarkdownEscape.inline(reference.issue))\(keyword)\(line)\n"
          }.joined())
    }
    let suppressed = result.diagnostics.filter(\.suppressed)
    if !suppressed.isEmpty {
      parts.append(
        "Silenced by `prlint-disable`:\n\n"
          + suppressed.map { diagnostic in
            let reason = diagnostic.suppressionReason.map { " (reason: \(MarkdownEscape.inline($0)))" } ?? ""
            return "- \(MarkdownEscape.code(diagnostic.ruleID, inTable: false)): "
              + "\(MarkdownEscape.inline(diagnostic.message))\(reason)\n"
          }.joined())
    }
    guard !parts.isEmpty else { return "" }
    return "\n<details><summary>Sections and references</summary>\n\n" + parts.joined(separator: "\n")
      + "\n</details>\n"
  }

  private func icon(_ result: LintResult) -> String {
    result.skipped ? "⏭️" : result.passed ? "✅" : "❌"
  }

  private func status(_ status: SectionStatus) -> String {
    switch status {
    case .filled: "✅ filled"
    case .empty: "⚠️ empty"
    case .missing: "❌ missing"
    }
  }
}
