/// `JSONObjectReader` over a `JSONTree`: an audit record's fields without JSONDecoder. It reads only
/// what JSONDecoder would read the same way; for anything else (a wrong type, a count written `1.0`) it
/// throws `fallback`, and the caller reads the document again with JSONDecoder, whose error it reports.
struct JSONTreeFields: JSONObjectReader {
  /// Never shown: it only sends the document to JSONDecoder.
  static let fallback = InputError(source: "", "read again with JSONDecoder")

  private let tree: JSONTree
  private let index: Int

  /// The document's root, when it is an object.
  init?(root tree: JSONTree) {
    guard tree.nodes.first?.kind == .object else { return nil }
    self.init(tree, index: 0)
  }

  private init(_ tree: JSONTree, index: Int) {
    self.tree = tree
    self.index = index
  }

  func contains(_ key: String) -> Bool {
    tree.value(forKey: key, inObjectAt: index) != nil
  }

  func string(_ key: String) throws(InputError) -> String? {
    guard let value = try present(key, .string) else { return nil }
    return tree.string(at: value)
  }

  func bool(_ key: String) throws(InputError) -> Bool? {
    guard let value = tree.value(forKey: key, inObjectAt: index) else { return nil }
    switch tree.nodes[value].kind {
    case .null: return nil
    case .true: return true
    case .false: return false
    default: throw Self.fallback
    }
  }

  func count(_ key: String) throws(InputError) -> Int? {
    guard let value = try present(key, .number) else { return nil }
    guard let count = tree.plainCount(at: value) else { throw Self.fallback }
    return count
  }

  func object(_ key: String) throws(InputError) -> JSONTreeFields? {
    try present(key, .object).map { JSONTreeFields(tree, index: $0) }
  }

  func names(_ key: String, field: String) throws(InputError) -> [String]? {
    guard let array = try present(key, .array) else { return nil }
    var names: [String] = []
    for element in tree.elements(ofArrayAt: array) {
      switch tree.nodes[element].kind {
      case .string: names.append(tree.string(at: element))
      case .object:
        if let name = try JSONTreeFields(tree, index: element).string(field) { names.append(name) }
      default: throw Self.fallback
      }
    }
    return names
  }

  func objects<T>(_ key: String, _ read: (JSONTreeFields) throws(InputError) -> T?) throws(InputError) -> [T]? {
    guard let array = try present(key, .array) else { return nil }
    var values: [T] = []
    for element in tree.elements(ofArrayAt: array) {
      guard tree.nodes[element].kind == .object else { throw Self.fallback }
      if let value = try read(JSONTreeFields(tree, index: element)) { values.append(value) }
    }
    return values
  }

  /// The key alone: this reader's errors are never shown.
  func qualified(_ key: String) -> String {
    key
  }

  /// The node of `key`'s value when it is a `kind`; nil when absent or null, `fallback` for another kind.
  private func present(_ key: String, _ kind: JSONTree.Node.Kind) throws(InputError) -> Int? {
    guard let value = tree.value(forKey: key, inObjectAt: index), tree.nodes[value].kind != .null else { return nil }
    guard tree.nodes[value].kind == kind else { throw Self.fallback }
    return value
  }
}
