/// ASCII byte classes for the byte-level fast paths of this target and of the engine, written once.
/// On an ASCII byte each says what the `Character` property named in its comment says of that
/// character; a byte of 0x80 or more is in no class and is lower-cased to itself.
///
/// `@inlinable`: the engine (another module) calls them on every byte of a body, where a call each
/// would cost more than the comparison.
extension UInt8 {
  /// `0`–`9` (`isASCII && isNumber`).
  @inlinable package var isASCIIDigit: Bool {
    self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")
  }

  /// `A`–`Z`, `a`–`z` (`isASCII && isLetter`).
  @inlinable package var isASCIILetter: Bool {
    (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
  }

  /// `[A-Za-z0-9]` (`isASCII && (isLetter || isNumber)`).
  @inlinable package var isASCIIAlphanumeric: Bool {
    isASCIILetter || isASCIIDigit
  }

  /// Space and U+0009–U+000D: tab, line feed, vertical tab, form feed, carriage return
  /// (`isASCII && isWhitespace`).
  @inlinable package var isASCIIWhitespace: Bool {
    self == UInt8(ascii: " ") || (self >= 0x09 && self <= 0x0D)
  }

  /// `A`–`Z` made `a`–`z`; every other byte as it is.
  @inlinable package var asciiLowercased: UInt8 {
    self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self + 32 : self
  }
}
