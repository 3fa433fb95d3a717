import Foundation

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
