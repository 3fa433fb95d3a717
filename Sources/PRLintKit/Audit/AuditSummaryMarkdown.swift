/// The audit summary as a Markdown report a maintainer can paste into an issue. Text from PRs and
/// configuration goes through `MarkdownEscape`, so it cannot add markup, mention people, reference
/// issues, or break out of a table cell.
public enum AuditSummaryMarkdown {
  public static func render(_ summary: AuditSummary) -> String {
    var lines = [
      "## prlint audit", "",
      "| PRs checked | Passed | Failed | Skipped | With a closing reference | Median changed lines | p90 changed lines |",
      "|---:|---:|---:|---:|---:|---:|---:|",
      "| \(summary.checked) | \(counted(summary.passed, summary)) | \(counted(summary.failed, summary)) "
        + "| \(summary.skipped) | \(counted(summary.withClosingReference, summary)) "
        + "| \(summary.medianChangedLines.map(String.init) ?? "–") | \(summary.p90ChangedLines.map(String.init) ?? "–") |",
    ]
    if summary.malformed > 0 {
      lines += ["", "\(summary.malformed) malformed records were skipped."]
    }
    let rules = summary.rulesByFailures
    if !rules.isEmpty {
      lines += ["", "### Rule failures", "", "| Rule | PRs with an error | PRs with a warning |", "|---|---:|---:|"]
      lines += rules.map {
        "| \(MarkdownEscape.code($0.rule)) | \(counted($0.errorPRs, summary)) | \(counted($0.warningPRs, summary)) |"
      }
    }
    let sections = summary.sectionsByMissing
    if !sections.isEmpty {
      lines += ["", "### Most common missing sections", "", "| Section | PRs missing it |", "|---|---:|"]
      lines += sections.prefix(10).map { "| \(MarkdownEscape.inline($0.section)) | \(counted($0.count, summary)) |" }
    }
    if !summary.worstOffenders.isEmpty {
      lines += ["", "### Worst offenders", "", "| PR | Errors | Warnings | Title |", "|---|---:|---:|---|"]
      lines += summary.worstOffenders.map {
        "| \(MarkdownEscape.inline($0.source)) | \($0.errors) | \($0.warnings) "
          + "| \(MarkdownEscape.inline(AuditSummaryText.shortTitle($0.title))) |"
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func counted(_ count: Int, _ summary: AuditSummary) -> String {
    "\(count) (\(AuditSummaryText.percent(summary.rate(count))))"
  }
}
