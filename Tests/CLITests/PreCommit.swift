import Foundation
import Testing

/// A release of the pre-commit framework (pre-commit.com), installed for the tests by
/// `scripts/install-deps` into a virtualenv under `.build/pre-commit/VERSION`.
struct PreCommit: CustomTestStringConvertible, Sendable {
  /// The folder `newest`, the releases prlint supports and Debian 12's are in; `PRLINT_PRE_COMMIT`
  /// names another.
  static let directory: URL = {
    if let path = ProcessInfo.processInfo.environment["PRLINT_PRE_COMMIT"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return CLIRunner.packageRoot.appendingPathComponent(".build/pre-commit")
  }()

  /// The oldest release the manifest supports (the first that knows `stages: [pre-push]`) and the newest.
  static let supported = [PreCommit("3.2.0"), PreCommit("newest")]
  /// Debian 12's release, which must refuse the manifest and say why.
  static let tooOld = PreCommit("3.0.4")
  static let all = supported + [tooOld]

  let version: String

  init(_ version: String) {
    self.version = version
  }

  var executable: URL { Self.directory.appendingPathComponent("\(version)/bin/pre-commit") }
  var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }
  var testDescription: String { "pre-commit \(version)" }

  static let missing: [PreCommit] = {
    let missing = all.filter { !$0.isInstalled }
    if !missing.isEmpty {
      print(
        "note: \(missing.map(\.executable.path).joined(separator: ", ")) absent; tests that run pre-commit are skipped")
    }
    return missing
  }()
}

extension Trait where Self == ConditionTrait {
  /// Runs a test only when every release in `PreCommit.all` is installed; without them the runner
  /// reports the test skipped and says why, so a machine without python3 never passes for a green run.
  static var needsPreCommit: Self {
    .enabled(
      if: PreCommit.missing.isEmpty,
      Comment(
        rawValue: "pre-commit \(PreCommit.missing.map(\.version).joined(separator: ", ")) not installed in "
          + "\(PreCommit.directory.path): run scripts/install-deps (needs python3 -m venv and PyPI), or name a "
          + "folder of such virtualenvs in PRLINT_PRE_COMMIT"))
  }
}

/// A `GitSandbox` whose work repository uses pre-commit with README's `.pre-commit-config.yaml`, pointed
/// at a local copy of this package's `.pre-commit-hooks.yaml` (committed on `main` of a `hooks`
/// repository), with the prlint under test first on PATH.
struct PreCommitSandbox {
  let git: GitSandbox
  let release: PreCommit
  var hooks: URL { git.root.appendingPathComponent("hooks") }

  var environment: [String: String] {
    [
      "PRE_COMMIT_HOME": git.root.appendingPathComponent("cache").path,
      "PATH": CLIRunner.executable.deletingLastPathComponent().path + ":"
        + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
    ]
  }

  init(_ release: PreCommit, pushed: Bool = true) throws {
    git = try GitSandbox(pushed: pushed)
    self.release = release
    try git.git(["init", "-q", hooks.path], in: git.root)
    let manifest = CLIRunner.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml")
    try FileManager.default.copyItem(at: manifest, to: hooks.appendingPathComponent(".pre-commit-hooks.yaml"))
    try git.git(["add", "-A"], in: hooks)
    try git.git(["commit", "-q", "-m", "prlint's manifest"], in: hooks)
    try git.write([".pre-commit-config.yaml": try Self.readmeConfiguration(repository: hooks.path)])
    try git.git(["add", "-A"])
    try git.git(["commit", "-q", "-m", "Use pre-commit"])
    if pushed { try git.git(["push", "-q", "origin", "main"]) }
  }

  func remove() {
    git.remove()
  }

  /// README's example configuration, with its repository URL replaced by `repository`.
  static func readmeConfiguration(repository: String) throws -> String {
    let readme = try String(
      contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let opening = "```yaml\n# .pre-commit-config.yaml"
    guard let start = readme.range(of: opening), let end = readme[start.upperBound...].range(of: "```\n"),
      readme[start.upperBound..<end.lowerBound].contains("https://github.com/OWNER/prlint")
    else { throw GitSandbox.CommandFailed(description: "README.md has no pre-commit example naming OWNER/prlint") }
    let block = readme[readme.index(start.lowerBound, offsetBy: "```yaml\n".count)..<end.lowerBound]
    return block.replacingOccurrences(of: "https://github.com/OWNER/prlint", with: repository)
  }

  /// pre-commit itself, in the work repository.
  func preCommit(_ arguments: [String]) throws -> CLIRunner.Output {
    try CLIRunner.run(
      arguments, directory: git.work, environment: GitSandbox.environment.merging(environment) { $1 },
      executable: release.executable)
  }

  /// `git push ARGUMENTS`, with whatever hooks are installed.
  func push(_ arguments: [String]) throws -> CLIRunner.Output {
    try git.run(["push"] + arguments, environment: environment)
  }

  func prlint(_ arguments: [String]) throws -> CLIRunner.Output {
    try git.prlint(arguments, environment: environment)
  }
}
