/// The tokens whose text may hold a `*` or `&` that is no alias: scalars and tags, each ended where
/// libyaml's scanner ends it (`yaml_parser_scan_plain_scalar`, `_flow_scalar`, `_block_scalar`,
/// `_tag`). Their values are not built, and a malformed one just ends, as libyaml stops there.
extension YAMLAliasScan {
  mutating func scanPlainScalar() {
    let continuationColumn = indent + 1
    var leadingBlanks = false
    while true {
      if column == 0 && isDocumentIndicator() { break }
      if self[0] == UInt8(ascii: "#") { break }
      while !isBlankOrEnd(0) {
        let byte = self[0]
        if byte == UInt8(ascii: ":") && isBlankOrEnd(1) { break }
        if flowLevel > 0 && Self.flowIndicators.contains(byte) { break }
        leadingBlanks = false
        skip()
      }
      guard isBlank(0) || isBreak(0) else { break }
      while isBlank(0) || isBreak(0) {
        if isBlank(0) {
          skip()
        } else {
          skipLineBreak()
          leadingBlanks = true
        }
      }
      // In the block context a continuation line must be indented past the enclosing collection.
      if flowLevel == 0 && column < continuationColumn { break }
    }
    if leadingBlanks { simpleKeyAllowed = true }
  }

  private static let flowIndicators = Set(",[]{}".utf8)

  /// `'...'` with `''` for a quote, or `"..."` with backslash escapes; either may span lines.
  mutating func scanQuotedScalar(single: Bool) {
    let quote = self[0]
    skip()
    while true {
      if column == 0 && isDocumentIndicator() || isEnd(0) { return }
      while !isBlankOrEnd(0) {
        let byte = self[0]
        if single && byte == quote && self[1] == quote {
          skip(2)
        } else if byte == quote {
          break
        } else if !single && byte == UInt8(ascii: "\\") && isBreak(1) {
          skip()
          skipLineBreak()
          break
        } else if !single && byte == UInt8(ascii: "\\") {
          skip(2)  // the escaped character; any hex digits after it are ordinary text here
        } else {
          skip()
        }
      }
      if self[0] == quote { break }
      while isBlank(0) || isBreak(0) {
        if isBlank(0) { skip() } else { skipLineBreak() }
      }
    }
    skip()
  }

  /// `|` or `>`, optional chomping and indentation indicators, then the lines indented at least as
  /// far as the first non-empty one (or the indicator says), and past the enclosing collection.
  mutating func scanBlockScalar() {
    skip()
    var increment = 0
    if self[0] == UInt8(ascii: "+") || self[0] == UInt8(ascii: "-") {
      skip()
      if isDigit(0) {
        if self[0] == UInt8(ascii: "0") { return }
        increment = Int(self[0] - UInt8(ascii: "0"))
        skip()
      }
    } else if isDigit(0) {
      if self[0] == UInt8(ascii: "0") { return }
      increment = Int(self[0] - UInt8(ascii: "0"))
      skip()
      if self[0] == UInt8(ascii: "+") || self[0] == UInt8(ascii: "-") { skip() }
    }
    while isBlank(0) { skip() }
    if self[0] == UInt8(ascii: "#") {
      while !isBreakOrEnd(0) { skip() }
    }
    guard isBreakOrEnd(0) else { return }
    skipLineBreak()
    var contentColumn = increment == 0 ? 0 : (indent >= 0 ? indent + increment : increment)
    guard skipBlockScalarBreaks(&contentColumn) else { return }
    while column == contentColumn && !isEnd(0) {
      while !isBreakOrEnd(0) { skip() }
      skipLineBreak()
      guard skipBlockScalarBreaks(&contentColumn) else { return }
    }
  }

  /// Indentation and empty lines; fixes the content's column from the first non-empty line when no
  /// indicator did. False on a tab where indentation was due, which libyaml refuses.
  private mutating func skipBlockScalarBreaks(_ contentColumn: inout Int) -> Bool {
    var deepest = 0
    while true {
      while (contentColumn == 0 || column < contentColumn) && self[0] == UInt8(ascii: " ") { skip() }
      deepest = max(deepest, column)
      if (contentColumn == 0 || column < contentColumn) && self[0] == UInt8(ascii: "\t") { return false }
      guard isBreak(0) else { break }
      skipLineBreak()
    }
    if contentColumn == 0 { contentColumn = max(deepest, indent + 1, 1) }
    return true
  }

  /// `!`, `!!str`, `!handle!suffix` or `!<verbatim>`: a run of URI characters, which include `*` and `&`.
  mutating func scanTag() {
    if self[1] == UInt8(ascii: "<") {
      skip(2)
      while Self.isURICharacter(self[0], verbatim: true) { skip() }
      if self[0] == UInt8(ascii: ">") { skip() }
    } else {
      skip()
      while Self.isURICharacter(self[0], verbatim: false) { skip() }
    }
  }

  private static let uriPunctuation = Set(";/?:@&=+$.%!~*'()".utf8)
  private static let verbatimPunctuation = Set(",[]".utf8)

  private static func isURICharacter(_ byte: UInt8, verbatim: Bool) -> Bool {
    isNameCharacter(byte) || uriPunctuation.contains(byte) || (verbatim && verbatimPunctuation.contains(byte))
  }
}
