import PRLintMarkdown

/// The closing keywords `prlint fix` rewrites: those the forge in force does not act on, that
/// `linked-issue` reports, and whose fix is mechanical. Each is found by the reference scanner in the text
/// a reader sees and then checked in the bytes the author wrote, where the rewrite is made: markup, an
/// entity or a line break in the way means it is left for the author, and so does a rewrite that the
/// grammar in force would not read as closing the issue.
enum ClosingKeywordFixes {
  /// Words between keyword and issue that only say what the reference is. "Fixes PR #5" is left: a pull
  /// request is not closed by a keyword, so the word may be what the author meant.
  static let removableWords: Set<String> = ["issue", "issues", "bug", "ticket"]
  /// How far past a keyword or reference a rewrite reads: more than the longest reference.
  static let reach = 2048

  /// The rewrites for `result`, the lint of the text `lines` holds.
  static func edits(in lines: BodyLines, result: LintResult) -> [BodyEdit] {
    let reported = reportedPositions(result)
    let found = result.nearMisses.filter { $0.position.map(reported.contains) == true }.compactMap {
      miss -> BodyEdit? in
      switch miss.kind {
      case .listedAfterKeyword: keywordForListedIssue(miss, lines, result)
      case .wordBetween: wordRemoved(miss, lines, result)
      default: nil
      }
    }
    // Edits never share or touch bytes; should two, the first is made now and the other next pass.
    var edits: [BodyEdit] = []
    for edit in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      if let last = edits.last, edit.range.lowerBound <= last.range.upperBound { continue }
      edits.append(edit)
    }
    return edits
  }

  /// What `prlint fix` leaves that `linked-issue` reports: keywords in code or comments, which close
  /// nothing (moving them out is the author's call), and near misses it could not rewrite safely.
  static func leftAlone(in result: LintResult) -> [BodyFix.Change] {
    let reported = reportedPositions(result)
    return result.nearMisses.filter { $0.position.map(reported.contains) == true }.compactMap { miss in
      let forge = result.platform.name
      let message: String
      switch miss.kind {
      case .inCode, .inComment:
        let place = miss.kind == .inCode ? "code" : "an HTML comment"
        message =
          "\"\(miss.keyword) \(miss.issue)\" is inside \(place), which \(forge) ignores, so it closes nothing: "
          + "left as written"
      case .listedAfterKeyword, .wordBetween:
        message =
          "\"\(miss.keyword)\" does not close \(miss.issue), and markup or a word in between makes a rewrite "
          + "unsafe: edit it as linked-issue says"
      default:
        return nil
      }
      return BodyFix.Change(kind: .leftAlone, position: miss.position, message: message)
    }
  }

  /// Where `linked-issue` reports something (it is on, and no inline disable silences it there): a near
  /// miss is fixed or reported only there.
  private static func reportedPositions(_ result: LintResult) -> Set<SourcePosition> {
    Set(
      result.diagnostics.filter { $0.ruleID == LinkedIssueRule.description.id && !$0.suppressed }.compactMap(
        \.position))
  }

  /// "Fixes #1, #2" → "Fixes #1, fixes #2": GitHub closes only the first issue of a list.
  private static func keywordForListedIssue(_ miss: NearMiss, _ lines: BodyLines, _ result: LintResult)
    -> BodyEdit?
  {
    guard let position = miss.position, let offset = lines.offset(of: position) else { return nil }
    let window = lines.window(around: offset, line: position.line, before: 1, after: reach)
    let line = Array(window)
    let index = offset - window.startIndex
    let scanner = ReferenceScanner(bytes: line, platform: result.platform, instance: result.gitLabInstance)
    guard let (issue, end) = scanner.reference(at: index), issue == miss.issue else { return nil }
    // Only in a plain list, after a space, comma or `&`: never inside markup (`*#2*`, `<https://…>`).
    let before = index > 0 ? line[index - 1] : nil
    let spaced = before == nil || before == UInt8(ascii: " ") || before == UInt8(ascii: "\t")
    guard spaced || before == UInt8(ascii: ",") || before == UInt8(ascii: "&") else { return nil }
    let keyword = miss.keyword.lowercased()
    let insertion = Array(((spaced ? "" : " ") + keyword + " ").utf8)
    let keywordStart = spaced ? 0 : 1
    guard closes(issue, Array(insertion + line[index..<end]), keywordAt: keywordStart, result) else { return nil }
    return BodyEdit(
      range: offset..<offset, replacement: insertion, kind: .keywordForListedIssue,
      message:
        "wrote \"\(keyword)\" before \(issue): \(result.platform.name) closes only the first issue after "
        + "\"\(miss.keyword)\", each other one needs a keyword of its own",
      anchor: .inReplacement(keywordStart))
  }

  /// "Closes issue #5" → "Closes #5": with a word between keyword and reference, the keyword closes nothing.
  private static func wordRemoved(_ miss: NearMiss, _ lines: BodyLines, _ result: LintResult) -> BodyEdit? {
    guard let position = miss.position, let offset = lines.offset(of: position) else { return nil }
    let window = lines.window(around: offset, line: position.line, before: 1, after: reach)
    let line = Array(window)
    let index = offset - window.startIndex
    let keyword = Array(miss.keyword.utf8)
    let scanner = ReferenceScanner(bytes: line, platform: result.platform, instance: result.gitLabInstance)
    guard line[index...].starts(with: keyword), scanner.isBoundary(before: index) else { return nil }
    var cursor = index + keyword.count
    if cursor < line.count, line[cursor] == UInt8(ascii: ":") { cursor += 1 }
    var wordStart = cursor
    while wordStart < line.count, line[wordStart] == UInt8(ascii: " ") || line[wordStart] == UInt8(ascii: "\t") {
      wordStart += 1
    }
    guard wordStart > cursor,
      let (found, word) = scanner.referenceAfterFillerWord(
        from: wordStart, keyword: miss.keyword, keywordStart: index),
      found.issue == miss.issue, removableWords.contains(word),
      closes(found.issue, Array(line[index..<wordStart] + line[found.start..<found.end]), keywordAt: 0, result)
    else { return nil }
    let removed = String(decoding: line[wordStart..<found.start], as: UTF8.self)
    let start = window.startIndex
    return BodyEdit(
      range: (start + wordStart)..<(start + found.start), replacement: [], kind: .wordRemoved,
      message:
        "removed \"\(removed.trimmingWhitespace())\" between \"\(miss.keyword)\" and \(found.issue): with a word "
        + "between them \(result.platform.name) closes nothing",
      anchor: .before(offset))
  }

  /// Whether `text` (a keyword and a reference, no more: checking is linear in the body) starts, at
  /// `keywordAt`, with a closing keyword that closes `issue` by the grammar in force.
  private static func closes(_ issue: String, _ text: [UInt8], keywordAt start: Int, _ result: LintResult) -> Bool {
    let scanner = ReferenceScanner(bytes: text, platform: result.platform, instance: result.gitLabInstance)
    guard let first = scanner.scan().references.first else { return false }
    return first.keyword != nil && first.keywordStart == start && first.issue == issue
  }
}
