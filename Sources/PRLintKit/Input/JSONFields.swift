/// Typed reads of one JSON object while it is decoded (event payloads, audit records): an absent field or
/// JSON null is nil; any other type is an input error naming the field by its path (`pull_request.draft
/// is a string: expected true or false`), so a forged or broken payload is refused with one clear line
/// instead of being half-read. Errors never quote the value: it may be huge or hostile.
///
/// It reads through `Decodable` (JSONDecoder is the fast path of an audit) and is used only inside an
/// `init(from:)`, where the decoder's containers are valid; `JSONDocument.decode` names the document
/// in its errors.
struct JSONFields {
  private let container: KeyedDecodingContainer<JSONKey>
  /// The object's path from the document's root, e.g. `pull_request.base`; empty for the root.
  let path: String

  /// The document's root object.
  init(root decoder: any Decoder) throws(InputError) {
    do {
      container = try decoder.container(keyedBy: JSONKey.self)
    } catch {
      throw JSONDocument.notAnObject
    }
    path = ""
  }

  private init(_ container: KeyedDecodingContainer<JSONKey>, path: String) {
    self.container = container
    self.path = path
  }

  func contains(_ key: String) -> Bool {
    container.contains(JSONKey(key))
  }

  func string(_ key: String) throws(InputError) -> String? {
    try read(key, expected: "a string") { try container.decodeIfPresent(String.self, forKey: $0) }
  }

  /// A PR description: a string of at most `BodyReader.maximumBytes`, the limit of a body read any
  /// other way (a payload's JSON escapes would otherwise let a body six times as large through).
  func description(_ key: String) throws(InputError) -> String? {
    guard let text = try string(key) else { return nil }
    guard text.utf8.count <= BodyReader.maximumBytes else {
      let limit = BodyReader.describe(bytes: BodyReader.maximumBytes)
      throw JSONDocument.failure("\(qualified(key)) is larger than \(limit), prlint's limit: expected a PR description")
    }
    return text
  }

  func bool(_ key: String) throws(InputError) -> Bool? {
    try read(key, expected: "true or false") { try container.decodeIfPresent(Bool.self, forKey: $0) }
  }

  /// A whole number of 0 or more (an id, a line or file count).
  func count(_ key: String) throws(InputError) -> Int? {
    let expected = "a whole number of 0 or more"
    guard let value = try read(key, expected: expected, { try container.decodeIfPresent(Int.self, forKey: $0) })
    else { return nil }
    guard value >= 0 else { throw JSONDocument.failure("\(qualified(key)) is a number: expected \(expected)") }
    return value
  }

  func object(_ key: String) throws(InputError) -> JSONFields? {
    let nested = try read(key, expected: "an object") { codingKey -> KeyedDecodingContainer<JSONKey>? in
      guard container.contains(codingKey), try !container.decodeNil(forKey: codingKey) else { return nil }
      return try container.nestedContainer(keyedBy: JSONKey.self, forKey: codingKey)
    }
    return nested.map { JSONFields($0, path: qualified(key)) }
  }

  /// An array whose elements are strings or objects with a string `field` (`labels`: names, or
  /// `{"name": …}`); an object without the field names nothing.
  func names(_ key: String, field: String) throws(InputError) -> [String]? {
    let elements = try elements(key, expected: "an array") { array, index throws(InputError) -> String? in
      if let name = try? array.decode(String.self) { return name }
      guard let object = try? array.nestedContainer(keyedBy: JSONKey.self) else {
        throw wrongType("\(key)[\(index)]", Self.kind(of: &array), expected: "a string or an object")
      }
      return try JSONFields(object, path: qualified("\(key)[\(index)]")).string(field)
    }
    return elements?.compactMap { $0 }
  }

  /// `gh pr view --json closingIssuesReferences`: objects with a `number` (and `repository`), as `#N`
  /// or `OWNER/REPO#N` when the repository is named.
  func issueNumbers(_ key: String) throws(InputError) -> [String] {
    let elements = try elements(key, expected: "an array") { array, index throws(InputError) -> String? in
      guard let object = try? array.nestedContainer(keyedBy: JSONKey.self) else {
        throw wrongType("\(key)[\(index)]", Self.kind(of: &array), expected: "an object")
      }
      let issue = JSONFields(object, path: qualified("\(key)[\(index)]"))
      guard let number = try issue.count("number") else { return nil }
      let repository = try issue.object("repository")
      if let name = try repository?.string("name"), let owner = try repository?.object("owner")?.string("login") {
        return "\(owner)/\(name)#\(number)"
      }
      return "#\(number)"
    }
    return elements?.compactMap { $0 } ?? []
  }

  /// The sum of two counts (either alone when the other is missing), or an error when it does not fit
  /// (a forged payload, not a real diff).
  func sum(_ first: String, _ second: String) throws(InputError) -> Int? {
    let left = try count(first)
    let right = try count(second)
    guard let left, let right else { return left ?? right }
    let (total, overflow) = left.addingReportingOverflow(right)
    guard !overflow else {
      throw JSONDocument.failure("\(qualified(first)) + \(second) is too large: expected a diff's line count")
    }
    return total
  }

  // MARK: - Reading

  private func read<T>(
    _ key: String, expected: String, _ decode: (JSONKey) throws -> T?
  ) throws(InputError) -> T? {
    let codingKey = JSONKey(key)
    do {
      return try decode(codingKey)
    } catch {
      // JSONDecoder checks a string's escapes only when the string is read: a value that decodes as
      // nothing at all is a syntax error, which the document reports with its place.
      guard let kind = kind(ofValueAt: codingKey) else { throw JSONDocument.unreadable }
      throw wrongType(key, kind, expected: expected)
    }
  }

  private func elements<T>(
    _ key: String, expected: String, _ element: (inout UnkeyedDecodingContainer, Int) throws(InputError) -> T
  ) throws(InputError) -> [T]? {
    let codingKey = JSONKey(key)
    guard container.contains(codingKey), (try? container.decodeNil(forKey: codingKey)) == false else { return nil }
    guard var array = try? container.nestedUnkeyedContainer(forKey: codingKey) else {
      throw wrongType(key, kind(ofValueAt: codingKey) ?? "not readable", expected: expected)
    }
    var values: [T] = []
    while !array.isAtEnd {
      values.append(try element(&array, values.count))
    }
    return values
  }

  private func wrongType(_ key: String, _ kind: String, expected: String) -> InputError {
    JSONDocument.failure("\(qualified(key)) is \(kind): expected \(expected)")
  }

  private func qualified(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  // MARK: - What a value is, in words (only on the error path)

  private func kind(ofValueAt key: JSONKey) -> String? {
    if (try? container.decode(Bool.self, forKey: key)) != nil { return "a boolean" }
    if (try? container.decode(Double.self, forKey: key)) != nil { return "a number" }
    if (try? container.decode(String.self, forKey: key)) != nil { return "a string" }
    if (try? container.nestedUnkeyedContainer(forKey: key)) != nil { return "an array" }
    if (try? container.nestedContainer(keyedBy: JSONKey.self, forKey: key)) != nil { return "an object" }
    return nil
  }

  /// The kind of an array's current element; the element is not consumed unless it is a scalar.
  private static func kind(of array: inout UnkeyedDecodingContainer) -> String {
    if (try? array.decode(Bool.self)) != nil { return "a boolean" }
    if (try? array.decode(Double.self)) != nil { return "a number" }
    if (try? array.decode(String.self)) != nil { return "a string" }
    if (try? array.nestedUnkeyedContainer()) != nil { return "an array" }
    return "a JSON value"
  }
}

/// Any key of a JSON object.
struct JSONKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }

  init(_ string: String) {
    stringValue = string
  }

  init?(stringValue: String) {
    self.stringValue = stringValue
  }

  init?(intValue: Int) {
    nil
  }
}
