/// Typed reads of one JSON object while it is decoded (event payloads, audit records): an absent field or
/// JSON null is nil; any other type is an input error naming the field by its path (`pull_request.draft
/// is a string: expected true or false`), so a forged or broken payload is refused with one clear line
/// instead of being half-read. Errors never quote the value: it may be huge or hostile.
///
/// It reads through `Decodable` (for an audit record, only when `JSONTreeFields` declines, so that its
/// errors are these) and is used only inside an `init(from:)`, where the decoder's containers are valid;
/// `JSONDocument.decode` names the document in its errors.
struct JSONFields: JSONObjectReader {
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

  func bool(_ key: String) throws(InputError) -> Bool? {
    try read(key, expected: "true or false") { try container.decodeIfPresent(Bool.self, forKey: $0) }
  }

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

  func objects<T>(_ key: String, _ read: (JSONFields) throws(InputError) -> T?) throws(InputError) -> [T]? {
    let elements = try elements(key, expected: "an array") { array, index throws(InputError) -> T? in
      guard let object = try? array.nestedContainer(keyedBy: JSONKey.self) else {
        throw wrongType("\(key)[\(index)]", Self.kind(of: &array), expected: "an object")
      }
      return try read(JSONFields(object, path: qualified("\(key)[\(index)]")))
    }
    return elements?.compactMap { $0 }
  }

  func qualified(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
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
