import Foundation

/// The start-up walks up to the git root (for the configuration file and for PR templates) and their
/// path arithmetic, on strings. Through `URL` the arithmetic cost a tenth of a one-body run
/// (`standardizedFileURL` builds tables on first use); each function gives what the `URL` expression
/// named in its comment gives, for the paths it takes directly.
enum PathText {
  /// Visits `directory` (standardized) and each folder above it, nearest first, up to the git root —
  /// the nearest folder holding `.git` (a folder, or a file in a worktree) — or up to `/` outside git.
  /// `visit` is asked of each folder before the folder is checked for `.git`; the first value it
  /// returns ends the walk.
  /// - Returns: that value (nil when there was none), and the git root when the walk ended there.
  static func walkUpToGitRoot<Found>(from directory: String, visiting visit: (String) -> Found?)
    -> (found: Found?, gitRoot: String?)
  {
    var current = standardized(directory)
    while true {
      if let found = visit(current) { return (found, nil) }
      if FileManager.default.fileExists(atPath: appending(".git", to: current)) { return (nil, current) }
      let above = parent(of: current)
      if above == current { return (nil, nil) }
      current = above
    }
  }

  /// The nearest folder at or above `directory` holding `.git` (a folder, or a file in a worktree).
  static func gitRoot(of directory: String) -> String? {
    walkUpToGitRoot(from: directory, visiting: { _ -> Never? in nil }).gitRoot
  }

  /// Whether `path` names a file (or a link to one): not a directory, and there.
  static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }

  /// `path` with every symlink on the way resolved (`realpath`), or nil when it is not there.
  static func resolvingLinks(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// `URL(fileURLWithPath: path).standardizedFileURL.path`; an absolute path without `.`, `..` or
  /// empty components (a working directory, say) is already standard and is returned as it is.
  static func standardized(_ path: String) -> String {
    isStandardAbsolute(path) ? path : URL(fileURLWithPath: path).standardizedFileURL.path
  }

  /// `URL(fileURLWithPath: directory).appendingPathComponent(name).path`.
  static func appending(_ name: String, to directory: String) -> String {
    guard isStandardAbsolute(directory), isPlainRelative(name[...].utf8) else {
      return URL(fileURLWithPath: directory).appendingPathComponent(name).path
    }
    return directory == "/" ? "/" + name : directory + "/" + name
  }

  /// `URL(fileURLWithPath: path).deletingLastPathComponent().path`.
  static func parent(of path: String) -> String {
    guard isStandardAbsolute(path) else { return URL(fileURLWithPath: path).deletingLastPathComponent().path }
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  /// `path` (standardized) relative to `folder` (standardized) when it is inside it, else nil.
  static func relative(_ path: String, to folder: String) -> String? {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
    return String(path.dropFirst(prefix.count))
  }

  static func isStandardAbsolute(_ path: String) -> Bool {
    guard path.utf8.first == UInt8(ascii: "/") else { return false }
    return path == "/" || isPlainRelative(path.utf8.dropFirst())
  }

  /// Components that are neither empty, `.` nor `..`, and no leading or trailing slash.
  private static func isPlainRelative(_ path: Substring.UTF8View) -> Bool {
    // One pass over the bytes, a component's length and dots counted: the generic split and compare
    // cost a twentieth of a one-body run in first-time type lookups.
    var length = 0
    var dots = 0
    for byte in path {
      if byte == UInt8(ascii: "/") {
        guard length > 0, dots != length || length > 2 else { return false }
        (length, dots) = (0, 0)
      } else {
        length += 1
        if byte == UInt8(ascii: ".") { dots += 1 }
      }
    }
    return length > 0 && (dots != length || length > 2)
  }
}
