import PRLintMarkdown

/// A body's bytes as written (BOM, CRLF or lone CR, even invalid UTF-8), by line, numbered as the parser
/// numbers the text it reads: `prlint fix` edits the bytes the author wrote, at positions found in that
/// text. The parser's text drops a BOM and turns each line ending into LF, so lines match one for one and
/// columns match on every line that is valid UTF-8 (an invalid byte became U+FFFD, three bytes).
struct BodyLines {
  let bytes: [UInt8]
  /// The offset of each line's first byte (line 1's after a BOM).
  private let starts: [Int]
  /// The offset of each line's end: its line ending, or the end of the body.
  private let ends: [Int]
  /// Lines (1-based) that are not valid UTF-8, whose columns are not their bytes'.
  private let invalidLines: Set<Int>

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    var starts = [bytes.starts(with: bom) ? 3 : 0]
    var ends: [Int] = []
    var index = starts[0]
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\n"):
        ends.append(index)
        index += 1
        starts.append(index)
      case UInt8(ascii: "\r"):
        ends.append(index)
        index += index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        starts.append(index)
      default:
        index += 1
      }
    }
    ends.append(bytes.count)
    self.starts = starts
    self.ends = ends
    // One pass over a valid body; line by line only for one that is not.
    invalidLines =
      Self.isValidUTF8(bytes[...])
      ? [] : Set(starts.indices.filter { !Self.isValidUTF8(bytes[starts[$0]..<ends[$0]]) }.map { $0 + 1 })
  }

  var count: Int { starts.count }

  /// The bytes of `line` (1-based), without its line ending.
  func line(_ line: Int) -> ArraySlice<UInt8> {
    bytes[starts[line - 1]..<ends[line - 1]]
  }

  /// The bytes of the line holding `offset`, from at most `before` bytes before it to at most `after`
  /// bytes after it: what a rewrite there reads, bounded, so a long line with many rewrites costs no more
  /// than a short one each.
  func window(around offset: Int, line: Int, before: Int, after: Int) -> ArraySlice<UInt8> {
    let whole = self.line(line)
    return bytes[max(whole.startIndex, offset - before)..<min(whole.endIndex, offset + after)]
  }

  /// The offset of `position`, when its line is valid UTF-8 (so the parser's columns are the bytes') and
  /// the column is on it.
  func offset(of position: SourcePosition) -> Int? {
    guard position.line >= 1, position.line <= count, position.column >= 1 else { return nil }
    let line = self.line(position.line)
    guard position.column - 1 <= line.count, !invalidLines.contains(position.line) else { return nil }
    return line.startIndex + position.column - 1
  }

  /// The position of the byte at `offset`, as the parser would number it.
  func position(ofOffset offset: Int) -> SourcePosition {
    // The last line starting at or before `offset`.
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return SourcePosition(line: low + 1, column: max(offset - starts[low], 0) + 1)
  }

  /// The line ending the body uses first, which added lines use too; LF when it has none.
  var lineEnding: [UInt8] {
    guard starts.count > 1 else { return [UInt8(ascii: "\n")] }
    return Array(bytes[ends[0]..<starts[1]])
  }

  static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    // Decoding replaces each invalid sequence with U+FFFD, so valid bytes come back unchanged.
    String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes)
  }
}
