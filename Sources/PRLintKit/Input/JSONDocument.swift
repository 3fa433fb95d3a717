import Foundation

/// Parses a JSON file, turning Foundation's "around character N" into `file:line:column`.
enum JSONDocument {
  static func parse(_ data: Data, source: String, expected: String) throws(InputError) -> Any {
    do {
      return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
      let location = characterOffset(in: detail).map { position(ofByte: $0, in: data) }
      let place = location.map { "\(source):\($0.line):\($0.column)" } ?? source
      var reason = (detail.split(separator: " around").first.map(String.init) ?? detail).lowercased()
      while reason.hasSuffix(".") { reason.removeLast() }
      throw InputError(source: place, "invalid JSON (\(reason)): expected \(expected)")
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
