/// Text and attribute values for XML 1.0 (JUnit reports), well-formed for any input: the five
/// special characters become entities, line breaks and tabs character references (so attribute
/// values keep them), and characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF), like the C1 and
/// bidirectional controls `TerminalSafe` neutralises, are shown as visible escapes.
enum XMLEscape {
  static func escape(_ text: String) -> String {
    var output = ""
    for scalar in TerminalSafe.escape(text, keeping: ["\n", "\r", "\t"]).unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&apos;"
      case "\n": output += "&#10;"
      case "\r": output += "&#13;"
      case "\t": output += "&#9;"
      case "\u{FFFE}", "\u{FFFF}": output += TerminalSafe.visibleEscape(scalar)
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
