import PRLintMarkdown

/// `linked-issue.mention-keywords`: words that link an issue on purpose without closing it ("Part of
/// #12", "Related: #7", "Refs #3"). A reference counts when one of them stands right before it (a colon
/// and spaces between are fine), as a whole word, any case.
struct MentionKeywords {
  /// Lower-cased, as UTF-8, longest first so "part of" is tried before a shorter keyword it contains.
  private let keywords: [[UInt8]]

  init(_ keywords: [String]) {
    self.keywords = keywords.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
  }

  var isEmpty: Bool { keywords.isEmpty }

  /// The first mention that one of the keywords introduces, if any.
  func introduced(_ mentions: [IssueReference], in document: MarkdownDocument) -> IssueReference? {
    guard !keywords.isEmpty, !mentions.isEmpty else { return nil }
    var byPosition: [SourcePosition: IssueReference] = [:]
    for mention in mentions {
      if let position = mention.position, byPosition[position] == nil { byPosition[position] = mention }
    }
    for line in document.proseLines {
      let bytes = Array(line.text.utf8).map(\.asciiLowercased)
      for keyword in keywords {
        var start = 0
        while let found = Self.find(keyword, in: bytes, from: start) {
          start = found + 1
          let end = found + keyword.count
          guard found == 0 || !bytes[found - 1].isASCIIAlphanumeric,
            end < bytes.count, !bytes[end].isASCIIAlphanumeric
          else { continue }
          var next = end
          if bytes[next] == UInt8(ascii: ":") { next += 1 }
          while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") {
            next += 1
          }
          if let position = line.position(ofByte: next), let mention = byPosition[position] { return mention }
        }
      }
    }
    return nil
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
    for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
      if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
    }
    return nil
  }
}
