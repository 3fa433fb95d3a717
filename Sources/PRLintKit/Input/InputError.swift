import Foundation

/// A body that cannot be read or is not text: reported as `SOURCE: message`, exit code 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
  public var source: String
  public var message: String

  public init(source: String, _ message: String) {
    self.source = source
    self.message = message
  }

  public var description: String { "\(source): \(message)" }

  /// A short, stable reason for a failed read, without Foundation's long error text.
  static func reason(_ error: Error, path: String) -> String {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { return "is a directory, expected a file" }
      if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
      return "cannot be read"
    }
    return "no such file"
  }
}
