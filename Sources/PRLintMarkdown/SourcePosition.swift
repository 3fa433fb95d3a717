/// A 1-based position in the body: line, and column counted in UTF-8 bytes (as cmark reports it).
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// cmark reports 0 for "unknown"; that becomes nil rather than a made-up position.
  init?(cmarkLine line: Int32, column: Int32) {
    guard line > 0 else { return nil }
    self.init(line: Int(line), column: max(Int(column), 1))
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
