import Foundation

/// Report files (`--format NAME=PATH`, `--output-file`), written whole or not at all. Each report goes
/// to a temporary file beside its destination (`.NAME.prlint-XXXXXX`, so the rename stays on one file
/// system); `commit` renames them all over their destinations only once every one is complete, and
/// `discard` (also on deinit) removes what is left, so a failed run leaves neither a truncated report
/// nor a temporary file, and the previous reports stay as they were.
///
/// A symlink at a destination is replaced by the report, not written through. The destination's
/// directory must exist: it is not created.
public final class ReportFiles {
  private struct Staged {
    var path: String
    var temporary: String
    var descriptor: Int32
  }

  private var staged: [Staged] = []

  public init() {}

  deinit { discard() }

  /// Opens the temporary file for `path`; returns its number, for `write`.
  public func create(for path: String) throws(OutputFile.Failure) -> Int {
    var status = stat()
    if path.hasSuffix("/") || (stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR) {
      throw OutputFile.Failure(description: "\(path): is a directory: expected a file path for the report")
    }
    let url = URL(fileURLWithPath: path)
    let directory = path.contains("/") ? url.deletingLastPathComponent().path : "."
    var template = Array((directory + "/." + url.lastPathComponent + ".prlint-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw Self.failure(path, errno) }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    // mkstemp makes the file private (0600); a report is as readable as any file the user creates.
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    staged.append(Staged(path: path, temporary: temporary, descriptor: descriptor))
    return staged.count - 1
  }

  /// Appends `text` to the temporary file numbered `file`.
  public func write(_ text: String, to file: Int) throws(Console.WriteError) {
    try Console.write(text, to: staged[file].descriptor, stream: staged[file].path)
  }

  /// Writes `text` as the whole report for `path`.
  public func stage(_ text: String, for path: String) throws(OutputFile.Failure) {
    let file = try create(for: path)
    do {
      try write(text, to: file)
    } catch {
      throw OutputFile.Failure(description: "\(path): cannot be written (\(error.reason))")
    }
  }

  /// Flushes every temporary file to disk, then renames each over its destination. A failure removes
  /// the temporary files not yet renamed; those renamed already stay (a rename into a directory
  /// prlint just created a file in fails only when the directory changed meanwhile).
  public func commit() throws(OutputFile.Failure) {
    for index in staged.indices {
      let file = staged[index]
      staged[index].descriptor = -1
      var code: Int32 = 0
      if fsync(file.descriptor) != 0 { code = errno }
      if close(file.descriptor) != 0, code == 0 { code = errno }
      if code != 0 { throw Self.failure(file.path, code) }
    }
    while !staged.isEmpty {
      let file = staged[0]
      guard rename(file.temporary, file.path) == 0 else { throw Self.failure(file.path, errno) }
      staged.removeFirst()
    }
  }

  /// Removes every temporary file not renamed yet.
  public func discard() {
    for file in staged {
      if file.descriptor >= 0 { close(file.descriptor) }
      unlink(file.temporary)
    }
    staged = []
  }

  private static func failure(_ path: String, _ code: Int32) -> OutputFile.Failure {
    OutputFile.Failure(description: "\(path): cannot be written (\(String(cString: strerror(code)).lowercased()))")
  }
}
