/// Just enough HTML handling for PR bodies: find comments and images, drop tags, keep the text.
enum HTMLText {
  struct Parts {
    var comments: [(body: String, lineOffset: Int)] = []
    var text = ""
    /// The `src` of each image or video tag, "" when it has none.
    var imageSources: [String] = []
    /// The `href` of each `<a>` tag that has one.
    var anchorTargets: [String] = []
    var hasImage: Bool { !imageSources.isEmpty }
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

  /// `<a …>`, any case: a link written in HTML.
  static func isAnchorTag(_ html: String) -> Bool {
    let bytes = Array(html.utf8.prefix(3))
    return bytes.count == 3 && bytes[0] == UInt8(ascii: "<") && bytes[1].asciiLowercased == UInt8(ascii: "a")
      && bytes[2].isASCIIWhitespace
  }

  /// The `src` attribute of a tag (quoted or not), or "": one pass over the tag.
  static func source(ofTag tag: String) -> String {
    attribute("src", ofTag: tag)
  }

  /// The `href` attribute of a tag (quoted or not), or "".
  static func target(ofTag tag: String) -> String {
    attribute("href", ofTag: tag)
  }

  /// The attribute `name` (lower case) of a tag, quoted or not, or "": one pass over the tag.
  private static func attribute(_ name: String, ofTag tag: String) -> String {
    let bytes = Array(tag.utf8)
    let wanted = Array(name.utf8)
    var index = 0
    while index + wanted.count + 1 <= bytes.count {
      let before = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
      guard bytes[index + wanted.count] == UInt8(ascii: "="), before.isASCIIWhitespace,
        wanted.indices.allSatisfy({ bytes[index + $0].asciiLowercased == wanted[$0] })
      else {
        index += 1
        continue
      }
      var start = index + wanted.count + 1
      let quote = start < bytes.count ? bytes[start] : 0
      let quoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
      if quoted { start += 1 }
      var end = start
      while end < bytes.count,
        quoted ? bytes[end] != quote : !(bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: ">"))
      {
        end += 1
      }
      return String(decoding: bytes[start..<end], as: UTF8.self)
    }
    return ""
  }

  /// Splits an HTML block into its comments and its visible text. Tags and comments are blanked
  /// with spaces (line breaks kept), so the text's bytes stay where they were in the block.
  /// One linear pass: an unclosed comment or tag runs to the end of the block.
  static func split(_ html: String) -> Parts {
    var parts = Parts()
    var text = Array(html.utf8)
    var index = 0
    var line = 0
    while index < text.count {
      let isComment = text[index] == UInt8(ascii: "<") && starts(text, "<!--", at: index)
      guard isComment || text[index] == UInt8(ascii: "<") else {
        if text[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
        continue
      }
      let close = (isComment ? find(text, "-->", from: index + 4) : find(text, ">", from: index + 1)) ?? text.count
      var end = min(close + (isComment ? 3 : 1), text.count)
      // What a script or style element holds is never shown: blank it with its tags.
      if !isComment, let element = hiddenElement(text, at: index + 1) {
        let endTag = findEndTag(element, in: text, from: end) ?? text.count
        end = min((find(text, ">", from: endTag) ?? text.count) + 1, text.count)
      }
      if isComment {
        let body = String(decoding: text[(index + 4)..<close], as: UTF8.self)
        parts.comments.append((body.trimmingWhitespace(), line))
      } else if case let tag = String(decoding: text[index..<end], as: UTF8.self), isImageTag(tag) {
        parts.imageSources.append(source(ofTag: tag))
      } else if case let tag = String(decoding: text[index..<end], as: UTF8.self), isAnchorTag(tag) {
        let target = target(ofTag: tag)
        if !target.isEmpty { parts.anchorTargets.append(target) }
      }
      for blank in index..<end {
        if text[blank] == UInt8(ascii: "\n") { line += 1 } else { text[blank] = UInt8(ascii: " ") }
      }
      index = end
    }
    parts.text = String(decoding: text, as: UTF8.self)
    return parts
  }

  /// `script` or `style` when `tag` is a start tag of that element, any case.
  static func hiddenElement(startedBy tag: String) -> String? {
    let bytes = Array(tag.utf8)
    return bytes.first == UInt8(ascii: "<") ? hiddenElement(bytes, at: 1) : nil
  }

  /// Whether `tag` is the end tag of `element` (`</script>`, `</Script >`), any case.
  static func isEndTag(_ tag: String, of element: String) -> Bool {
    let bytes = Array(tag.utf8)
    return bytes.starts(with: "</".utf8) && hiddenElement(bytes, at: 2) == element
  }

  /// `script` or `style` when a start tag of that element begins at `index` (after its `<`), any case.
  private static func hiddenElement(_ bytes: [UInt8], at index: Int) -> String? {
    for name in ["script", "style"] where startsIgnoringCase(bytes, name, at: index) {
      let after = index + name.utf8.count
      guard after < bytes.count else { return name }
      let next = bytes[after]
      if next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next.isASCIIWhitespace { return name }
    }
    return nil
  }

  /// Where `</element` starts, any case, at or after `start`.
  private static func findEndTag(_ element: String, in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while let open = find(bytes, "</", from: index) {
      if startsIgnoringCase(bytes, element, at: open + 2) { return open }
      index = open + 2
    }
    return nil
  }

  private static func startsIgnoringCase(_ bytes: [UInt8], _ word: String, at index: Int) -> Bool {
    let letters = Array(word.utf8)
    guard index >= 0, index + letters.count <= bytes.count else { return false }
    return letters.indices.allSatisfy { bytes[index + $0].asciiLowercased == letters[$0] }
  }

  private static func starts(_ bytes: [UInt8], _ prefix: StaticString, at index: Int) -> Bool {
    bytes.withUnsafeBufferPointer { ByteSearch.matches(prefix, in: $0, at: index) }
  }

  private static func find(_ bytes: [UInt8], _ needle: StaticString, from start: Int) -> Int? {
    bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: needle, in: $0, from: start) }
  }
}
