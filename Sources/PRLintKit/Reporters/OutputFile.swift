import Foundation

/// A file prlint writes for the user (`init`, `template --output`): never one that is there already,
/// a dangling symlink included, unless forced; written whole or not at all.
public enum OutputFile {
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  public static func write(_ text: String, to path: String, force: Bool) throws(Failure) {
    guard !path.isEmpty else { throw Failure(description: "the output path is empty: expected a file path") }
    var status = stat()
    if lstat(path, &status) == 0, !force {
      throw Failure(description: "\(path) already exists: use --force to overwrite it")
    }
    let url = URL(fileURLWithPath: path)
    do {
      // `.github/` may not exist yet in a repository without templates.
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw Failure(description: "\(path): cannot be written")
    }
  }
}
