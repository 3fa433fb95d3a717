/// The audit summary as an aligned table with bar charts, for a terminal or a log.
/// Text from PRs and configuration goes through `TerminalSafe`.
public struct AuditSummaryText {
  /// Unicode block bars (eighths) for a terminal; `#` bars when the output is a file or a pipe.
  public var unicodeBars: Bool
  public static let barWidth = 20

  public init(unicodeBars: Bool) {
    self.unicodeBars = unicodeBars
  }

  public func render(_ summary: AuditSummary) -> String {
    var lines = ["prlint audit: \(summary.checked) PR\(summary.checked == 1 ? "" : "s") checked"]
    var overview: [[String]] = [
      row("passed", summary.passed, of: summary), row("failed", summary.failed, of: summary),
      row("skipped", summary.skipped, of: summary),
      row("closing reference", summary.withClosingReference, of: summary),
    ]
    if summary.malformed > 0 { overview.append(["malformed records", String(summary.malformed), "", ""]) }
    lines += table(overview, rightAligned: [1, 2])
    if let median = summary.medianChangedLines, let p90 = summary.p90ChangedLines {
      let sized = "\(summary.sizedPRs) PR\(summary.sizedPRs == 1 ? "" : "s") with a size"
      lines.append("changed lines: median \(median), p90 \(p90) (\(sized))")
    }
    let rules = summary.rulesByFailures
    if !rules.isEmpty {
      lines += ["", "Rule failures (share of PRs with an error from the rule)"]
      lines += table(
        [["rule", "errors", "share", "", "warned"]]
          + rules.map { rule in
            row(TerminalSafe.escape(rule.rule), rule.errorPRs, of: summary) + [String(rule.warningPRs)]
          },
        rightAligned: [1, 2, 4])
    }
    let sections = summary.sectionsByMissing
    if !sections.isEmpty {
      lines += ["", "Most common missing sections"]
      lines += table(
        [["section", "PRs", "share", ""]]
          + sections.prefix(10).map { row(TerminalSafe.escape($0.section), $0.count, of: summary) },
        rightAligned: [1, 2])
    }
    if !summary.worstOffenders.isEmpty {
      lines += ["", "Worst offenders"]
      lines += table(
        [["PR", "errors", "warnings", "title"]]
          + summary.worstOffenders.map {
            [
              TerminalSafe.escape($0.source), String($0.errors), String($0.warnings),
              TerminalSafe.escape(Self.shortTitle($0.title)),
            ]
          },
        rightAligned: [1, 2])
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func row(_ label: String, _ count: Int, of summary: AuditSummary) -> [String] {
    let share = summary.rate(count)
    return [label, String(count), Self.percent(share), bar(share)]
  }

  /// Columns padded to their widest cell, two spaces apart, indented by two; trailing blanks trimmed.
  private func table(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
    return rows.map { cells in
      let padded = cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }
      var line = "  " + padded.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  func bar(_ share: Double) -> String {
    let eighths = Int((max(0, min(1, share)) * Double(Self.barWidth * 8)).rounded())
    guard unicodeBars else { return String(repeating: "#", count: (eighths + 4) / 8) }
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
  }

  static func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// Titles are cut to keep the table on one screen line.
  static func shortTitle(_ title: String?) -> String {
    (title ?? "").shortened(to: 60, ellipsis: "…")
  }
}
