import Foundation

/// Reads PR bodies from files and standard input, refusing what is not Markdown text.
public enum BodyReader {
  /// Far above GitHub's 65,536-character cap; beyond it prlint stops rather than use unbounded memory.
  public static let maximumBytes = 16 * 1024 * 1024

  public static let standardInputName = "<stdin>"

  public static func read(path: String) throws(InputError) -> String {
    try decode(readData(path: path, expected: "a Markdown file"), source: path)
  }

  /// The bytes of a regular file of at most `maximumBytes`; `expected` names what it should be.
  static func readData(path: String, expected: String) throws(InputError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError(source: path, "no such file")
    }
    guard !isDirectory.boolValue else { throw InputError(source: path, "is a directory, expected \(expected)") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InputError(source: path, "cannot be read: permission denied")
    }
    defer { try? handle.close() }
    return try readAll(handle, source: path)
  }

  public static func readStandardInput() throws(InputError) -> String {
    let data = try readAll(FileHandle.standardInput, source: standardInputName)
    guard !data.isEmpty else {
      throw InputError(
        source: standardInputName, "no input: expected a PR body on standard input (or a FILE argument)")
    }
    return try decode(data, source: standardInputName)
  }

  private static func readAll(_ handle: FileHandle, source: String) throws(InputError) -> Data {
    var data = Data()
    do {
      while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        data.append(chunk)
        if data.count > maximumBytes {
          throw InputError(
            source: source, "is larger than \(maximumBytes / (1024 * 1024)) MiB: expected a PR description")
        }
      }
    } catch let error as InputError {
      throw error
    } catch {
      throw InputError(source: source, "cannot be read")
    }
    return data
  }

  /// Text is UTF-8; a NUL byte means a binary file. Invalid UTF-8 sequences become U+FFFD.
  static func decode(_ data: Data, source: String) throws(InputError) -> String {
    if let offset = data.firstIndex(of: 0) {
      throw InputError(
        source: source,
        "looks like a binary file (NUL byte at offset \(offset - data.startIndex)): expected Markdown text")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
