/// What each paragraph, heading and HTML block's text leaves behind as it closes.
extension TreeWalker {
  /// The flattened text itself, for scanners that work on whole paragraphs (issue references).
  mutating func keepInlineText(into document: inout MarkdownDocument) {
    guard !inline.isEmpty else { return }
    var kept = inline
    kept.blockIndex = blockIndex
    document.inlineTexts.append(kept)
  }

  mutating func collectProseLines(into document: inout MarkdownDocument) {
    for line in inline.lines() {
      // Three spaces for the three-byte separator, so byte offsets still match the position map.
      let text =
        Self.blankingSeparatorsInASCII(line.text)
        ?? line.text.split(separator: InlineText.separator, omittingEmptySubsequences: false).joined(separator: "   ")
      document.proseLines.append(ProseLine(text: text, blockIndex: blockIndex, positions: line.positions))
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
