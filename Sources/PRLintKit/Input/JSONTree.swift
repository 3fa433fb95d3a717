/// A JSON document parsed by `JSONTreeParser`: one flat array of nodes over the document's bytes, in
/// document order. Strings and numbers are not converted until read; an object's children are its keys
/// and values, alternating.
final class JSONTree: Sendable {
  struct Node: Sendable {
    enum Kind: UInt8, Sendable {
      case null, `true`, `false`, number, string, array, object
    }

    var kind: Kind
    /// A string's escapes are decoded only when it is read; most strings have none.
    var hasEscapes = false
    /// The bytes of a string (between its quotes) or a number.
    var start = 0
    var end = 0
    /// The index of the node after this one's subtree: its next sibling.
    var next = 0
  }

  let bytes: [UInt8]
  let nodes: [Node]

  init(bytes: [UInt8], nodes: [Node]) {
    self.bytes = bytes
    self.nodes = nodes
  }

  /// The indices of an array's elements.
  func elements(ofArrayAt index: Int) -> [Int] {
    var elements: [Int] = []
    var child = index + 1
    while child < nodes[index].next {
      elements.append(child)
      child = nodes[child].next
    }
    return elements
  }

  /// The value of `key` in the object at `index`. Keys are ASCII without escapes (the parser makes sure).
  func value(forKey key: String, inObjectAt index: Int) -> Int? {
    let end = nodes[index].next
    var child = index + 1
    var key = key
    return key.withUTF8 { key in
      bytes.withUnsafeBufferPointer { bytes in
        while child < end {
          let node = nodes[child]
          if node.end - node.start == key.count,
            key.indices.allSatisfy({ bytes[node.start + $0] == key[$0] })
          {
            return child + 1
          }
          child = nodes[child + 1].next
        }
        return nil
      }
    }
  }

  /// The text of the string at `index`, its escapes decoded.
  func string(at index: Int) -> String {
    let node = nodes[index]
    return bytes.withUnsafeBufferPointer { bytes in
      let raw = UnsafeBufferPointer(rebasing: bytes[node.start..<node.end])
      guard node.hasEscapes else { return String(decoding: raw, as: UTF8.self) }
      return JSONStringEscapes.decode(raw)
    }
  }

  /// The number at `index` when it is written as a whole number of 0 or more that fits an `Int`
  /// (`0`, `42`); nil for every other form (`-1`, `1.0`, `1e2`, too large), which JSONDecoder may read
  /// differently.
  func plainCount(at index: Int) -> Int? {
    let node = nodes[index]
    var value = 0
    for position in node.start..<node.end {
      let digit = bytes[position] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = shifted.addingReportingOverflow(Int(digit))
      guard !overflow, !carry else { return nil }
      value = sum
    }
    return value
  }
}
