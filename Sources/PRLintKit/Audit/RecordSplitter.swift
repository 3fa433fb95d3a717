/// Cuts a stream of bytes into JSON records without holding the whole input: JSON Lines (one record
/// a line) or JSON arrays (each element a record; `gh api --paginate` writes one array a page, back to
/// back), decided by the first non-blank byte. Only
/// record boundaries are found here (strings and escapes respected); decoding is the caller's.
public struct RecordSplitter {
  /// One record's bytes, numbered from 1, with the line it starts on.
  public struct Record: Sendable {
    public var number: Int
    public var line: Int
    public var bytes: [UInt8]
    /// Set when the record cannot be decoded whatever its bytes (too large, broken array syntax).
    public var problem: String?
  }

  private enum Mode {
    case undecided, lines, array, afterArray
  }

  /// A record larger than this is reported as malformed rather than held in memory.
  public let maximumRecordBytes: Int

  private var mode = Mode.undecided
  private var current: [UInt8] = []
  private var currentLine = 1
  private var currentOversized = false
  private var recordCount = 0
  private var line = 1
  // Array mode: nesting inside the current element, and string state.
  private var depth = 0
  private var inString = false
  private var escaped = false
  private var elementStarted = false
  private var elementsInArray = 0
  private var trailingProblemReported = false

  public init(maximumRecordBytes: Int = BodyReader.maximumJSONBytes) {
    self.maximumRecordBytes = maximumRecordBytes
  }

  /// Feeds the next chunk; returns the records it completed, in order.
  public mutating func feed(_ chunk: [UInt8]) -> [Record] {
    var records: [Record] = []
    var index = 0
    while index < chunk.count {
      if mode == .lines {
        // The common case: copy up to the next newline in one go.
        let end = chunk[index...].firstIndex(of: UInt8(ascii: "\n")) ?? chunk.count
        appendSlice(chunk[index..<end])
        index = end
        guard index < chunk.count else { break }
      }
      consume(chunk[index], into: &records)
      index += 1
    }
    return records
  }

  /// Ends the input: returns the last record, or a problem for an array left open.
  public mutating func finish() -> [Record] {
    var records: [Record] = []
    switch mode {
    case .lines:
      if hasContent { emit(into: &records) }
    case .array:
      let problem = "the JSON array is not closed: expected ] at the end of the input"
      emit(into: &records, problem: problem)
    case .undecided, .afterArray:
      break
    }
    return records
  }

  private var hasContent: Bool { currentOversized || current.contains { !Self.isBlank($0) } }

  private mutating func consume(_ byte: UInt8, into records: inout [Record]) {
    switch mode {
    case .undecided:
      if Self.isBlank(byte) {
        if byte == UInt8(ascii: "\n") { line += 1 }
        return
      }
      if byte == UInt8(ascii: "[") {
        mode = .array
      } else {
        mode = .lines
        currentLine = line
        append(byte)
      }
    case .lines:
      if byte == UInt8(ascii: "\n") {
        if hasContent { emit(into: &records) } else { reset() }
        line += 1
        currentLine = line
      } else {
        append(byte)
      }
    case .array:
      consumeInArray(byte, into: &records)
    case .afterArray:
      if byte == UInt8(ascii: "\n") { line += 1 }
      if byte == UInt8(ascii: "["), !trailingProblemReported {
        mode = .array  // the next page
        elementsInArray = 0
        return
      }
      if !Self.isBlank(byte), !trailingProblemReported {
        trailingProblemReported = true
        currentLine = line
        emit(into: &records, problem: "unexpected text after the JSON array")
      }
    }
  }

  private mutating func consumeInArray(_ byte: UInt8, into records: inout [Record]) {
    defer { if byte == UInt8(ascii: "\n") { line += 1 } }
    if inString {
      append(byte)
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        inString = false
      }
      return
    }
    if depth == 0, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") {
      let closes = byte == UInt8(ascii: "]")
      if elementStarted {
        emit(into: &records)
        elementsInArray += 1
      } else if !closes || elementsInArray > 0 {
        // `[1,,2]` or `[1,]`: a missing element.
        currentLine = line
        emit(into: &records, problem: "expected a PR object between commas in the JSON array")
      }
      if closes { mode = .afterArray }
      return
    }
    if Self.isBlank(byte) {
      if elementStarted { append(byte) }
      return
    }
    if !elementStarted {
      elementStarted = true
      currentLine = line
    }
    append(byte)
    switch byte {
    case UInt8(ascii: "\""): inString = true
    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
    default: break
    }
  }

  private mutating func append(_ byte: UInt8) {
    guard !currentOversized else { return }
    if current.count >= maximumRecordBytes {
      currentOversized = true
      current = []
      return
    }
    current.append(byte)
  }

  private mutating func appendSlice(_ slice: ArraySlice<UInt8>) {
    guard !currentOversized else { return }
    if current.count + slice.count > maximumRecordBytes {
      currentOversized = true
      current = []
      return
    }
    current.append(contentsOf: slice)
  }

  private mutating func emit(into records: inout [Record], problem: String? = nil) {
    recordCount += 1
    while let last = current.last, Self.isBlank(last) { current.removeLast() }
    let limit =
      maximumRecordBytes >= 1 << 20 ? "\(maximumRecordBytes >> 20) MiB" : "\(maximumRecordBytes) bytes"
    let tooLarge = currentOversized ? "the record is larger than \(limit): expected a PR object" : nil
    records.append(Record(number: recordCount, line: currentLine, bytes: current, problem: problem ?? tooLarge))
    reset()
  }

  private mutating func reset() {
    current = []
    currentOversized = false
    depth = 0
    inString = false
    escaped = false
    elementStarted = false
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
      || byte == UInt8(ascii: "\r")
  }
}
