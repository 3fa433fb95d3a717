import Foundation

/// Writing a fixed body back over its file, all or nothing: the bytes go to a temporary file beside it,
/// with its permissions, which is then renamed over it, so a reader (an editor, `gh pr edit`) sees the old
/// body or the new one, never part of one. Through a symlink, the file it points to is replaced.
public enum BodyFile {
  /// Throws unless `path` can be replaced: checked for every file before any is written, so a run that
  /// cannot write one writes none.
  public static func checkReplaceable(_ path: String) throws(OutputFile.Failure) {
    let (resolved, _) = try target(path)
    let directory = (resolved as NSString).deletingLastPathComponent
    guard access(directory.isEmpty ? "." : directory, W_OK) == 0 else {
      throw OutputFile.Failure(description: "\(path): cannot be rewritten (its folder is not writable)")
    }
  }

  public static func replace(_ path: String, with bytes: [UInt8]) throws(OutputFile.Failure) {
    let (resolved, mode) = try target(path)
    let directory = (resolved as NSString).deletingLastPathComponent
    var template = Array(((directory.isEmpty ? "." : directory) + "/.prlint-fix-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw OutputFile.Failure(description: "\(path): cannot be rewritten (\(reason(errno)))")
    }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure: Int32? = nil
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == nil, fchmod(descriptor, mode & 0o7777) != 0 { failure = errno }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if failure == nil, rename(temporary, resolved) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw OutputFile.Failure(description: "\(path): cannot be rewritten (\(reason(failure)))")
    }
  }

  /// The regular file `path` names (through symlinks), and its permissions.
  private static func target(_ path: String) throws(OutputFile.Failure) -> (path: String, mode: mode_t) {
    guard let resolved = realpath(path, nil) else {
      throw OutputFile.Failure(description: "\(path): cannot be rewritten (\(reason(errno)))")
    }
    defer { free(resolved) }
    var status = stat()
    guard stat(resolved, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      throw OutputFile.Failure(
        description: "\(path): is not a regular file, so it cannot be fixed in place: use - or --stdout")
    }
    return (String(cString: resolved), status.st_mode)
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
