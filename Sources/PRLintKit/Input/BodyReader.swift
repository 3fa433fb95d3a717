import Foundation

/// Reads PR bodies from files and standard input, refusing what is not Markdown text.
public enum BodyReader {
  /// The most prlint reads as a PR body, from a file, standard input, an event or an audit record:
  /// GitLab's own cap on a description (1 MiB), four times GitHub's (65,536 characters, at most 256 KiB
  /// of UTF-8). It bounds memory: libcmark needs up to ~210 bytes a byte (a body of `[`), so ~220 MB.
  /// Beyond it prlint stops reading and says so, rather than use unbounded memory on a pipe or device.
  public static let maximumBytes = 1 << 20

  /// The most prlint reads as an event payload or one audit record: a maximal body with JSON's escapes
  /// and the rest of a PR object. Decoding one costs ~15 bytes a byte.
  public static let maximumJSONBytes = 4 << 20

  public static let standardInputName = "<stdin>"

  /// What a body file should be, for messages.
  static let expectedMarkdown = "a Markdown file"

  public static func read(path: String) throws(InputError) -> String {
    try decode(readData(path: path, expected: expectedMarkdown), source: path)
  }

  /// The bytes of the file at `path`, at most `limit` of them; `expected` names what it should be.
  /// A named pipe is read like a file (`prlint <(gh pr view …)`), and waits for its writer as `cat` does.
  /// A repository's own files (configuration, PR template) must be regular files: git commits symlinks,
  /// and one to `/dev/stdin` or a FIFO would swallow the piped body or wait forever.
  public static func readData(path: String, expected: String, limit: Int = maximumBytes, regularFileOnly: Bool = false)
    throws(InputError) -> Data
  {
    if regularFileOnly {
      var status = stat()
      if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
        throw InputError(source: path, "is not a regular file (a device, pipe or socket): expected \(expected)")
      }
    }
    let handle = try open(path: path, expected: expected)
    defer { try? handle.close() }
    return try readAll(handle, source: path, expected: expected, limit: limit)
  }

  /// The file at `path`, open for reading (to read in chunks); `expected` names what it should be.
  public static func open(path: String, expected: String) throws(InputError) -> FileHandle {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError(source: path, "no such file: expected \(expected)")
    }
    guard !isDirectory.boolValue else { throw InputError(source: path, "is a directory: expected \(expected)") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InputError(source: path, "cannot be read (permission denied): expected \(expected)")
    }
    return handle
  }

  public static func readStandardInput() throws(InputError) -> String {
    try decode(readStandardInputBody(), source: standardInputName)
  }

  /// Standard input's bytes as a PR body: some bytes, at most `maximumBytes`.
  static func readStandardInputBody() throws(InputError) -> Data {
    let data = try readStandardInputData(expected: "a PR description")
    guard !data.isEmpty else {
      throw InputError(
        source: standardInputName, "no input: expected a PR body on standard input (or a FILE argument)")
    }
    return data
  }

  /// Standard input's bytes, at most `maximumBytes` of them.
  public static func readStandardInputData(expected: String) throws(InputError) -> Data {
    try readAll(FileHandle.standardInput, source: standardInputName, expected: expected, limit: maximumBytes)
  }

  /// Reads in chunks and stops one chunk past `limit`, so an endless input costs bounded memory.
  private static func readAll(_ handle: FileHandle, source: String, expected: String, limit: Int)
    throws(InputError) -> Data
  {
    var data = Data()
    do {
      while let chunk = try handle.read(upToCount: min(1 << 20, limit + 1)), !chunk.isEmpty {
        data.append(chunk)
        if data.count > limit {
          throw InputError(
            source: source, "is larger than \(describe(bytes: limit)), prlint's limit: expected \(expected)")
        }
      }
    } catch let error as InputError {
      throw error
    } catch {
      throw InputError(source: source, "cannot be read (\(describe(error))): expected \(expected)")
    }
    return data
  }

  /// `16 MiB`, `1 MiB`, `64 KiB`: limits are powers of two.
  static func describe(bytes: Int) -> String {
    bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
  }

  /// The system's few words for a read failure ("Input/output error"), not Foundation's long text.
  private static func describe(_ error: any Error) -> String {
    var error = error as NSError
    if error.domain != NSPOSIXErrorDomain, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
      error = underlying
    }
    guard error.domain == NSPOSIXErrorDomain, error.code > 0, let text = strerror(Int32(error.code)) else {
      return "read error"
    }
    return String(cString: text).lowercased()
  }

  /// Text is UTF-8; a NUL byte means a binary file. Invalid UTF-8 sequences become U+FFFD.
  static func decode(_ data: Data, source: String) throws(InputError) -> String {
    // memchr on the bytes: Data's subscript, a byte at a time, checks exclusive access on every one.
    let nul = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int? in
      guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
      return base.distance(to: UnsafeRawPointer(found))
    }
    if let offset = nul {
      throw InputError(
        source: source, "looks like a binary file (NUL byte at offset \(offset)): expected Markdown text")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
