import Foundation

/// The folders `hook install` makes (for a `core.hooksPath` that does not exist yet, say), which
/// `hook uninstall` takes away again once they are empty. The script records how many there were:
/// a count, never a path, so nothing a user named is written into a shell script's comments.
extension PrePushHook {
  static let foldersMadePrefix = "# Folders made by prlint hook install, removed by uninstall once empty: "

  /// How many folders, from `directory` up, do not exist yet: what creating it makes.
  static func missingFolders(_ directory: URL) -> Int {
    var count = 0
    var folder = directory.standardizedFileURL
    while !FileManager.default.fileExists(atPath: folder.path), folder.path != "/" {
      count += 1
      folder.deleteLastPathComponent()
    }
    return count
  }

  /// The count our script at `url` records; 0 for none, or for a file that is not our script.
  static func foldersMade(by url: URL) -> Int {
    guard isOurs(url), let data = FileManager.default.contents(atPath: url.path) else { return 0 }
    let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix(foldersMadePrefix) }
    return line.flatMap { Int($0.dropFirst(foldersMadePrefix.count)) } ?? 0
  }

  /// Removes `directory` and then its parents, `count` folders in all, stopping at the first that is
  /// not empty: rmdir(2) removes only an empty folder, so nothing anyone put there is lost.
  static func removeEmptyFolders(_ directory: URL, count: Int) {
    var folder = directory.standardizedFileURL
    for _ in 0..<max(count, 0) {
      guard rmdir(folder.path) == 0 else { return }
      folder.deleteLastPathComponent()
    }
  }
}
