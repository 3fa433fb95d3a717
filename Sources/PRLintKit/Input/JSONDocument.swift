import Foundation

/// Decodes a JSON document into a type that reads itself with `JSONFields`, turning every failure into
/// one `InputError`: a syntax error as `source:line:column: invalid JSON (…)`, a field of the wrong type
/// by its path.
enum JSONDocument {
  /// Thrown by `JSONFields` for a value that is not valid JSON (a bad escape inside a string).
  static let unreadable = InputError(source: "", "not valid JSON")
  /// An error in the document being decoded, which `decode` names.
  static func failure(_ message: String) -> InputError {
    InputError(source: "", message)
  }

  /// Thrown by `JSONFields` when the document is not an object.
  static let notAnObject = InputError(source: "", "not a JSON object")

  static func decode<T: Decodable>(
    _ type: T.Type, from data: Data, source: String, expected: String, decoder: JSONDecoder = JSONDecoder()
  ) throws(InputError) -> T {
    do {
      return try decoder.decode(type, from: data)
    } catch let error as InputError where error.message == notAnObject.message {
      throw InputError(source: source, "is not a JSON object: expected \(expected)")
    } catch let error as InputError where error.message != unreadable.message {
      throw InputError(source: source, error.message)
    } catch {
      throw syntaxError(in: data, source: source, expected: expected)
    }
  }

  /// Foundation's JSONSerialization says where a document goes wrong ("around line 3, column 7");
  /// asked only once decoding has failed.
  private static func syntaxError(in data: Data, source: String, expected: String) -> InputError {
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      return InputError(source: source, "is not a JSON object: expected \(expected)")
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
      let location = characterOffset(in: detail).map { position(ofByte: $0, in: data) }
      let place = location.map { "\(source):\($0.line):\($0.column)" } ?? source
      var reason = (detail.split(separator: " around").first.map(String.init) ?? detail).lowercased()
      while reason.hasSuffix(".") { reason.removeLast() }
      return InputError(source: place, "invalid JSON (\(reason)): expected \(expected)")
    }
  }

  private static func characterOffset(in detail: String) -> Int? {
    guard let range = detail.range(of: "character ") else { return nil }
    return Int(detail[range.upperBound...].prefix { $0.isNumber })
  }

  /// 1-based line and column (in bytes) of a byte offset.
  private static func position(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for (index, byte) in data.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return (line, offset - lineStart + 1)
  }
}
