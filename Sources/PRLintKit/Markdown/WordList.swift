/// Words kept as one buffer of their UTF-8 bytes and the offset where each ends, read as Strings.
///
/// A body has hundreds of words and most are never read one by one (rules count them or stop at
/// the first real one): a String and an array slot apiece were a tenth of an audit's instructions.
public struct WordList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  private var bytes: [UInt8] = []
  private var ends: [Int] = []

  public init() {}

  public init(_ words: some Sequence<String>) {
    for word in words { append(word) }
  }

  public init(arrayLiteral words: String...) {
    self.init(words)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { ends.count }

  public subscript(position: Int) -> String {
    let start = position == 0 ? 0 : ends[position - 1]
    return String(decoding: bytes[start..<ends[position]], as: UTF8.self)
  }

  public mutating func append(_ word: String) {
    bytes.append(contentsOf: word.utf8)
    ends.append(bytes.count)
  }

  mutating func append(utf8 word: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: word)
    ends.append(bytes.count)
  }

  public mutating func append(contentsOf other: WordList) {
    guard !other.isEmpty else { return }
    let base = bytes.count
    bytes.append(contentsOf: other.bytes)
    ends.append(contentsOf: other.ends.lazy.map { $0 + base })
  }
}
