import Foundation

/// Typed reads of one object in an event payload. An absent field or JSON null is nil; any other
/// type is an input error naming the field (`pull_request.draft`), so a forged or broken payload is
/// refused with one clear line instead of being half-read (`"draft": "yes"` is not "not a draft").
struct JSONFields {
  let values: [String: Any]
  /// The object's path from the payload's root, e.g. `pull_request.base`; empty for the root.
  let path: String
  let source: String

  init(_ values: [String: Any], path: String, source: String) {
    self.values = values
    self.path = path
    self.source = source
  }

  func string(_ key: String) throws(InputError) -> String? {
    guard let value = try present(key) else { return nil }
    guard let string = value as? String else { throw wrongType(key, value, expected: "a string") }
    return string
  }

  func bool(_ key: String) throws(InputError) -> Bool? {
    guard let value = try present(key) else { return nil }
    // Foundation gives true and false as NSNumber of type char; 0 and 1 are numbers, not booleans.
    guard let number = value as? NSNumber, Self.isBoolean(number) else {
      throw wrongType(key, value, expected: "true or false")
    }
    return number.boolValue
  }

  /// A whole number of 0 or more (an id, a line or file count).
  func count(_ key: String) throws(InputError) -> Int? {
    guard let value = try present(key) else { return nil }
    guard let number = value as? NSNumber, !Self.isBoolean(number), let count = value as? Int, count >= 0 else {
      throw wrongType(key, value, expected: "a whole number of 0 or more")
    }
    return count
  }

  func object(_ key: String) throws(InputError) -> JSONFields? {
    guard let value = try present(key) else { return nil }
    guard let object = value as? [String: Any] else { throw wrongType(key, value, expected: "an object") }
    return JSONFields(object, path: qualified(key), source: source)
  }

  /// An array of objects, such as `labels`.
  func objects(_ key: String) throws(InputError) -> [JSONFields]? {
    guard let value = try present(key) else { return nil }
    guard let array = value as? [Any] else { throw wrongType(key, value, expected: "an array of objects") }
    var objects: [JSONFields] = []
    for (index, element) in array.enumerated() {
      guard let object = element as? [String: Any] else {
        throw wrongType("\(key)[\(index)]", element, expected: "an object")
      }
      objects.append(JSONFields(object, path: qualified("\(key)[\(index)]"), source: source))
    }
    return objects
  }

  /// The sum of two counts, or an error when it does not fit (a forged payload, not a real diff).
  func sum(_ first: String, _ second: String) throws(InputError) -> Int? {
    guard let left = try count(first), let right = try count(second) else { return nil }
    let (total, overflow) = left.addingReportingOverflow(right)
    guard !overflow else {
      throw InputError(source: source, "\(qualified(first)) + \(second) is too large: expected a diff's line count")
    }
    return total
  }

  private func present(_ key: String) throws(InputError) -> Any? {
    guard let value = values[key], !(value is NSNull) else { return nil }
    return value
  }

  private func wrongType(_ key: String, _ value: Any, expected: String) -> InputError {
    InputError(source: source, "\(qualified(key)) is \(Self.kind(of: value)): expected \(expected)")
  }

  private func qualified(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  private static func isBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
  }

  /// What a JSON value is, in words; never the value itself (it may be huge or hostile).
  private static func kind(of value: Any) -> String {
    switch value {
    case let number as NSNumber where isBoolean(number): "a boolean"
    case is NSNumber: "a number"
    case is String: "a string"
    case is [Any]: "an array"
    case is [String: Any]: "an object"
    default: "a JSON value"
    }
  }
}
