/// A strict RFC 8259 parser for the documents an audit reads a field at a time. It says nil for anything
/// JSONDecoder might read differently or refuse: bad syntax (JSONDecoder tolerates some, such as
/// trailing commas), a raw control character or invalid UTF-8 in a string, a lone surrogate, a key with
/// an escape or non-ASCII bytes (Swift compares those by canonical equivalence), a key twice in one
/// object (JSONDecoder keeps the first), nesting deeper than `maximumDepth`. A caller falls back to
/// JSONDecoder then. One pass, no recursion: linear in the input whatever it holds.
struct JSONTreeParser {
  static let maximumDepth = 100

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var nodes: [JSONTree.Node] = []
  /// The open arrays and objects, innermost last.
  private var open: [Int] = []

  static func parse(_ bytes: [UInt8]) -> JSONTree? {
    let nodes = bytes.withUnsafeBufferPointer { buffer -> [JSONTree.Node]? in
      var parser = JSONTreeParser(bytes: buffer)
      return parser.parseDocument()
    }
    return nodes.map { JSONTree(bytes: bytes, nodes: $0) }
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Where the parser is after a step: a value read in full, or a container opened (and, for an object,
  /// its first key read), whose first value comes next.
  private enum Step {
    case invalid, complete, opened
  }

  private mutating func parseDocument() -> [JSONTree.Node]? {
    skipWhitespace()
    var step = parseValue()
    while true {
      switch step {
      case .invalid: return nil
      case .opened:
        step = parseValue()
        continue
      case .complete: break
      }
      // After a value: the next one in its container, the container's end, or the document's.
      skipWhitespace()
      guard let container = open.last else { return position == bytes.count ? nodes : nil }
      guard position < bytes.count else { return nil }
      let isObject = nodes[container].kind == .object
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: ",") {
        skipWhitespace()
        guard !isObject || parseKey() else { return nil }
        step = parseValue()
      } else if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")), close(container) {
        step = .complete
      } else {
        return nil
      }
    }
  }

  private mutating func parseValue() -> Step {
    guard position < bytes.count else { return .invalid }
    switch bytes[position] {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      let isObject = bytes[position] == UInt8(ascii: "{")
      guard open.count < Self.maximumDepth else { return .invalid }
      open.append(nodes.count)
      nodes.append(JSONTree.Node(kind: isObject ? .object : .array))
      position += 1
      skipWhitespace()
      guard position < bytes.count else { return .invalid }
      if bytes[position] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
        position += 1
        return close(open.last!) ? .complete : .invalid
      }
      return !isObject || parseKey() ? .opened : .invalid
    case UInt8(ascii: "\""):
      return parseString(isKey: false) ? .complete : .invalid
    case UInt8(ascii: "t"):
      return parseLiteral("true", .true) ? .complete : .invalid
    case UInt8(ascii: "f"):
      return parseLiteral("false", .false) ? .complete : .invalid
    case UInt8(ascii: "n"):
      return parseLiteral("null", .null) ? .complete : .invalid
    default:
      return parseNumber() ? .complete : .invalid
    }
  }

  /// A key and its colon; its value comes next.
  private mutating func parseKey() -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), parseString(isKey: true) else {
      return false
    }
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
    position += 1
    skipWhitespace()
    return true
  }

  private mutating func close(_ container: Int) -> Bool {
    open.removeLast()
    nodes[container].next = nodes.count
    return nodes[container].kind == .array || keysAreDistinct(inObjectAt: container)
  }

  private mutating func parseLiteral(_ literal: StaticString, _ kind: JSONTree.Node.Kind) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard position + count <= bytes.count,
      (0..<count).allSatisfy({ bytes[position + $0] == literal.utf8Start[$0] })
    else { return false }
    position += count
    nodes.append(JSONTree.Node(kind: kind, next: nodes.count + 1))
    return true
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as text.
  private mutating func parseNumber() -> Bool {
    let start = position
    if byte(is: "-") { position += 1 }
    if byte(is: "0") {
      position += 1
    } else {
      guard skipDigits() else { return false }
    }
    if byte(is: ".") {
      position += 1
      guard skipDigits() else { return false }
    }
    if byte(is: "e") || byte(is: "E") {
      position += 1
      if byte(is: "+") || byte(is: "-") { position += 1 }
      guard skipDigits() else { return false }
    }
    nodes.append(JSONTree.Node(kind: .number, start: start, end: position, next: nodes.count + 1))
    return true
  }

  /// A string from its opening quote; a key must be ASCII without escapes.
  private mutating func parseString(isKey: Bool) -> Bool {
    position += 1
    let start = position
    var hasEscapes = false
    while true {
      skipPlainASCII()
      guard position < bytes.count else { return false }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        nodes.append(
          JSONTree.Node(kind: .string, hasEscapes: hasEscapes, start: start, end: position, next: nodes.count + 1))
        position += 1
        return true
      } else if byte == UInt8(ascii: "\\") {
        guard !isKey, let (_, end) = JSONStringEscapes.scan(bytes, at: position + 1) else { return false }
        hasEscapes = true
        position = end
      } else if byte < 0x20 {
        return false
      } else if byte < 0x80 {
        position += 1
      } else {
        guard !isKey, let end = Self.endOfUTF8Scalar(bytes, at: position) else { return false }
        position = end
      }
    }
  }

  /// Skips eight bytes at a time while none is a quote, a backslash, a control character or non-ASCII:
  /// most of a record is a body's plain text.
  private mutating func skipPlainASCII() {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ word: UInt64) -> Bool {
      (word &- ones) & ~word & highBits != 0
    }
    guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return }
    while position + 8 <= bytes.count {
      let word = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
      let special =
        word & highBits != 0 || (word &- ones &* 0x20) & ~word & highBits != 0
        || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
      if special { return }
      position += 8
    }
  }

  /// The end of the well-formed UTF-8 scalar starting at `position` (Unicode Table 3-7), or nil.
  private static func endOfUTF8Scalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
    let lead = bytes[position]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, secondRange) = (3, 0x80...0x9F)
    case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
    default: return nil
    }
    guard position + length <= bytes.count, secondRange.contains(bytes[position + 1]) else { return nil }
    for index in position + 2..<position + length where !(0x80...0xBF).contains(bytes[index]) {
      return nil
    }
    return position + length
  }

  /// Pairwise for a small object, sorted for a large one: never quadratic in a hostile object.
  private func keysAreDistinct(inObjectAt index: Int) -> Bool {
    var keys: [Range<Int>] = []
    var child = index + 1
    while child < nodes[index].next {
      keys.append(nodes[child].start..<nodes[child].end)
      child = nodes[child + 1].next
    }
    let bytes = bytes
    func same(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
      first.count == second.count && bytes[first].elementsEqual(bytes[second])
    }
    if keys.count <= 16 {
      return keys.indices.allSatisfy { index in !keys[..<index].contains { same($0, keys[index]) } }
    }
    keys.sort { bytes[$0].lexicographicallyPrecedes(bytes[$1]) }
    return zip(keys, keys.dropFirst()).allSatisfy { !same($0, $1) }
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
      default: return
      }
    }
  }

  /// One or more digits; false when there is none.
  private mutating func skipDigits() -> Bool {
    let start = position
    while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
      position += 1
    }
    return position > start
  }

  private func byte(is ascii: Unicode.Scalar) -> Bool {
    position < bytes.count && bytes[position] == UInt8(ascii: ascii)
  }
}
