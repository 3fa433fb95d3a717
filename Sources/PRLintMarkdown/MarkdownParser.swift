internal import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses a PR body with libcmark and copies what the body says into a `MarkdownDocument`.
///
/// This target is the only code that touches cmark (the package gives no other target `CCmark`), and no
/// pointer leaves it. The tree is walked with `cmark_iter` (no recursion, so a 10,000-deep quote cannot
/// overflow the stack) and freed before returning.
public enum MarkdownParser {
  public struct Options: Sendable, Hashable {
    /// Whether `**Why:** …` paragraphs open sections like headings do.
    public var pseudoHeadings: Bool

    public init(pseudoHeadings: Bool = true) {
      self.pseudoHeadings = pseudoHeadings
    }
  }

  /// Bodies from this size up give their parse tree's memory back to the system once it is freed.
  static let releaseThreshold = 256 << 10

  public static func parse(_ body: String, options: Options = Options()) -> MarkdownDocument {
    let text = LineEndings.normalize(body)
    var document = MarkdownDocument(text: text)
    let length = text.utf8.count
    let root: OpaquePointer? = text.withCString { pointer in
      // No CMARK_OPT_VALIDATE_UTF8: a Swift String is valid UTF-8 already, and cmark replaces NUL
      // bytes either way.
      cmark_parse_document(pointer, length, CMARK_OPT_SOURCEPOS)
    }
    guard let root else { return document }
    defer {
      cmark_node_free(root)
      // A large body's tree is ~210 bytes a byte of it: give that back now rather than keep it per thread.
      if length >= releaseThreshold { prlint_release_freed_memory() }
    }
    var walker = TreeWalker(root: root, source: SourceText(text), options: options)
    walker.walk(into: &document)
    return document
  }
}

/// CRLF and lone CR become LF and a leading BOM goes, so every line ending gives the same result.
/// A NUL (a JSON payload may hold `\u0000`) becomes U+FFFD here, as cmark would make it, so the text
/// the positions are computed in is the text cmark parsed.
enum LineEndings {
  static func normalize(_ body: String) -> String {
    var text = body
    // The Character comparison only when the bytes could be a BOM (EF BB BF).
    if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]), text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    // memchr on the contiguous bytes when there are some: a closure call a byte cost 2% of an audit.
    let needsWork = { (byte: UInt8) in byte == UInt8(ascii: "\r") || byte == 0 }
    let hasWork =
      text.utf8.withContiguousStorageIfAvailable { buffer in
        guard let base = buffer.baseAddress else { return false }
        return memchr(base, Int32(UInt8(ascii: "\r")), buffer.count) != nil || memchr(base, 0, buffer.count) != nil
      } ?? text.utf8.contains(where: needsWork)
    guard hasWork else { return text }
    // On bytes: NUL, CR and LF are one byte each and never part of another character's UTF-8, so this
    // is the scalar-by-scalar rewrite ("\r\n" is one Character, so not Characters). The text between
    // CRs is copied whole, found with memchr; a NUL (rare) takes the byte-by-byte loop.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    let chunked = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
      guard let base = buffer.baseAddress, memchr(base, 0, buffer.count) == nil else { return false }
      var start = 0
      while start < buffer.count, let found = memchr(base + start, Int32(UInt8(ascii: "\r")), buffer.count - start) {
        let carriageReturn = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<carriageReturn]))
        bytes.append(UInt8(ascii: "\n"))
        start = carriageReturn + 1
        if start < buffer.count, buffer[start] == UInt8(ascii: "\n") { start += 1 }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
      return true
    }
    if chunked == true { return String(decoding: bytes, as: UTF8.self) }
    bytes.removeAll(keepingCapacity: true)
    var previousWasCR = false
    for byte in text.utf8 {
      switch byte {
      case 0:
        bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
        previousWasCR = false
      case UInt8(ascii: "\r"):
        bytes.append(UInt8(ascii: "\n"))
        previousWasCR = true
      case UInt8(ascii: "\n") where previousWasCR:
        previousWasCR = false
      default:
        bytes.append(byte)
        previousWasCR = false
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
