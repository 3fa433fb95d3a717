/// Words kept as the UTF-8 bytes of the text they came from and the range of each, read as Strings.
///
/// A body has hundreds of words and most are never read one by one (rules count them or stop at
/// the first real one): a String and an array slot apiece were a tenth of an audit's instructions.
public struct WordList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  /// The texts words were taken from (whole, white space and all) or the words themselves.
  var storage: [UInt8] = []
  /// Each word's bytes in `storage`.
  var spans: [Range<Int>] = []

  public init() {}

  public init(_ words: some Sequence<String>) {
    for word in words { append(word) }
  }

  public init(arrayLiteral words: String...) {
    self.init(words)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { spans.count }

  public subscript(position: Int) -> String {
    String(decoding: storage[spans[position]], as: UTF8.self)
  }

  public mutating func append(_ word: String) {
    let start = storage.count
    storage.append(contentsOf: word.utf8)
    spans.append(start..<storage.count)
  }

  public mutating func append(contentsOf other: WordList) {
    guard !other.isEmpty else { return }
    // A section's words are usually one block's: share its buffers rather than copy them.
    guard !spans.isEmpty else {
      self = other
      return
    }
    let base = storage.count
    storage.append(contentsOf: other.storage)
    spans.append(contentsOf: other.spans.lazy.map { ($0.lowerBound + base)..<($0.upperBound + base) })
  }

  /// Equal when the words are, whatever text surrounded them.
  public static func == (lhs: WordList, rhs: WordList) -> Bool {
    lhs.count == rhs.count && lhs.elementsEqual(rhs)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for word in self { hasher.combine(word) }
  }
}
