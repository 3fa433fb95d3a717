import PRLintMarkdown

/// Where a result's source is, for formats that name a file (SARIF, Code Quality, annotations).
/// Standard input has no path, so it gets a stable pseudo-name: findings keep matching across runs.
enum ArtifactPath {
  static let standardInput = "prlint-stdin.md"

  /// The source as a path: standard input gets its pseudo-name.
  static func path(_ source: String) -> String {
    source == BodyReader.standardInputName ? standardInput : source
  }

  /// A SARIF `artifactLocation.uri`: a relative reference for a relative path, a `file://` URI for an
  /// absolute one; characters outside RFC 3986's unreserved set and `/` are percent-encoded.
  static func uri(_ source: String) -> String {
    let path = path(source)
    var encoded = ""
    for byte in path.utf8 {
      if byte.isASCIIAlphanumeric || "-._~/".utf8.contains(byte) {
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        encoded += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }
}
