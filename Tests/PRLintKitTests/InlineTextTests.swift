import Testing

@testable import PRLintMarkdown

/// `InlineText`: a block's flattened text; code spans are looked up by the offset of their separator.
struct InlineTextTests {
  @Test func eachSpanIsFoundAtItsSeparatorAndNowhereElse() {
    var inline = InlineText()
    var offsets: [Int: String] = [:]
    for index in 0..<20 {
      inline.append("word \(index) ", at: nil)
      offsets[inline.text.utf8.count] = "code\(index)"
      inline.appendCode("code\(index)", at: nil)
    }
    for offset in 0...inline.text.utf8.count {
      #expect(inline.codeSpan(atByte: offset) == offsets[offset], "offset \(offset)")
    }
  }
}
