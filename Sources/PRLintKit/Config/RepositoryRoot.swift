import Foundation

/// The folder a run's own files (configuration, what it extends, PR templates) must stay in. A PR can
/// commit a symlink, and one to `~/.ssh/config` or a CI runner's secrets is no repository file: prlint
/// follows none out.
struct RepositoryRoot {
  /// The git root holding `directory`, or outside git `directory` itself; standardized.
  let path: String
  /// `path` with its own links resolved, which is what a file's resolved path is compared with.
  private let resolvedPath: String

  init(around directory: String) {
    path = PathText.gitRoot(of: directory) ?? PathText.standardized(directory)
    resolvedPath = PathText.resolvingLinks(path) ?? path
  }

  /// Where `file` leads, said for a message, when that is outside: through a link, or by `..`. Nil when
  /// it stays inside, or cannot be resolved (not there, or a link to a pipe), which reading it reports.
  func outside(_ file: String) -> String? {
    guard let resolved = PathText.resolvingLinks(file), !Self.holds(resolvedPath, resolved) else { return nil }
    return Self.holds(path, PathText.standardized(file))
      ? "links outside the repository (to \(resolved))" : "is outside the repository (\(resolved))"
  }

  private static func holds(_ folder: String, _ file: String) -> Bool {
    folder == "/" || file == folder || file.hasPrefix(folder + "/")
  }
}
