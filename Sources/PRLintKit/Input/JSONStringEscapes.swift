import PRLintMarkdown

/// JSON string escapes (RFC 8259 §7): checked by `JSONTreeParser`, decoded when a string is read.
enum JSONStringEscapes {
  /// The escape at `position` (just after its backslash) and the index after it, or nil when it is not
  /// one JSONDecoder reads the same: an unknown escape, a bad `\u`, or a surrogate not in a pair.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (scalar: Unicode.Scalar, end: Int)? {
    guard position < bytes.count else { return nil }
    switch bytes[position] {
    case UInt8(ascii: "\""): return ("\"", position + 1)
    case UInt8(ascii: "\\"): return ("\\", position + 1)
    case UInt8(ascii: "/"): return ("/", position + 1)
    case UInt8(ascii: "b"): return ("\u{08}", position + 1)
    case UInt8(ascii: "f"): return ("\u{0C}", position + 1)
    case UInt8(ascii: "n"): return ("\n", position + 1)
    case UInt8(ascii: "r"): return ("\r", position + 1)
    case UInt8(ascii: "t"): return ("\t", position + 1)
    case UInt8(ascii: "u"):
      guard let high = hex4(bytes, at: position + 1) else { return nil }
      if (0xDC00...0xDFFF).contains(high) { return nil }
      guard (0xD800...0xDBFF).contains(high) else { return (Unicode.Scalar(high)!, position + 5) }
      // A high surrogate counts only with the low one escaped right after it.
      guard position + 6 < bytes.count, bytes[position + 5] == UInt8(ascii: "\\"),
        bytes[position + 6] == UInt8(ascii: "u"), let low = hex4(bytes, at: position + 7),
        (0xDC00...0xDFFF).contains(low)
      else { return nil }
      let value = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      return (Unicode.Scalar(value)!, position + 11)
    default: return nil
    }
  }

  /// The text of a string's contents (already checked by the parser) with its escapes decoded. Runs
  /// between escapes are copied whole; decoded text is never longer than its escapes.
  static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: raw.count) { output in
      var written = 0
      var position = 0
      while position < raw.count {
        let escape = ByteSearch.firstIndex(of: "\\", in: raw, from: position) ?? raw.count
        let run = UnsafeBufferPointer(rebasing: raw[position..<escape])
        _ = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(fromContentsOf: run)
        written += run.count
        guard escape < raw.count, let (scalar, end) = scan(raw, at: escape + 1) else { break }
        UTF8.encode(scalar) { byte in
          output[written] = byte
          written += 1
        }
        position = end
      }
      return written
    }
  }

  private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt16? {
    guard position + 4 <= bytes.count else { return nil }
    var value: UInt16 = 0
    for byte in bytes[position..<position + 4] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt16(digit)
    }
    return value
  }
}
