internal import CCmark

/// Issue references, near misses and prose lines, collected as each paragraph or heading closes.
extension TreeWalker {
  mutating func collectReferences(into document: inout MarkdownDocument) {
    guard !inline.isEmpty else { return }
    let result = ReferenceScanner.scan(inline.text, platform: options.platform)
    for found in result.references {
      document.references.append(
        IssueReference(
          issue: found.issue, closing: found.keyword != nil, keyword: found.keyword,
          position: inline.position(ofByte: found.keywordStart ?? found.start)))
    }
    for (index, keyword) in result.listedAfterKeyword {
      let found = result.references[index]
      document.nearMisses.append(
        NearMiss(
          kind: .listedAfterKeyword, issue: found.issue, keyword: keyword,
          position: inline.position(ofByte: found.start)))
    }
    for found in result.wordBetween {
      document.nearMisses.append(
        NearMiss(
          kind: .wordBetween, issue: found.issue, keyword: found.keyword ?? "",
          position: inline.position(ofByte: found.keywordStart ?? found.start)))
    }
    for found in result.keywordBeforeSeparator {
      guard let code = inline.codeSpan(atByte: found.start),
        let (issue, _) = ReferenceScanner(bytes: Array(code.utf8), platform: options.platform).reference(at: 0)
      else { continue }
      document.nearMisses.append(
        NearMiss(
          kind: .inCode, issue: issue, keyword: found.keyword ?? "",
          position: inline.position(ofByte: found.keywordStart ?? found.start)))
    }
  }

  /// Closing keywords in code or comments, which GitHub ignores.
  func collectHiddenClosingReferences(
    in text: String, kind: NearMiss.Kind, at position: SourcePosition?, into document: inout MarkdownDocument
  ) {
    guard text.utf8.count <= 4096 else { return }  // a log or a patch, not a sentence
    for found in ReferenceScanner.scan(text, platform: options.platform).references {
      guard let keyword = found.keyword else { continue }
      document.nearMisses.append(NearMiss(kind: kind, issue: found.issue, keyword: keyword, position: position))
    }
  }

  mutating func collectDestinationReference(of link: Link, into document: inout MarkdownDocument) {
    // An autolink's text is its address, already scanned with the paragraph.
    guard link.destination != link.text,
      let (issue, _) = ReferenceScanner(bytes: Array(link.destination.utf8), platform: options.platform).reference(
        at: 0)
    else { return }
    document.references.append(IssueReference(issue: issue, closing: false, keyword: nil, position: link.position))
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
