import Foundation
import PRLintKit

/// Target `repository`: arbitrary bytes as the files a PR can change, NUL-separated: a `.prlint.yml`,
/// the `base.yml` it may extend, the PR template, and the changed files (one a line: a path, then
/// optionally its additions and deletions). The files are written to a scratch directory and loaded the
/// way a run loads them (discovery, `extends`, template discovery), so globs, YAML anchors, extends
/// chains and template matching meet hostile file names together. The configuration's length chooses
/// its spelling (`ConfigurationLoader.fileNames`), or two of them at once, which discovery refuses.
enum RepositoryHarness {
  /// One scratch repository for the whole run, rewritten for each input.
  static let directory: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "prlint-fuzz-repository-\(getpid())", isDirectory: true)
    try? FileManager.default.createDirectory(
      at: url.appendingPathComponent(".github"), withIntermediateDirectories: true)
    try? FileManager.default.createDirectory(at: url.appendingPathComponent(".git"), withIntermediateDirectories: true)
    return url
  }()

  static func run(_ bytes: [UInt8]) {
    let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    let part = { (index: Int) in index < parts.count ? parts[index] : "" }
    let names = ConfigurationLoader.fileNames
    let spelling = part(0).utf8.count % (names.count + 1)
    let written = spelling < names.count ? [names[spelling]] : [names[0], names[names.count - 1]]
    for name in names { write(written.contains(name) ? part(0) : "", to: name) }
    write(part(1), to: "base.yml")
    write(part(2), to: ".github/pull_request_template.md")
    let linter: Linter
    do {
      let configuration = try ConfigurationLoader.load(file: nil, preset: nil, from: directory.path)
      linter = try Linter(configuration: configuration, environment: RuleEnvironment(workingDirectory: directory.path))
    } catch {
      _ = error.description
      return
    }
    let files = changedFiles(part(3))
    let input = LintInput(
      source: "fuzz.md", sourceIsFile: true, body: part(2) + "\n\nFixes #1", title: "feat: a change",
      changedLines: files.reduce(0) { $0 &+ $1.changedLines }, changedFiles: files.count, files: files,
      pullRequest: PullRequestInfo(labels: [], author: .init(login: "octocat"), isDraft: false))
    ReportChecks.run([linter.lint(input)], options: ReportOptions(rules: linter.activeRules))
  }

  /// Removes the scratch repository (the replay runner's last step; a fuzzing process leaves its own).
  static func removeDirectory() {
    try? FileManager.default.removeItem(at: directory)
  }

  /// `path [additions deletions]` a line; counts that are not numbers make a binary file.
  static func changedFiles(_ text: String) -> [ChangedFile] {
    text.split(separator: "\n").prefix(2_000).map { line in
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count == 3, let additions = Int(fields[1]), let deletions = Int(fields[2]),
        additions >= 0, deletions >= 0, additions < 1 << 30, deletions < 1 << 30
      else { return ChangedFile(path: String(line), additions: nil, deletions: nil) }
      return ChangedFile(path: String(fields[0]), additions: additions, deletions: deletions)
    }
  }

  private static func write(_ text: String, to name: String) {
    let url = directory.appendingPathComponent(name)
    guard !text.isEmpty else {
      try? FileManager.default.removeItem(at: url)
      return
    }
    try? Data(text.utf8).write(to: url)
  }
}
