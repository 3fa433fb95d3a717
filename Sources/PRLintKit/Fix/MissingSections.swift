import PRLintMarkdown

/// The required sections `prlint fix` adds: each one `required-sections` reports, at the end of the body
/// in the order of the sections in force, as its heading and the prompt a template would have under it.
/// They are still empty, so `empty-section` still fails: the fix gives the author the skeleton to fill.
enum MissingSections {
  /// What to append: the bytes, and each section's heading as an offset into them.
  struct Addition {
    var bytes: [UInt8]
    var headings: [(name: String, offset: Int)]
  }

  /// The required sections `result` reports missing: `required-sections` is on, and no inline disable
  /// silences it.
  static func missing(in result: LintResult) -> [SectionDefinition] {
    let reported = Set(
      result.diagnostics.filter { $0.ruleID == RequiredSectionsRule.description.id && !$0.suppressed }.compactMap(
        \.section))
    return result.sections.filter { $0.definition.required && $0.status == .missing && reported.contains($0.name) }
      .map(\.definition)
  }

  /// The text that adds `sections` after `lines`: a blank line first, then each heading, a blank line and
  /// its prompt, in the body's own line ending. Nil when a section has no heading that would open it.
  static func addition(of sections: [SectionDefinition], after lines: BodyLines, pseudoHeadings: Bool) -> Addition? {
    guard !sections.isEmpty else { return nil }
    var text = separator(after: lines.bytes)
    var headings: [(String, Int)] = []
    for (index, section) in sections.enumerated() {
      guard let heading = heading(for: section, pseudoHeadings: pseudoHeadings) else { return nil }
      if index > 0 { text += "\n" }
      headings.append((section.name, text.utf8.count))
      text += heading + "\n"
      // A heading line that carries its comment already (`## Testing <!-- how? -->`) needs no second one.
      if !heading.contains("<!--") { text += "\n" + prompt(for: section) + "\n" }
    }
    let ending = lines.lineEnding
    guard ending != [UInt8(ascii: "\n")] else { return Addition(bytes: Array(text.utf8), headings: headings) }
    // Offsets move by the extra byte of each CRLF before them.
    var bytes: [UInt8] = []
    var offsets: [Int: Int] = [:]
    let starts = Set(headings.map(\.1))
    for (offset, byte) in text.utf8.enumerated() {
      if starts.contains(offset) { offsets[offset] = bytes.count }
      if byte == UInt8(ascii: "\n") { bytes += ending } else { bytes.append(byte) }
    }
    return Addition(bytes: bytes, headings: headings.map { ($0.0, offsets[$0.1] ?? $0.1) })
  }

  /// A blank line between the body and what is added, so nothing added continues a paragraph; nothing
  /// before the first section of an empty body.
  private static func separator(after bytes: [UInt8]) -> String {
    let last = bytes.last
    guard let last, !bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || isLineBreak($0) })
    else { return "" }
    guard isLineBreak(last) else { return "\n\n" }
    // A body ending in a blank line needs none more.
    let beforeLast = bytes.count >= 2 ? bytes[bytes.count - 2] : nil
    let endsBlank =
      last == UInt8(ascii: "\n") && beforeLast == UInt8(ascii: "\r")
      ? bytes.count >= 3 && isLineBreak(bytes[bytes.count - 3]) : beforeLast.map(isLineBreak) == true
    return endsBlank ? "" : "\n"
  }

  private static func isLineBreak(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
  }

  /// The heading to add: the template's line as written, else `## Name`, else `## alias`; the first that
  /// opens the section, read as the body will be.
  static func heading(for section: SectionDefinition, pseudoHeadings: Bool) -> String? {
    let candidates = [section.template?.heading, "## \(section.name)"] + section.aliases.map { "## \($0)" }
    let options = MarkdownParser.Options(pseudoHeadings: pseudoHeadings)
    return candidates.compactMap { $0 }.first { candidate in
      guard !candidate.contains(where: { $0 == "\n" || $0 == "\r" }) else { return false }
      let document = MarkdownParser.parse(candidate + "\n", options: options)
      return document.headings.count == 1 && section.aliases.contains(document.headings[0].normalized)
    }
  }

  /// The comment under the added heading: the template's own under it, else what `prlint template` writes.
  static func prompt(for section: SectionDefinition) -> String {
    guard let comment = section.template?.comment, !comment.isEmpty else {
      return TemplateGenerator.prompt(for: section)
    }
    return "<!-- \(TemplateGenerator.commentSafe(comment)) -->"
  }
}
