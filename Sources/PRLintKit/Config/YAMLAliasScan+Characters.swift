/// Reading characters as libyaml's scanner does: looking ahead by bytes (its `CHECK_AT`), moving by
/// whole UTF-8 characters, and counting lines at CR, LF, CR LF, NEL, LS and PS.
extension YAMLAliasScan {
  /// The byte `ahead` bytes on, or 0 past the end (libyaml ends its buffer with NUL, and refuses a NUL
  /// in the text itself, so scanning no further than one is never too little).
  subscript(_ ahead: Int) -> UInt8 {
    offset + ahead < bytes.count ? bytes[offset + ahead] : 0
  }

  func isEnd(_ ahead: Int) -> Bool { self[ahead] == 0 }

  func isBlank(_ ahead: Int) -> Bool { self[ahead] == UInt8(ascii: " ") || self[ahead] == UInt8(ascii: "\t") }

  func isDigit(_ ahead: Int) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self[ahead]) }

  func isBreak(_ ahead: Int) -> Bool {
    switch self[ahead] {
    case UInt8(ascii: "\r"), UInt8(ascii: "\n"): true
    case 0xC2: self[ahead + 1] == 0x85  // NEL
    case 0xE2: self[ahead + 1] == 0x80 && (self[ahead + 2] == 0xA8 || self[ahead + 2] == 0xA9)  // LS, PS
    default: false
    }
  }

  func isBreakOrEnd(_ ahead: Int) -> Bool { isBreak(ahead) || isEnd(ahead) }

  func isBlankOrEnd(_ ahead: Int) -> Bool { isBlank(ahead) || isBreakOrEnd(ahead) }

  /// `---` or `...` at the start of a line, alone or before a blank.
  func isDocumentIndicator() -> Bool {
    let byte = self[0]
    guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
    return self[1] == byte && self[2] == byte && isBlankOrEnd(3)
  }

  /// Moves past `count` characters on the current line.
  mutating func skip(_ count: Int = 1) {
    for _ in 0..<count where offset < bytes.count {
      offset += Self.width(of: bytes[offset])
      index += 1
      column += 1
    }
  }

  /// Moves past a line break (CR LF is one), if there is one.
  mutating func skipLineBreak() {
    guard isBreak(0) else { return }
    if self[0] == UInt8(ascii: "\r") && self[1] == UInt8(ascii: "\n") {
      offset += 2
      index += 2
    } else {
      offset += Self.width(of: self[0])
      index += 1
    }
    line += 1
    column = 0
  }

  private static func width(of leadByte: UInt8) -> Int {
    switch leadByte {
    case ..<0x80: 1
    case 0xC0..<0xE0: 2
    case 0xE0..<0xF0: 3
    case 0xF0..<0xF8: 4
    default: 1
    }
  }
}
