import Foundation

/// The path arithmetic of the start-up walks up to the git root, on strings. Through `URL` it cost a
/// tenth of a one-body run (`standardizedFileURL` builds tables on first use); each function gives
/// what the `URL` expression named in its comment gives, for the paths it takes directly.
enum PathText {
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

  static func isStandardAbsolute(_ path: String) -> Bool {
    guard path.utf8.first == UInt8(ascii: "/") else { return false }
    return path == "/" || isPlainRelative(path.utf8.dropFirst())
  }

  /// Components that are neither empty, `.` nor `..`, and no leading or trailing slash.
  private static func isPlainRelative(_ path: Substring.UTF8View) -> Bool {
    path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy {
      !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8)
    }
  }
}
