import PRLintMarkdown

/// What `prlint fix` did to one body: the fixed bytes, each change with where it is in them, what it
/// left alone and why, and the fixed body linted.
public struct BodyFix: Sendable {
  /// One line of the fix's report.
  public struct Change: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
      /// A missing required section, added at the end as its heading and a prompt.
      case addedSection
      /// "Fixes #1, #2": a keyword written before #2, which GitHub closes only with one of its own.
      case keywordForListedIssue
      /// "Closes issue #5": the word between keyword and reference removed.
      case wordRemoved
      /// Not changed, and why: a closing keyword in code or a comment, or sections that could not be added.
      case leftAlone
    }
    public var kind: Kind
    /// In the fixed body, numbered as lint positions are (BOM dropped, columns in UTF-8 bytes).
    public var position: SourcePosition?
    public var message: String
    /// The bytes of the original body the change removed (only `wordRemoved` removes any).
    public var removed: Range<Int>?
    /// What the change wrote.
    public var inserted: String?

    public var isChange: Bool { kind != .leftAlone }
  }

  /// The body as read.
  public var original: [UInt8]
  /// The body fixed: `original` when there was nothing to fix.
  public var fixed: [UInt8]
  /// Changes, then what was left alone, each in body order.
  public var changes: [Change]
  /// `fixed` linted.
  public var result: LintResult

  public var isChanged: Bool { fixed != original }

  /// The report's lines, `SOURCE:LINE:COL: fixed: …` or `… not fixed: …`, without line breaks.
  /// The message quotes the body: the caller makes it safe for where it goes.
  public func reportLines(source: String) -> [String] {
    changes.map { change in
      let place = change.position.map { ":\($0.line):\($0.column)" } ?? ""
      return "\(source)\(place): \(change.isChange ? "fixed" : "not fixed"): \(change.message)"
    }
  }
}
