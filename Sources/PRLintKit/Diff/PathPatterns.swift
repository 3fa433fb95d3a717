/// A list of `Glob`s read from a rule option: a path belongs when any of them matches.
public struct PathPatterns: Sendable, Hashable {
  public let globs: [Glob]

  public init(_ patterns: [String]) {
    globs = patterns.map(Glob.init)
  }

  public func matches(_ path: String) -> Bool {
    let split = SplitPath(path)  // once, not once per glob
    return globs.contains { $0.matches(split) }
  }

  /// The changed files whose path matches, in diff order.
  public func matching(_ files: [ChangedFile]) -> [ChangedFile] {
    files.filter { matches($0.path) }
  }
}

/// How changed paths are shown in a message: the first few, then how many more.
enum PathList {
  static func summary(_ paths: [String], limit: Int = 3) -> String {
    let shown = paths.prefix(limit).joined(separator: ", ")
    return paths.count > limit ? "\(shown) and \(paths.count - limit) more" : shown
  }
}

/// `"Sources/A.swift"` in a rule example or a test: a changed text file whose size does not matter.
extension ChangedFile: ExpressibleByStringLiteral {
  public init(stringLiteral path: String) {
    self.init(path: path, additions: 1, deletions: 0)
  }
}
