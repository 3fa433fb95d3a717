import PRLintMarkdown

/// Makes untrusted text (from a PR body, title or path) safe to print: control characters, including
/// ESC (and so CSI and OSC 8 sequences), BEL, backspace and bidirectional overrides, are shown as
/// visible escapes instead of acting on the terminal. A CI log is a terminal of sorts, so the first
/// colon of a leading `::` and the `[` of `##[` are escaped too: neither can start a runner command.
public enum TerminalSafe {
  public static func escape(_ text: String) -> String {
    escape(text, keeping: [])
  }

  /// Text of several lines (a rule's documentation, a generated template, which may quote the
  /// configuration): each line escaped as by `escape(_:)`, line breaks and tabs kept.
  public static func escapeLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0), keeping: ["\t"]) }
      .joined(separator: "\n")
  }

  /// As `escape(_:)`, but the scalars in `kept` pass through: for a destination that escapes them
  /// its own way (a workflow command encodes line breaks as `%0A`).
  static func escape(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
    // Nearly every text is ASCII with nothing to escape: say so from its bytes.
    if text.utf8.withContiguousStorageIfAvailable({ isPlainASCII($0, keeping: kept) }) == true { return text }
    return escapeScalars(text, keeping: kept)
  }

  /// Whether ASCII `bytes` hold nothing `escapeScalars` would change: no control character outside
  /// `kept`, no `::` after leading white space, no `##[`. False for any non-ASCII byte.
  static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, keeping kept: Set<Unicode.Scalar>) -> Bool {
    var leading = true
    var hashes = 0
    for (index, byte) in bytes.enumerated() {
      if byte >= 0x80 { return false }
      if byte < 0x20 || byte == 0x7F, !kept.contains(Unicode.Scalar(byte)) { return false }
      if leading, !byte.isASCIIWhitespace {
        // ASCII white space (what `isWhitespace` says of ASCII) is skipped before a command's `::`.
        if byte == UInt8(ascii: ":"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") { return false }
        leading = false
      }
      if byte == UInt8(ascii: "["), hashes >= 2 { return false }
      hashes = byte == UInt8(ascii: "#") ? hashes + 1 : 0
    }
    return true
  }

  /// The escaping, scalar by scalar.
  static func escapeScalars(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
    let escaped = { (scalar: Unicode.Scalar) in needsEscape(scalar) && !kept.contains(scalar) }
    let command = commandColon(text)
    guard command != nil || text.unicodeScalars.contains(where: escaped) || text.contains("##[") else { return text }
    var output = ""
    var legacyCommand = LegacyCommandGuard()
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if legacyCommand.mustEscape(scalar) || escaped(scalar) || offset == command {
        output += visibleEscape(scalar)
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// How a scalar that must not act is shown: `\u{1B}`.
  static func visibleEscape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// Text that opens with `::` (after white space) starts a workflow command when it starts a log
  /// line (the runner trims leading white space, then looks for `::`): the offset of its first colon.
  private static func commandColon(_ text: String) -> Int? {
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      scalars[start...].starts(with: "::".unicodeScalars)
    else { return nil }
    return scalars.distance(from: scalars.startIndex, to: start)
  }

  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true  // C0 (tab and newline too: one diagnostic, one line), DEL, C1
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional controls
    default: false
    }
  }
}

/// The GitHub Actions runner still honours the old `##[name]data` command form ANYWHERE in a log line
/// (`ActionCommand.TryParse`), for any line that is not a `::name::` command: `##[add-mask]`,
/// `##[stop-commands]`. So every escaper whose output can reach a CI log escapes the `[` of a `##[`.
/// Feed it the scalars in order.
struct LegacyCommandGuard {
  private var hashes = 0

  mutating func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
    defer { hashes = scalar == "#" ? hashes + 1 : 0 }
    return scalar == "[" && hashes >= 2
  }
}
