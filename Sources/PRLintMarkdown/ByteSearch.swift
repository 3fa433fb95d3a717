#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finding a literal byte sequence in bytes, for the fast paths of this target and of the rules.
///
/// Byte by byte, with the needle read in place: an array per position (or a trip through NSString,
/// as `String.contains` takes) cost more than the search.
package enum ByteSearch {
  /// Whether `needle` starts at `index` in `bytes` (false when it would run past their end).
  package static func matches(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    needle.withUTF8Buffer { matches($0, in: bytes, at: index) }
  }

  /// Where `needle` first starts in `bytes` at or after `start`, or nil. Candidates are found with
  /// `memchr` on the needle's first byte (vectorised in libc): a byte-by-byte loop was a tenth of an
  /// audit, run over every body for "<!--" and "BREAKING".
  package static func firstIndex(
    of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0
  ) -> Int? {
    needle.withUTF8Buffer { needle in
      var index = max(start, 0)
      guard let first = needle.first, let base = bytes.baseAddress else {
        return needle.isEmpty && index <= bytes.count ? index : nil
      }
      while index + needle.count <= bytes.count {
        let remaining = bytes.count - index - needle.count + 1
        guard let found = memchr(base + index, Int32(first), remaining) else { return nil }
        index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if matches(needle, in: bytes, at: index) { return index }
        index += 1
      }
      return nil
    }
  }

  /// Whether `needle` occurs anywhere in `bytes`.
  package static func contains(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    firstIndex(of: needle, in: bytes) != nil
  }

  private static func matches(
    _ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> Bool {
    guard index >= 0, index + needle.count <= bytes.count else { return false }
    for offset in 0..<needle.count where bytes[index + offset] != needle[offset] { return false }
    return true
  }
}
