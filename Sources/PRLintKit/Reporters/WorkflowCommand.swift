/// GitHub Actions workflow commands (`::error file=F,line=L::message`), escaped exactly as the
/// Actions toolkit does (`@actions/core`, `command.ts`): the runner decodes these escapes, and a
/// raw line break would end our command and let the rest of the line start one of its own.
enum WorkflowCommand {
  /// `::name key=value,key=value::message`; properties in the given order.
  static func line(_ name: String, properties: [(String, String)] = [], message: String) -> String {
    var command = "::" + name
    if !properties.isEmpty {
      command += " " + properties.map { $0.0 + "=" + escapeProperty(neutralised($0.1)) }.joined(separator: ",")
    }
    return command + "::" + escapeData(neutralised(message))
  }

  /// The toolkit's `escapeData`.
  static func escapeData(_ text: String) -> String {
    var output = ""
    for character in text.unicodeScalars {
      switch character {
      case "%": output += "%25"
      case "\r": output += "%0D"
      case "\n": output += "%0A"
      default: output.unicodeScalars.append(character)
      }
    }
    return output
  }

  /// The toolkit's `escapeProperty`: also `:` and `,`, which delimit properties.
  static func escapeProperty(_ text: String) -> String {
    var output = ""
    for character in escapeData(text).unicodeScalars {
      switch character {
      case ":": output += "%3A"
      case ",": output += "%2C"
      default: output.unicodeScalars.append(character)
      }
    }
    return output
  }

  /// The log is shown in a browser and in terminals: control characters other than line breaks
  /// (which the command escapes) become visible, and so do the Unicode line separators that a log
  /// viewer could break a line at.
  private static func neutralised(_ text: String) -> String {
    var output = ""
    for scalar in TerminalSafe.escape(text, keeping: ["\n", "\r"]).unicodeScalars {
      switch scalar {
      case "\u{2028}", "\u{2029}": output += TerminalSafe.visibleEscape(scalar)
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
