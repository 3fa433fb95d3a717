/// Just enough HTML handling for PR bodies: find comments and images, drop tags, keep the text.
enum HTMLText {
  struct Parts {
    var comments: [(body: String, lineOffset: Int)] = []
    var text = ""
    var hasImage = false
  }

  /// The inside of `<!-- … -->`.
  static func commentBody(_ html: String) -> String {
    var body = Substring(html)
    if body.hasPrefix("<!--") { body = body.dropFirst(4) }
    if body.hasSuffix("-->") { body = body.dropLast(3) }
    return body.trimmingWhitespace()
  }

  static func isImageTag(_ html: String) -> Bool {
    let lowered = html.prefix(8).lowercased()
    return lowered.hasPrefix("<img") || lowered.hasPrefix("<video") || lowered.hasPrefix("<picture")
  }

  /// Splits an HTML block into its comments and its visible text (tags removed).
  /// One linear pass: an unclosed comment or tag runs to the end of the block.
  static func split(_ html: String) -> Parts {
    var parts = Parts()
    let bytes = Array(html.utf8)
    var text: [UInt8] = []
    var index = 0
    var line = 0
    while index < bytes.count {
      if starts(bytes, "<!--", at: index) {
        let bodyStart = index + 4
        let close = find(bytes, "-->", from: bodyStart) ?? bytes.count
        let body = String(decoding: bytes[bodyStart..<close], as: UTF8.self)
        parts.comments.append((body.trimmingWhitespace(), line))
        line += bytes[index..<close].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        index = min(close + 3, bytes.count)
        text.append(UInt8(ascii: " "))
        continue
      }
      if bytes[index] == UInt8(ascii: "<") {
        let close = find(bytes, ">", from: index + 1) ?? bytes.count
        let tag = String(decoding: bytes[index..<min(close + 1, bytes.count)], as: UTF8.self)
        if isImageTag(tag) { parts.hasImage = true }
        line += bytes[index..<close].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        index = min(close + 1, bytes.count)
        text.append(UInt8(ascii: " "))
        continue
      }
      if bytes[index] == UInt8(ascii: "\n") { line += 1 }
      text.append(bytes[index])
      index += 1
    }
    parts.text = String(decoding: text, as: UTF8.self)
    return parts
  }

  private static func starts(_ bytes: [UInt8], _ prefix: StaticString, at index: Int) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    return prefix.withUTF8Buffer { Array($0) == Array(bytes[index..<index + count]) }
  }

  private static func find(_ bytes: [UInt8], _ needle: StaticString, from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      if starts(bytes, needle, at: index) { return index }
      index += 1
    }
    return nil
  }
}
