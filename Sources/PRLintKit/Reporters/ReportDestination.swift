import Foundation

/// Where one report of a run goes: `--format NAME` is standard output, `--format NAME=PATH` a file.
/// A run may write several reports (text to the log, SARIF to a file for upload), each as that format
/// alone would print it to a pipe.
public struct ReportDestination: Sendable, Hashable {
  public var format: OutputFormat
  /// nil: standard output.
  public var path: String?

  public init(format: OutputFormat, path: String? = nil) {
    self.format = format
    self.path = path
  }

  /// `NAME` or `NAME=PATH` (split at the first `=`, so a path may hold one); `NAME=-` is standard
  /// output, as the FILE `-` is standard input. nil for an unknown NAME.
  public init?(argument: String) {
    let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    guard let format = OutputFormat(rawValue: String(parts[0])) else { return nil }
    self.format = format
    path = parts.count == 2 && parts[1] != "-" ? String(parts[1]) : nil
  }

  /// What a usage error calls it: `--format sarif=prlint.sarif`.
  public var argument: String { "--format \(format.rawValue)" + (path.map { "=\($0)" } ?? "") }

  /// A usage error in the destinations asked for: one line, exit code 2.
  public struct Conflict: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// The destinations `--format` (given any number of times, in order) and `--output-file` ask for.
  ///
  /// - No `--format`: one `text` report.
  /// - At most one report goes to standard output; with every report in a file, it gets none.
  /// - `--output-file PATH` is `=PATH` for the one report there is (`-o x` is `--format text=x`,
  ///   `--format sarif -o x` is `--format sarif=x`): it cannot be combined with a `--format NAME=PATH`
  ///   or with more than one `--format`.
  /// - The same format may go to several files; two formats never to one file; `github` (workflow
  ///   commands, read by GitHub Actions from standard output only) never to a file.
  /// - A destination given twice is written once.
  public static func resolve(_ requested: [ReportDestination], outputFile: String? = nil) throws(Conflict)
    -> [ReportDestination]
  {
    var destinations: [ReportDestination] = []
    for destination in requested where !destinations.contains(destination) { destinations.append(destination) }
    if destinations.isEmpty { destinations = [ReportDestination(format: .text)] }
    if let outputFile {
      guard !outputFile.isEmpty else {
        throw Conflict(description: "--output-file: the path is empty: expected a file path")
      }
      if let named = destinations.first(where: { $0.path != nil }) {
        throw Conflict(
          description: "--output-file and \(named.argument): give each report's file with --format NAME=PATH, "
            + "or one --format NAME with --output-file PATH")
      }
      guard destinations.count == 1 else {
        throw Conflict(
          description: "--output-file names the file of one report, but --format asks for \(destinations.count): "
            + "give each its file with --format NAME=PATH")
      }
      if destinations[0].format == .github, outputFile != "-" {
        throw Conflict(description: githubToAFile("--format github with --output-file \(outputFile)"))
      }
      destinations[0].path = outputFile == "-" ? nil : outputFile
    }
    let toStandardOutput = destinations.filter { $0.path == nil }
    if toStandardOutput.count > 1 {
      let second = toStandardOutput[1].format.rawValue
      throw Conflict(
        description: "--format \(toStandardOutput[0].format.rawValue) and --format \(second) both write to "
          + "standard output: give all but one of them a file, as in --format \(second)=PATH")
    }
    var formatsByFile: [String: ReportDestination] = [:]
    for destination in destinations {
      guard let path = destination.path else { continue }
      guard !path.isEmpty else {
        throw Conflict(
          description:
            "\(destination.argument): the path is empty: expected --format \(destination.format.rawValue)=PATH")
      }
      if destination.format == .github { throw Conflict(description: githubToAFile(destination.argument)) }
      let file = identity(path)
      if let other = formatsByFile[file], other.format != destination.format {
        throw Conflict(
          description: "\(other.argument) and \(destination.argument) name the same file: give each format its own")
      }
      formatsByFile[file] = destination
    }
    return destinations
  }

  /// A usage error when a report would replace a file the run reads (`prlint -o PR.md PR.md`):
  /// `inputs` are the paths of the files read.
  public static func check(_ destinations: [ReportDestination], replaceNoneOf inputs: [String]) throws(Conflict) {
    // Resolving each input's symlinks costs a tenth of a one-body run: only when a report has a file.
    guard destinations.contains(where: { $0.path != nil }) else { return }
    let read = Set(inputs.map(identity))
    for destination in destinations {
      guard let path = destination.path, read.contains(identity(path)) else { continue }
      throw Conflict(
        description: "\(destination.argument): \(path) is an input of this run: give the report another file")
    }
  }

  private static func githubToAFile(_ argument: String) -> String {
    "\(argument): GitHub Actions reads workflow commands only from standard output, "
      + "so in a file they do nothing: give --format github no path"
  }

  /// The file `path` names, for telling whether two paths are one: relative to the working directory,
  /// `.` and `..` resolved, and the directory's symlinks (not the file's own: a report replaces a
  /// symlink rather than writing through it).
  static func identity(_ path: String) -> String {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent)
      .path
  }
}
