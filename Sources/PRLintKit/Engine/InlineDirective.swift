import PRLintMarkdown

/// One `<!-- prlint-… -->` comment of a body: the directive it names, the rule ids it lists and the reason
/// after `--`, as in `<!-- prlint-disable-next-line linked-issue, title -- release PR -->`. Read once per
/// lint from the document's comments: `Suppressions` applies them, and the `inline-directive` rule reports
/// what they name that is no directive or no rule.
public struct InlineDirective: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// From its line on, until a `prlint-enable` of the same rules (or of all); and every finding with
    /// no line (a missing section, the title, the diff), wherever it stands.
    case disable = "prlint-disable"
    /// Ends a `prlint-disable` of the rules it names (or of all) from its line on.
    case enable = "prlint-enable"
    /// Findings on the directive's own line.
    case disableLine = "prlint-disable-line"
    /// Findings on the line after the directive's.
    case disableNextLine = "prlint-disable-next-line"
    /// The whole body.
    case disableFile = "prlint-disable-file"
  }

  /// What a comment starts with to be read as a directive.
  public static let prefix = "prlint-"

  /// Nil when the comment starts with `prlint-` but names no directive (`prlint-disable-nextline`).
  public var kind: Kind?
  /// The directive's name as written.
  public var name: String
  /// The rule ids named, as written, in order; none means every rule.
  public var ruleIDs: [String]
  /// The text after `--`, if any.
  public var reason: String?
  /// Where the comment starts: a directive written over several lines counts at its first.
  public var position: SourcePosition?

  public init(
    kind: Kind?, name: String, ruleIDs: [String] = [], reason: String? = nil, position: SourcePosition? = nil
  ) {
    self.kind = kind
    self.name = name
    self.ruleIDs = ruleIDs
    self.reason = reason
    self.position = position
  }

  /// The directives among `comments`, in body order.
  public static func directives(in comments: [HTMLComment]) -> [InlineDirective] {
    comments.compactMap(InlineDirective.init)
  }

  /// The directive `comment` holds: its first word starts with `prlint-` (in any case) and ends at white
  /// space or a comma; the rule ids follow, separated by commas or white space, up to `--` and the reason.
  /// Nil for any other comment.
  public init?(_ comment: HTMLComment) {
    let text = comment.text.trimmingWhitespace()
    guard text.utf8.count >= Self.prefix.utf8.count,
      zip(text.utf8, Self.prefix.utf8).allSatisfy({ $0.asciiLowercased == $1 })
    else { return nil }
    let name = text.prefix(while: { !$0.isWhitespace && $0 != "," })
    var rest = text[name.endIndex...]
    var reason: String? = nil
    if let separator = rest.firstRange(of: "--") {
      reason = rest[separator.upperBound...].trimmingWhitespace()
      rest = rest[..<separator.lowerBound]
    }
    self.init(
      kind: Kind(rawValue: String(name)), name: String(name),
      ruleIDs: rest.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init),
      reason: reason?.isEmpty == true ? nil : reason, position: comment.position)
  }
}
