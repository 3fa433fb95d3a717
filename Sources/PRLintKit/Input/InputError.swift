/// A body that cannot be read or is not text: reported as `SOURCE: message`, exit code 2.
public struct InputError: Error, Sendable, CustomStringConvertible {
  public var source: String
  public var message: String

  public init(source: String, _ message: String) {
    self.source = source
    self.message = message
  }

  public var description: String { "\(source): \(message)" }
}
