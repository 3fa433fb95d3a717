/// The text of one paragraph, heading or HTML block, flattened for scanning, with a map back to the body.
///
/// Code spans and HTML comments become a separator character, so a scanner sees where they were but
/// not into them; soft and hard line breaks become `\n`.
public struct InlineText: Sendable {
  /// Stands where code or a comment was.
  public static let separator: Character = "\u{FFFC}"

  public private(set) var text = ""
  private(set) var positions = PositionMap()
  /// Index into `MarkdownDocument.blocks` of the top-level block holding the text.
  public internal(set) var blockIndex = 0
  /// A heading's text: kept for scanners, never prose.
  public internal(set) var isHeading = false
  /// Code spans with the byte offset of their separator, in increasing order.
  private var codeSpans: [(offset: Int, code: String)] = []
  private var byteCount = 0
  /// Byte ranges a reader never sees as text of its own: a link's text (it shows as the link) and an
  /// image's alt text. Autolinks, whose text is their address, are not among them.
  public private(set) var linkAndImageTexts: [Range<Int>] = []

  var isEmpty: Bool { text.isEmpty }

  mutating func append(_ literal: String, at position: SourcePosition?) {
    append(PlacedText(literal: literal, position: position))
  }

  mutating func append(_ placed: PlacedText) {
    positions.add(offset: byteCount, position: placed.position, columns: placed.columns)
    text += placed.literal
    byteCount += placed.literal.utf8.count
  }

  /// The length so far, in bytes: where the next text starts.
  var length: Int { byteCount }

  /// Marks the text from `start` to here as a link's or an image's text.
  mutating func markLinkOrImageText(from start: Int) {
    if start < byteCount { linkAndImageTexts.append(start..<byteCount) }
  }

  /// Whether the byte at `offset` is in a link's or an image's text.
  public func isInLinkOrImageText(_ offset: Int) -> Bool {
    linkAndImageTexts.contains { $0.contains(offset) }
  }

  mutating func appendLineBreak() {
    append("\n", at: nil)
  }

  mutating func appendCode(_ code: String, at position: SourcePosition?) {
    codeSpans.append((byteCount, code))
    append(String(Self.separator), at: position)
  }

  mutating func appendSeparator() {
    append(String(Self.separator), at: nil)
  }

  /// The body position of the byte at `offset`, when the run holding it has one.
  public func position(ofByte offset: Int) -> SourcePosition? {
    positions.position(ofByte: offset)
  }

  /// The code span whose separator sits at `offset`.
  public func codeSpan(atByte offset: Int) -> String? {
    // Binary search: a paragraph can hold many code spans, each looked up once.
    var low = 0
    var high = codeSpans.count
    while low < high {
      let middle = (low + high) / 2
      if codeSpans[middle].offset < offset { low = middle + 1 } else { high = middle }
    }
    return low < codeSpans.count && codeSpans[low].offset == offset ? codeSpans[low].code : nil
  }

  /// The text split at line breaks, each line with the position map of its bytes.
  func lines() -> [(text: Substring, positions: PositionMap)] {
    // Newline offsets found on the raw bytes; a UTF-8 index at a known offset is then O(1).
    func newlines(_ bytes: some Collection<UInt8>) -> [Int] {
      var offsets: [Int] = []
      var offset = 0
      for byte in bytes {
        if byte == UInt8(ascii: "\n") { offsets.append(offset) }
        offset += 1
      }
      return offsets
    }
    let breaks = text.utf8.withContiguousStorageIfAvailable(newlines) ?? newlines(text.utf8)
    let count = text.utf8.count
    var result: [(text: Substring, positions: PositionMap)] = []
    result.reserveCapacity(breaks.count + 1)
    var lineStartOffset = 0
    for index in 0...breaks.count {
      let end = index < breaks.count ? breaks[index] : count
      let start = text.utf8.index(text.startIndex, offsetBy: lineStartOffset)
      let stop = text.utf8.index(text.startIndex, offsetBy: end)
      result.append((text[start..<stop], positions.slice(from: lineStartOffset, to: end)))
      lineStartOffset = end + 1
    }
    return result
  }
}

/// A text node's literal with where it sits in the body: its start, and a column per byte when the
/// literal is not a byte-for-byte copy of the source (see `SourceText.columns`).
struct PlacedText {
  var literal: String
  var position: SourcePosition?
  var columns: [Int]? = nil

  /// Removes a task box or a pseudo-heading's colon from the front, keeping positions right.
  mutating func dropPrefix(bytes count: Int) {
    literal = String(decoding: literal.utf8.dropFirst(count), as: UTF8.self)
    if let columns, count < columns.count {
      position?.column = columns[count]
      self.columns = Array(columns.dropFirst(count))
    } else {
      position?.column += count
    }
  }
}
