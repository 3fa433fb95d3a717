/// `prlint fix`: rewrites what the lint reports and a machine can fix safely, and nothing else. It adds
/// missing required sections (heading and prompt, at the end), writes a keyword before each issue listed
/// after one ("Fixes #1, fixes #2") and removes the word in "Closes issue #5", by the closing grammar in
/// force; the author's other bytes stay as they were, in order. It is idempotent: it runs pass after pass
/// (a removed word can make a list whose other issues need keywords) until nothing is left to fix.
public struct BodyFixer: Sendable {
  public let linter: Linter
  /// Passes are few: each fixes everything it finds, and only a removed word makes work for the next.
  static let maximumPasses = 4

  public init(linter: Linter) {
    self.linter = linter
  }

  /// Fixes `bytes`, the body of `input` as written (`input.body` is ignored).
  public func fix(_ input: LintInput, bytes: [UInt8]) -> BodyFix {
    var text = FixedText(bytes)
    var result = lint(text.bytes, input)
    var leftAlone: [BodyFix.Change] = []
    var mayAddSections = true
    for _ in 0..<Self.maximumPasses {
      let edits = ClosingKeywordFixes.edits(in: BodyLines(text.bytes), result: result)
      if !edits.isEmpty {
        text.apply(edits)
        result = lint(text.bytes, input)
      }
      var added = false
      if mayAddSections, let (addition, linted) = addSections(to: text.bytes, result, input) {
        if let addition {
          let message = { (name: String) in
            "added the missing section \"\(name)\" at the end, with a prompt: it is still empty, write your "
              + "answer under its heading"
          }
          // Each section's change holds its own bytes; the first's, the blank line before it too.
          let ends = addition.headings.dropFirst().map(\.offset) + [addition.bytes.count]
          text.append(
            addition.bytes,
            changes: zip(addition.headings, ends).enumerated().map { index, pair in
              let (heading, end) = pair
              let bytes = addition.bytes[(index == 0 ? 0 : heading.offset)..<end]
              let change = BodyFix.Change(
                kind: .addedSection, message: message(heading.name), inserted: String(decoding: bytes, as: UTF8.self))
              return (change, heading.offset)
            })
          result = linted
          added = true
        } else {
          leftAlone.append(
            BodyFix.Change(
              kind: .leftAlone, position: nil,
              message:
                "the missing sections (\(MissingSections.missing(in: result).map(\.name).joined(separator: ", "))) "
                + "were not added: the body ends inside code, a comment or HTML, where a heading would not count"))
          mayAddSections = false
        }
      }
      if edits.isEmpty, !added { break }
    }
    let changes = text.positionedChanges
    // A template's comment added with its heading may show a closing keyword ("<!-- Fixes #1234 -->"):
    // that is the fix's own text, not the author's, and not worth a word.
    let added = changes.first { $0.kind == .addedSection }?.position
    leftAlone += ClosingKeywordFixes.leftAlone(in: result).filter { note in
      guard let added, let position = note.position else { return true }
      return position < added
    }
    return BodyFix(
      original: bytes, fixed: text.bytes, changes: changes + leftAlone.sorted(by: Self.inBodyOrder), result: result)
  }

  /// The missing sections added to `bytes` and the result of linting that, when there are any to add;
  /// `addition` is nil when some would still be missing after it (the body ends inside code or a comment).
  private func addSections(to bytes: [UInt8], _ result: LintResult, _ input: LintInput) -> (
    addition: MissingSections.Addition?, linted: LintResult
  )? {
    let missing = MissingSections.missing(in: result)
    guard !missing.isEmpty else { return nil }
    guard
      let addition = MissingSections.addition(
        of: missing, after: BodyLines(bytes), pseudoHeadings: linter.configuration.pseudoHeadings)
    else { return (nil, result) }
    let linted = lint(bytes + addition.bytes, input)
    let stillMissing = Set(linted.sections.filter { $0.status == .missing }.map(\.name))
    return missing.contains(where: { stillMissing.contains($0.name) }) ? (nil, result) : (addition, linted)
  }

  private func lint(_ bytes: [UInt8], _ input: LintInput) -> LintResult {
    var input = input
    input.body = String(decoding: bytes, as: UTF8.self)
    return linter.lint(input)
  }

  private static func inBodyOrder(_ lhs: BodyFix.Change, _ rhs: BodyFix.Change) -> Bool {
    switch (lhs.position, rhs.position) {
    case (nil, _): rhs.position != nil
    case (_, nil): false
    case (let left?, let right?): left < right
    }
  }
}
