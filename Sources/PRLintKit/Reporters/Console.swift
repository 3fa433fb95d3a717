import Foundation

/// Writing to standard output and standard error: all of the text, or an error saying which stream
/// failed and why (a full disk, a closed descriptor, a reader gone with SIGPIPE ignored). Never a trap,
/// as `FileHandle.write(_:)` is, and never silence, as `print` is.
public enum Console {
  public struct WriteError: Error, Sendable, CustomStringConvertible {
    /// "standard output" or "standard error".
    public var stream: String
    public var reason: String

    public var description: String { "cannot write to \(stream) (\(reason)): expected room for prlint's output" }
  }

  public static func out(_ text: String) throws(WriteError) {
    try write(text, to: STDOUT_FILENO, stream: "standard output")
  }

  public static func error(_ text: String) throws(WriteError) {
    try write(text, to: STDERR_FILENO, stream: "standard error")
  }

  /// Bytes as they are, for output that is data rather than text (`prlint fix --stdout` prints the body
  /// the author wrote, invalid UTF-8 and all).
  public static func out(bytes: [UInt8]) throws(WriteError) {
    if let failure = bytes.withUnsafeBufferPointer({ write($0, to: STDOUT_FILENO) }) {
      throw WriteError(stream: "standard output", reason: String(cString: strerror(failure)).lowercased())
    }
  }

  static func write(_ text: String, to descriptor: Int32, stream: String) throws(WriteError) {
    var text = text
    if let failure = text.withUTF8({ write($0, to: descriptor) }) {
      throw WriteError(stream: stream, reason: String(cString: strerror(failure)).lowercased())
    }
  }

  /// Every byte, retrying where the system wrote part of them or was interrupted; the errno of a failure.
  private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }
}
