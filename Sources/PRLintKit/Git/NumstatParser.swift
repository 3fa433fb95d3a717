import PRLintMarkdown

/// Parses `git diff --numstat -z` output into changed files.
///
/// Each entry is `ADDED\tDELETED\tPATH\0`, or for a rename `ADDED\tDELETED\t\0OLD\0NEW\0`; a binary file
/// has `-` for both counts. With `-z` paths are written verbatim (no quoting), so tabs, newlines and
/// non-ASCII bytes in names survive.
public enum NumstatParser {
  public struct MalformedOutput: Error, Sendable, CustomStringConvertible {
    public var offset: Int
    public var description: String { "unexpected git diff --numstat output at byte \(offset)" }
  }

  public static func parse(_ bytes: some Collection<UInt8>) throws(MalformedOutput) -> [ChangedFile] {
    var reader = Reader(bytes: Array(bytes))
    var files: [ChangedFile] = []
    while !reader.atEnd {
      let additions = try count(reader.field(until: UInt8(ascii: "\t")), at: reader.offset)
      let deletions = try count(reader.field(until: UInt8(ascii: "\t")), at: reader.offset)
      guard (additions == nil) == (deletions == nil) else { throw MalformedOutput(offset: reader.offset) }
      let first = try reader.field(until: 0)
      if first.isEmpty {  // a rename: the old and new paths follow, each NUL-terminated
        let old = try reader.field(until: 0)
        let new = try reader.field(until: 0)
        guard !old.isEmpty, !new.isEmpty else { throw MalformedOutput(offset: reader.offset) }
        files.append(
          ChangedFile(path: path(new), previousPath: path(old), additions: additions, deletions: deletions))
      } else {
        files.append(ChangedFile(path: path(first), additions: additions, deletions: deletions))
      }
    }
    return files
  }

  /// A count, or nil for a binary file's `-`.
  private static func count(_ field: ArraySlice<UInt8>, at offset: Int) throws(MalformedOutput) -> Int? {
    if field.elementsEqual([UInt8(ascii: "-")]) { return nil }
    guard !field.isEmpty, field.allSatisfy(\.isASCIIDigit),
      let value = Int(String(decoding: field, as: UTF8.self))
    else { throw MalformedOutput(offset: offset) }
    return value
  }

  /// Git paths are bytes; invalid UTF-8 becomes U+FFFD rather than failing the run.
  private static func path(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  private struct Reader {
    let bytes: [UInt8]
    var offset = 0

    var atEnd: Bool { offset >= bytes.count }

    /// The bytes up to `terminator`, which is consumed; running out first is malformed.
    mutating func field(until terminator: UInt8) throws(MalformedOutput) -> ArraySlice<UInt8> {
      guard let end = bytes[offset...].firstIndex(of: terminator) else { throw MalformedOutput(offset: offset) }
      defer { offset = end + 1 }
      return bytes[offset..<end]
    }
  }
}
