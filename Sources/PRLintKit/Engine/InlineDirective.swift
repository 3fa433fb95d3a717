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
  /// False for a directive written in a line of text that CommonMark does not read as a comment: within
  /// a line a comment ends at its first `--`, so `x <!-- prlint-disable-line a -- why -->` is text, which
  /// GitHub shows and which silences nothing.
  public var isComment = true

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

  /// The directives of `document`: those of its comments, in body order, then those written in its text
  /// (`isComment` false), each up to `-->`, the next `<!--` or the end of its line. One pass over the text.
  public static func directives(in document: MarkdownDocument) -> [InlineDirective] {
    var directives = directives(in: document.comments)
    // By index: a loop variable would copy each text's arrays and strings.
    for inlineIndex in document.inlineTexts.indices {
      var text = document.inlineTexts[inlineIndex].text
      text.withUTF8 { bytes in
        var index = 0
        while let open = ByteSearch.firstIndex(of: "<!--", in: bytes, from: index) {
          var start = open + 4
          while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") {
            start += 1
          }
          var end = start
          while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), !ByteSearch.matches("-->", in: bytes, at: end),
            !ByteSearch.matches("<!--", in: bytes, at: end)
          {
            end += 1
          }
          index = end
          let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
          guard var directive = InlineDirective(written, at: document.inlineTexts[inlineIndex].position(ofByte: open))
          else { continue }
          directive.isComment = false
          directives.append(directive)
        }
      }
    }
    return directives
  }

  /// The directive `comment` holds: its first word starts with `prlint-` (in any case) and ends at white
  /// space or a comma; the rule ids follow, separated by commas or white space, up to `--` and the reason.
  /// Nil for any other comment.
  public init?(_ comment: HTMLComment) {
    self.init(comment.text, at: comment.position)
  }

  private init?(_ written: String, at position: SourcePosition?) {
    let text = written.trimmingWhitespace()
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
      reason: reason?.isEmpty == true ? nil : reason, position: position)
  }
}
