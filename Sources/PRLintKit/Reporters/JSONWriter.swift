/// A small JSON writer with a fixed field order (the order is documented interface), valid for any
/// string Swift can hold. Quotes, backslashes and control characters are escaped, and so are the C1 and
/// bidirectional controls that `TerminalSafe` neutralises, so JSON shown in a terminal cannot act on it,
/// and the `[` of `##[`, so JSON printed in a CI log cannot start a runner command.
enum JSONWriter {
  static func quoted(_ text: String) -> String {
    // Printable ASCII without `"`, `\` or `[` needs no escape: copied whole. A scalar at a time cost a
    // quarter of an audit's JSON output.
    let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { byte in
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
          && byte != UInt8(ascii: "[")
      }
    }
    return plain == true ? "\"" + text + "\"" : quotedByScalar(text)
  }

  /// `quoted`, a scalar at a time: what every text that is not plain printable ASCII takes.
  static func quotedByScalar(_ text: String) -> String {
    var result = "\""
    var legacyCommand = LegacyCommandGuard()
    for scalar in text.unicodeScalars {
      if legacyCommand.mustEscape(scalar) {
        result += "\\u005b"  // the same string, without a `##[` in the text (a CI log command)
        continue
      }
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{2028}": result += "\\u2028"
      case "\u{2029}": result += "\\u2029"
      default:
        if TerminalSafe.needsEscape(scalar) {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  static func value(_ text: String?) -> String { text.map(quoted) ?? "null" }
  static func value(_ number: Int?) -> String { number.map(String.init) ?? "null" }
  static func value(_ flag: Bool) -> String { flag ? "true" : "false" }

  /// `{"a": 1, "b": 2}` from already-encoded values, in the given order.
  /// Appended into one string: mapping and joining made an array and a string per field.
  static func object(_ fields: [(String, String)]) -> String {
    var result = "{"
    for (index, field) in fields.enumerated() {
      if index > 0 { result += ", " }
      result += quoted(field.0)
      result += ": "
      result += field.1
    }
    return result + "}"
  }

  static func array(_ items: [String], indent: String = "") -> String {
    guard !items.isEmpty else { return "[]" }
    var result = "[\n"
    for (index, item) in items.enumerated() {
      if index > 0 { result += ",\n" }
      result += indent
      result += "  "
      result += item
    }
    return result + "\n" + indent + "]"
  }
}
