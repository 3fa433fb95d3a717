/// Makes untrusted text (from a PR body, title or path) safe to print: control characters, including
/// ESC (and so CSI and OSC 8 sequences), BEL, backspace and bidirectional overrides, are shown as
/// visible escapes instead of acting on the terminal.
public enum TerminalSafe {
  public static func escape(_ text: String) -> String {
    escape(text, keeping: [])
  }

  /// As `escape(_:)`, but the scalars in `kept` pass through: for a destination that escapes them
  /// its own way (a workflow command encodes line breaks as `%0A`).
  static func escape(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
    let escaped = { (scalar: Unicode.Scalar) in needsEscape(scalar) && !kept.contains(scalar) }
    guard text.unicodeScalars.contains(where: escaped) else { return text }
    var output = ""
    for scalar in text.unicodeScalars {
      if escaped(scalar) {
        output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true  // C0 (tab and newline too: one diagnostic, one line), DEL, C1
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional controls
    default: false
    }
  }
}
