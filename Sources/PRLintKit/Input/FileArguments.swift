import Foundation

/// FILE arguments as a user gives them: a directory means the Markdown files in it, and a quoted glob
/// (`'docs/**/*.md'`, for a shell that does not expand `**`, or on Windows) is expanded by prlint. Both
/// give sorted paths; a directory with no Markdown file, or a glob that matches nothing, is an input
/// error rather than a silent pass.
public enum FileArguments {
  /// The extensions a Markdown file has.
  static let markdownExtensions: Set<String> = ["md", "markdown"]

  public static func expand(_ arguments: [String]) throws(InputError) -> [String] {
    var files: [String] = []
    for argument in arguments {
      var isDirectory: ObjCBool = false
      if argument == "-"
        || (FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
          && !isDirectory.boolValue)
      {
        files.append(argument)
      } else if isDirectory.boolValue {
        let found = markdownFiles(under: argument)
        guard !found.isEmpty else {
          throw InputError(
            source: argument, "is a directory with no Markdown file (*.md) in it: expected PR descriptions")
        }
        files += found
      } else if argument.contains(where: { "*?[{".contains($0) }) {
        let found = matches(of: argument)
        guard !found.isEmpty else {
          throw InputError(
            source: argument,
            "no such file, and no file matches it as a glob: expected a Markdown file or a glob of them")
        }
        files += found
      } else {
        files.append(argument)  // reading it says what is wrong
      }
    }
    return files
  }

  /// The Markdown files under `directory`, at any depth, sorted; hidden folders (`.git`) are skipped.
  static func markdownFiles(under directory: String) -> [String] {
    relativeFiles(under: directory).filter { path in
      markdownExtensions.contains((path as NSString).pathExtension.lowercased())
    }.map { join(directory, $0) }
  }

  /// The files a glob names: a pattern without a folder matches names in the working directory, as
  /// the shell does; one with folders matches paths from its first folder that holds a wildcard.
  static func matches(of pattern: String) -> [String] {
    let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let literal = segments.prefix { !$0.contains(where: { "*?[{".contains($0) }) }
    let rest = segments.dropFirst(literal.count)
    let base = literal.isEmpty ? "." : (literal.joined(separator: "/").isEmpty ? "/" : literal.joined(separator: "/"))
    if rest.count == 1, rest.first != "**" {
      let glob = Glob(rest.first!)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
      return names.filter { glob.matches($0) && isFile(join(base, $0)) }.sorted().map { join(base, $0) }
    }
    // A `/` in it makes the glob match whole paths from `base`, not names in any folder.
    let glob = Glob("/" + rest.joined(separator: "/"))
    return relativeFiles(under: base).filter { glob.matches($0) }.map { join(base, $0) }
  }

  /// Regular files under `directory` as paths relative to it, sorted; hidden folders are skipped.
  private static func relativeFiles(under directory: String) -> [String] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: URL(fileURLWithPath: directory), includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    let root = URL(fileURLWithPath: directory).standardizedFileURL.path
    var found: [String] = []
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(root + "/") else { continue }
      found.append(String(path.dropFirst(root.count + 1)))
    }
    return found.sorted()
  }

  private static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }

  private static func join(_ base: String, _ relative: String) -> String {
    base == "." ? relative : base.hasSuffix("/") ? base + relative : base + "/" + relative
  }
}
