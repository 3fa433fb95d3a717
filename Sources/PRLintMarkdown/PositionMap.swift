/// Maps byte offsets in flattened text back to body positions: a list of runs, each starting at a
/// known position (or none, for a line break or separator), with a column per byte when the run's
/// text is not a byte-for-byte copy of its source.
public struct PositionMap: Sendable, Hashable {
  struct Run: Sendable, Hashable {
    var offset: Int
    var position: SourcePosition?
    var columns: [Int]?
  }

  private(set) var runs: [Run] = []

  mutating func add(offset: Int, position: SourcePosition?, columns: [Int]? = nil) {
    runs.append(Run(offset: offset, position: position, columns: columns))
  }

  /// The body position of the byte at `offset`, when the run holding it has one.
  public func position(ofByte offset: Int) -> SourcePosition? {
    guard let index = runIndex(holding: offset), let start = runs[index].position else { return nil }
    let delta = offset - runs[index].offset
    if let columns = runs[index].columns, delta < columns.count {
      return SourcePosition(line: start.line, column: columns[delta])
    }
    return SourcePosition(line: start.line, column: start.column + delta)
  }

  /// The map of the bytes `start..<end`, with offsets counted from `start`.
  func slice(from start: Int, to end: Int) -> PositionMap {
    var slice = PositionMap()
    guard let first = runIndex(holding: start) else { return slice }
    let run = runs[first]
    let delta = start - run.offset
    slice.add(
      offset: 0, position: position(ofByte: start),
      columns: run.columns.map { delta < $0.count ? Array($0.dropFirst(delta)) : [] })
    for later in runs[(first + 1)...] {
      guard later.offset < end else { break }
      slice.add(offset: later.offset - start, position: later.position, columns: later.columns)
    }
    return slice
  }

  /// Binary search for the last run starting at or before `offset`.
  private func runIndex(holding offset: Int) -> Int? {
    var low = 0
    var high = runs.count - 1
    var found: Int? = nil
    while low <= high {
      let middle = (low + high) / 2
      if runs[middle].offset <= offset {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found
  }
}
