/// Finds the first YAML anchor (`&name`) or alias (`*name`) in a configuration before Yams sees it.
///
/// Yams composes aliases by sharing nodes and then hashes every mapping key to find duplicates, so a
/// key that aliases a collection holding two aliases to the previous one costs 2^N (a 108 KB file
/// took 50 s). prlint's configurations do not use anchors; `extends` shares settings instead.
///
/// To miss none, this follows libyaml's scanner (scanner.c, `yaml_parser_fetch_next_token`) token
/// by token: the same indentation stack, flow level and simple key, so that quoted, block and plain
/// scalars and comments end where libyaml ends them, and a `*` or `&` counts only where libyaml
/// would start a token. It builds no values, and where libyaml would stop with an error it carries
/// on, since nothing past that point reaches Yams. One pass, each character read once.
struct YAMLAliasScan {
  /// The 1-based line and column (in characters, as libyaml counts) of the first anchor or alias.
  static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int)? {
    var scanner = YAMLAliasScan(bytes: Array(text.utf8))
    return scanner.run()
  }

  let bytes: [UInt8]
  /// Where the scanner is: byte offset, and libyaml's mark (characters read, 0-based line and column).
  var offset = 0
  var index = 0
  var line = 0
  var column = 0
  var flowLevel = 0
  var simpleKeyAllowed = true
  /// The block context's possible simple key (its mark): `key: value` decides indentation at the
  /// key's column once the `:` is seen. Flow levels keep keys too, but they never move indentation.
  var simpleKey: (index: Int, line: Int, column: Int)? = nil
  var indent = -1
  var indents: [Int] = []

  private mutating func run() -> (line: Int, column: Int)? {
    while true {
      skipToNextToken()
      unrollIndent(to: column)
      let start = offset
      let byte = self[0]
      if isEnd(0) { return nil }
      if column == 0 && byte == UInt8(ascii: "%") {
        // A directive (`%YAML 1.1`) is its whole line.
        resetAtDocumentBoundary()
        while !isBreakOrEnd(0) { skip() }
        skipLineBreak()
      } else if column == 0 && isDocumentIndicator() {
        resetAtDocumentBoundary()
        skip(3)
      } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
        saveSimpleKey()
        flowLevel += 1
        simpleKeyAllowed = true
        skip()
      } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
        removeSimpleKey()
        flowLevel = max(0, flowLevel - 1)
        simpleKeyAllowed = false
        skip()
      } else if byte == UInt8(ascii: ",") {
        removeSimpleKey()
        simpleKeyAllowed = true
        skip()
      } else if byte == UInt8(ascii: "-") && isBlankOrEnd(1) {
        rollIndent(to: column)
        removeSimpleKey()
        simpleKeyAllowed = true
        skip()
      } else if byte == UInt8(ascii: "?") && (flowLevel > 0 || isBlankOrEnd(1)) {
        rollIndent(to: column)
        removeSimpleKey()
        simpleKeyAllowed = flowLevel == 0
        skip()
      } else if byte == UInt8(ascii: ":") && (flowLevel > 0 || isBlankOrEnd(1)) {
        fetchValue()
      } else if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "&") {
        // libyaml refuses a `*` or `&` here that no name follows, so only a named one is an alias.
        if Self.isNameCharacter(self[1]) { return (line + 1, column + 1) }
        skip()
      } else if byte == UInt8(ascii: "!") {
        saveSimpleKey()
        simpleKeyAllowed = false
        scanTag()
      } else if (byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">")) && flowLevel == 0 {
        removeSimpleKey()
        simpleKeyAllowed = true
        scanBlockScalar()
      } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
        saveSimpleKey()
        simpleKeyAllowed = false
        scanQuotedScalar(single: byte == UInt8(ascii: "'"))
      } else if startsPlainScalar() {
        saveSimpleKey()
        simpleKeyAllowed = false
        scanPlainScalar()
      }
      // A character that starts no token is an error to libyaml; step over it.
      if offset == start { skip() }
    }
  }

  /// Spaces, comments and line breaks between tokens (`yaml_parser_scan_to_next_token`).
  private mutating func skipToNextToken() {
    while true {
      if column == 0 && self[0] == 0xEF && self[1] == 0xBB && self[2] == 0xBF { skip() }  // a byte order mark
      while self[0] == UInt8(ascii: " ") || ((flowLevel > 0 || !simpleKeyAllowed) && self[0] == UInt8(ascii: "\t")) {
        skip()
      }
      if self[0] == UInt8(ascii: "#") {
        while !isBreakOrEnd(0) { skip() }
      }
      guard isBreak(0) else { return }
      skipLineBreak()
      if flowLevel == 0 { simpleKeyAllowed = true }
    }
  }

  private mutating func fetchValue() {
    if let key = simpleKey, flowLevel == 0, key.line == line, key.index + 1024 >= index {
      rollIndent(to: key.column)
      simpleKey = nil
      simpleKeyAllowed = false
    } else {
      rollIndent(to: column)
      simpleKeyAllowed = flowLevel == 0
    }
    skip()
  }

  private mutating func resetAtDocumentBoundary() {
    unrollIndent(to: -1)
    removeSimpleKey()
    simpleKeyAllowed = false
  }

  private mutating func saveSimpleKey() {
    if flowLevel == 0 && simpleKeyAllowed { simpleKey = (index, line, column) }
  }

  private mutating func removeSimpleKey() {
    if flowLevel == 0 { simpleKey = nil }
  }

  private mutating func rollIndent(to column: Int) {
    guard flowLevel == 0, indent < column else { return }
    indents.append(indent)
    indent = column
  }

  /// Indentation closes only in the block context: not even `---` or `...` ends a flow collection.
  private mutating func unrollIndent(to column: Int) {
    guard flowLevel == 0 else { return }
    while indent > column { indent = indents.popLast() ?? -1 }
  }

  /// What may start a plain scalar: anything but blanks and indicators, or `-`, `?` and `:` before text.
  private func startsPlainScalar() -> Bool {
    let byte = self[0]
    if byte == UInt8(ascii: "-") { return !isBlank(1) }
    if byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":") { return flowLevel == 0 && !isBlankOrEnd(1) }
    return !isBlankOrEnd(0) && !Self.indicators.contains(byte)
  }

  private static let indicators = Set(",[]{}#&*!|>'\"%@`".utf8)

  /// ASCII letters, digits, `_` and `-`: what libyaml reads as an anchor's name.
  static func isNameCharacter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"), UInt8(ascii: "-"):
      true
    default: false
    }
  }
}
