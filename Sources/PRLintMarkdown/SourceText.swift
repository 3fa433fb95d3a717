#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The body's bytes by line, to place text whose literal differs from its source: cmark decodes
/// `&amp;` to `&` and `\\*` to `*`, so byte offsets in a literal drift from columns in the body.
struct SourceText {
  private let bytes: [UInt8]
  private let lineStarts: [Int]

  init(_ text: String) {
    bytes = Array(text.utf8)
    // memchr from one line feed to the next: a loop over every byte cost 1% of an audit.
    lineStarts = bytes.withUnsafeBufferPointer { buffer in
      var starts = [0]
      guard let base = buffer.baseAddress else { return starts }
      var offset = 0
      while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
        offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        starts.append(offset)
      }
      return starts
    }
  }

  /// For each byte of `literal`, the body column it came from; nil when the literal is the source
  /// byte for byte (the usual case), so offsets can simply be added to the start column.
  func columns(of literal: String, line: Int, startColumn: Int, endColumn: Int) -> [Int]? {
    guard line >= 1, line <= lineStarts.count, endColumn >= startColumn else { return nil }
    let lineStart = lineStarts[line - 1]
    let start = min(lineStart + startColumn - 1, bytes.count)
    let end = min(lineStart + endColumn, bytes.count)
    // Counted before copying: nearly every text node is its source byte for byte.
    guard literal.utf8.count != end - start else { return nil }
    return Self.align(Array(literal.utf8), with: bytes[start..<end], startColumn: startColumn)
  }

  /// Walks literal and source together: every byte of a character decoded from an entity takes the
  /// column of its `&`, equal bytes pair up, and a backslash escape is skipped. Linear in both lengths.
  static func align(_ literal: [UInt8], with source: ArraySlice<UInt8>, startColumn: Int) -> [Int] {
    var columns: [Int] = []
    columns.reserveCapacity(literal.count)
    var cursor = source.startIndex
    var index = 0
    func column(_ offset: Int) -> Int { startColumn + min(offset, source.endIndex) - source.startIndex }
    while index < literal.count {
      if let after = entityEnd(in: source, at: cursor) {
        let length = scalarLength(leadByte: literal[index])
        for _ in 0..<min(length, literal.count - index) { columns.append(column(cursor)) }
        index += length
        cursor = after
      } else if cursor < source.endIndex, source[cursor] == literal[index] {
        columns.append(column(cursor))
        index += 1
        cursor += 1
      } else if cursor < source.endIndex, source[cursor] == UInt8(ascii: "\\") {
        cursor += 1
      } else {
        columns.append(column(cursor))
        index += 1
        cursor += 1
      }
    }
    return columns
  }

  /// The offset just past `&name;`, `&#123;` or `&#x1F;` starting at `index`, or nil.
  private static func entityEnd(in source: ArraySlice<UInt8>, at index: Int) -> Int? {
    guard index < source.endIndex, source[index] == UInt8(ascii: "&") else { return nil }
    var cursor = index + 1
    while cursor < source.endIndex, cursor - index <= 32 {
      let byte = source[cursor]
      if byte == UInt8(ascii: ";") { return cursor > index + 1 ? cursor + 1 : nil }
      guard byte.isASCIIAlphanumeric || byte == UInt8(ascii: "#") else { return nil }
      cursor += 1
    }
    return nil
  }

  private static func scalarLength(leadByte: UInt8) -> Int {
    switch leadByte {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}
