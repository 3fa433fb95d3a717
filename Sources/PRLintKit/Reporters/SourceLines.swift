import PRLintMarkdown

/// What SARIF says about places in a body that prlint counts another way: a column in UTF-16 code
/// units (SARIF's `utf16CodeUnits`, GitHub's default) for a position whose column counts UTF-8 bytes,
/// and GitHub code scanning's `primaryLocationLineHash` of a line. Built once per PR for the positions
/// its findings name, in one pass over the body up to the last line asked about.
struct SourceLines {
  private var columns: [SourcePosition: Int] = [:]
  private var hashes: [Int: String] = [:]

  /// `text` is the body the positions count in (`LintResult.body`).
  init(_ text: String, positions: some Sequence<SourcePosition>) {
    let positions = Array(positions)
    hashes = LineHash.hashes(of: text, lines: Set(positions.map(\.line)))
    // Column 1 is column 1 in any unit; the others need their line's text.
    for position in positions where position.column == 1 { columns[position] = 1 }
    let wide = positions.filter { $0.column > 1 }
    let lines = Set(wide.map(\.line))
    guard let last = lines.max() else { return }
    var starts: [Int: Substring] = [:]
    var line = 1
    var rest = text[...]
    while line <= last {
      if lines.contains(line) { starts[line] = rest }
      guard let newline = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) else { break }
      rest = rest[rest.utf8.index(after: newline)...]
      line += 1
    }
    for position in wide {
      guard let start = starts[position.line] else { continue }
      columns[position] = Self.utf16Column(start, utf8Column: position.column)
    }
  }

  /// The position's column in UTF-16 code units, nil when its line is not in the body.
  func utf16Column(_ position: SourcePosition) -> Int? { columns[position] }

  /// The line's `primaryLocationLineHash`, nil when the body has no such line.
  func lineHash(_ line: Int) -> String? { hashes[line] }

  /// Counts the scalars of `line` that the UTF-8 column passes over, in UTF-16 code units. A column
  /// past the line's end counts one unit a byte, as it did.
  private static func utf16Column(_ line: Substring, utf8Column: Int) -> Int {
    var bytes = 0
    var units = 0
    for scalar in line.unicodeScalars {
      guard scalar != "\n", bytes < utf8Column - 1 else { break }
      bytes += UTF8.width(scalar)
      units += UTF16.width(scalar)
    }
    return units + max(0, utf8Column - 1 - bytes) + 1
  }
}

/// GitHub code scanning's `primaryLocationLineHash`, computed as `github/codeql-action`'s upload-sarif
/// computes it for a file it can read (`src/fingerprints.ts`): a rolling hash, base 37 and wrapping at
/// 64 bits, over the next 100 UTF-16 code units from the start of each line, spaces and tabs skipped,
/// CR and CRLF read as LF, and past the end a marker (65535) then zeros; written `HEX:N`, N counting the
/// lines with that hash so far. upload-sarif computes it only for a file in the checkout, which a PR
/// body never is, so prlint supplies it (for a body read from a file in the repository it is the same).
enum LineHash {
  private static let blockSize = 100
  private static let base: UInt64 = 37
  private static let endOfFile: UInt64 = 65535

  /// The hash of each of `lines` (1-based) that `text` has.
  static func hashes(of text: String, lines wanted: Set<Int>) -> [Int: String] {
    guard let last = wanted.max(), last >= 1 else { return [:] }
    var state = State(wanted: wanted, last: last)
    for unit in text.utf16 {
      state.process(UInt64(unit))
      if state.done { return state.found }
    }
    state.process(endOfFile)
    for _ in 0..<blockSize where !state.done {
      state.flush()
    }
    return state.found
  }

  private struct State {
    let wanted: Set<Int>
    let last: Int
    var found: [Int: String] = [:]
    var done = false
    private var window = [UInt64](repeating: 0, count: blockSize)
    /// The line that starts at each place of the window, or -1.
    private var lineNumbers = [Int](repeating: -1, count: blockSize)
    private var hash: UInt64 = 0
    private var index = 0
    private var lineNumber = 0
    private var lineStart = true
    private var previousCR = false
    private var counts: [UInt64: Int] = [:]
    private let firstMod: UInt64 = (0..<blockSize).reduce(1) { value, _ in value &* base }

    init(wanted: Set<Int>, last: Int) {
      self.wanted = wanted
      self.last = last
    }

    mutating func process(_ unit: UInt64) {
      let space: UInt64 = 0x20
      let tab: UInt64 = 0x09
      let lineFeed: UInt64 = 0x0A
      let carriageReturn: UInt64 = 0x0D
      if unit == space || unit == tab || (previousCR && unit == lineFeed) {
        previousCR = false
        return
      }
      var current = unit
      if current == carriageReturn {
        current = lineFeed
        previousCR = true
      } else {
        previousCR = false
      }
      if lineNumbers[index] != -1 { output() }
      if lineStart {
        lineStart = false
        lineNumber += 1
        lineNumbers[index] = lineNumber
      }
      if current == lineFeed { lineStart = true }
      update(current)
    }

    /// One step past the end: the hash of a line that starts here is complete.
    mutating func flush() {
      if lineNumbers[index] != -1 { output() }
      update(0)
    }

    private mutating func update(_ current: UInt64) {
      let begin = window[index]
      window[index] = current
      hash = base &* hash &+ current &- firstMod &* begin
      index = (index + 1) % blockSize
    }

    private mutating func output() {
      let line = lineNumbers[index]
      let count = counts[hash, default: 0] + 1
      counts[hash] = count
      if wanted.contains(line) { found[line] = String(hash, radix: 16) + ":" + String(count) }
      lineNumbers[index] = -1
      if line >= last { done = true }
    }
  }
}
