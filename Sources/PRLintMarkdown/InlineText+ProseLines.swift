/// Prose lines, cut from a paragraph's or HTML block's flattened text when a rule asks for them.
extension InlineText {
  /// The text's lines (no headings: a heading's text is never prose), code spans and comments blanked
  /// to spaces so that byte offsets still match the position map.
  public func proseLines() -> [ProseLine] {
    guard !isHeading else { return [] }
    return lines().map { line in
      // Three spaces for the three-byte separator.
      let text =
        Self.blankingSeparatorsInASCII(line.text)
        ?? line.text.split(separator: InlineText.separator, omittingEmptySubsequences: false).joined(separator: "   ")
      return ProseLine(text: text, blockIndex: blockIndex, positions: line.positions)
    }
  }

  /// The Character split above, done on bytes for a line that is ASCII apart from separators (where
  /// every separator is a Character of its own); nil for any other line.
  static func blankingSeparatorsInASCII(_ line: Substring) -> String? {
    // nil from the closure: a line to leave to the Character split; nil outside: no contiguous bytes.
    let blanked = line.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard bytes.contains(where: { $0 >= 0x80 }) else { return String(line) }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          output.append(byte)
          index += 1
        } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBC {
          // U+FFFC, the separator, is EF BF BC.
          output.append(contentsOf: [0x20, 0x20, 0x20])
          index += 3
        } else {
          return nil
        }
      }
      return String(decoding: output, as: UTF8.self)
    }
    return blanked ?? nil
  }
}
