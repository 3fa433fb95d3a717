/// GitHub Actions workflow commands (`::error file=F,line=L::message`), escaped exactly as the
/// Actions toolkit does (`@actions/core`, `command.ts`): the runner decodes these escapes
/// (`ActionCommand.TryParseV2`), and a raw line break would end our command and let the rest of the
/// line start one of its own. Nothing else is escaped that the runner would not decode, so a
/// property such as a file's path comes back exactly as written.
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

  /// Whether the runner reads `value` back exactly as written when it is a property before the last:
  /// `escapeProperty` round-trips everything except what `neutralised` changes, and a leading `=`,
  /// which the runner's `key=value` split (.NET's `Split('=', 2, RemoveEmptyEntries)`) drops.
  static func roundTrips(asProperty value: String) -> Bool {
    !value.isEmpty && value.first != "=" && neutralised(value) == value
  }

  /// The log is shown in a browser and in terminals: control characters other than line breaks
  /// (which the command escapes) become visible, and so do the Unicode line separators that a log
  /// viewer could break a line at, and the `[` of a `##[` (the runner's old command form). A leading
  /// `::` stays as it is: inside a command no text starts a log line (its line breaks are escaped),
  /// and the runner would read an escaped colon back as part of a path.
  static func neutralised(_ text: String) -> String {
    var output = ""
    var legacyCommand = LegacyCommandGuard()
    for scalar in text.unicodeScalars {
      let visible =
        legacyCommand.mustEscape(scalar) || (TerminalSafe.needsEscape(scalar) && scalar != "\n" && scalar != "\r")
        || scalar == "\u{2028}" || scalar == "\u{2029}"
      if visible {
        output += TerminalSafe.visibleEscape(scalar)
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
