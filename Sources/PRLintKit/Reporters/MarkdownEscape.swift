/// Makes untrusted text (from a PR body, title, labels or a file name) inert in GitHub-flavoured
/// Markdown, such as a PR comment or a step summary: it renders as the same characters and does
/// nothing else. It cannot
/// - notify: `@user`, `@org/team` and `#123`, `GH-123`, issue URLs (cross-references) get a zero-width
///   space after the trigger (`@&#8203;user`), the form bots such as Renovate use; GitHub's mention
///   and reference filters run on the rendered text, so an entity like `&#64;` would still notify;
/// - embed HTML or comments (`<script>`, `<!--` hiding the rest, `-->`) or entities: `& < >` are
///   written as entities;
/// - make links, images, emphasis or code: Markdown punctuation is backslash-escaped;
/// - leave its table cell or line: `|` is escaped and line breaks become spaces;
/// - act on a terminal or reorder text: control and bidirectional characters are shown as escapes.
public enum MarkdownEscape {
  /// Text for an inline position after words of ours or in a table cell (never at the start of a
  /// line, where `- ` or `1. ` would open a list).
  public static func inline(_ text: String) -> String {
    let scalars = Array(TerminalSafe.escape(text, keeping: ["\n", "\r", "\t"]).unicodeScalars)
    var output = ""
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\n", "\r", "\t": output += " "
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "@": output += "@" + zeroWidthSpace
      // `#12` cross-references issue 12; a `#` before anything but a digit does nothing, so `## Why`
      // in a message stays as written.
      case "#" where index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1]):
        output += "#" + zeroWidthSpace
      case "-" where follows("gh", in: scalars, at: index):
        output += "-" + zeroWidthSpace
      case ":" where scalars[(index + 1)...].starts(with: ["/", "/"]):
        output += ":" + zeroWidthSpace  // no bare autolink to an issue: it would cross-reference it
      case "." where follows("www", in: scalars, at: index):
        output += zeroWidthSpace + "."
      default:
        if markdownPunctuation.contains(scalar) { output += "\\" }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// Text in a code span (a rule id, a file name): shown literally, so nothing inside can act.
  /// `inTable` escapes `|`, which GitHub reads as a cell border even inside a code span.
  public static func code(_ text: String, inTable: Bool = true) -> String {
    var content = ""
    for scalar in TerminalSafe.escape(text, keeping: ["\n", "\r", "\t"]).unicodeScalars {
      switch scalar {
      case "\n", "\r", "\t": content += " "
      case "|" where inTable: content += "\\|"
      default: content.unicodeScalars.append(scalar)
      }
    }
    let fence = String(repeating: "`", count: longestRun(of: "`", in: content) + 1)
    // A span that starts or ends with a backtick needs a space inside the fence (CommonMark strips one).
    let padding = content.hasPrefix("`") || content.hasSuffix("`") ? " " : ""
    return fence + padding + content + padding + fence
  }

  static let zeroWidthSpace = "&#8203;"

  /// Punctuation that can start Markdown syntax inline. `&`, `<` and `>` are entities instead.
  private static let markdownPunctuation: Set<Unicode.Scalar> = [
    "\\", "`", "*", "_", "[", "]", "(", ")", "!", "|", "~", "$", "{", "}",
  ]

  /// Whether the scalars just before `index` spell `word` (ASCII, any case).
  private static func follows(_ word: String, in scalars: [Unicode.Scalar], at index: Int) -> Bool {
    let letters = Array(word.unicodeScalars)
    guard index >= letters.count else { return false }
    return zip(scalars[(index - letters.count)..<index], letters).allSatisfy { scalar, letter in
      (("A"..."Z").contains(scalar) ? scalar.value + 32 : scalar.value) == letter.value
    }
  }

  private static func longestRun(of character: Character, in text: String) -> Int {
    var longest = 0
    var current = 0
    for each in text {
      current = each == character ? current + 1 : 0
      longest = max(longest, current)
    }
    return longest
  }
}
