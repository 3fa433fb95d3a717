import Foundation

/// A list of `Glob`s read from a rule option: a path belongs when any of them matches.
///
/// The globs are compiled on first use: most runs (a body without its diff, an audit) never match a
/// path, and compiling the default rules' hundred-odd globs was a tenth of a one-body run.
public struct PathPatterns: Sendable, Hashable {
  public let patterns: [String]
  private let compiled: CompiledGlobs

  public init(_ patterns: [String]) {
    self.patterns = patterns
    compiled = CompiledGlobs(patterns)
  }

  public var globs: [Glob] { compiled.globs }

  public func matches(_ path: String) -> Bool {
    let split = SplitPath(path)  // once, not once per glob
    return globs.contains { $0.matches(split) }
  }

  /// The changed files whose path matches, in diff order.
  public func matching(_ files: [ChangedFile]) -> [ChangedFile] {
    files.filter { matches($0.path) }
  }

  public static func == (lhs: PathPatterns, rhs: PathPatterns) -> Bool { lhs.patterns == rhs.patterns }

  public func hash(into hasher: inout Hasher) { hasher.combine(patterns) }
}

/// The globs of a `PathPatterns`, compiled once, by whichever thread asks first.
private final class CompiledGlobs: @unchecked Sendable {
  private let patterns: [String]
  private let lock = NSLock()
  private var cached: [Glob]?  // guarded by `lock`

  init(_ patterns: [String]) {
    self.patterns = patterns
  }

  var globs: [Glob] {
    lock.lock()
    defer { lock.unlock() }
    if let cached { return cached }
    let globs = patterns.map(Glob.init)
    cached = globs
    return globs
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
