import Foundation

/// A throwaway work repository with a bare `origin`, driven by real git with the host's configuration
/// shut out (no global or system config, fixed identity, `main` as the initial branch).
struct GitSandbox {
  struct CommandFailed: Error, CustomStringConvertible {
    var description: String
  }

  static let environment = [
    "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "init.defaultBranch", "GIT_CONFIG_VALUE_0": "main",
    "GIT_TERMINAL_PROMPT": "0", "PRLINT_SKIP": "",
  ]

  /// A description the default preset passes, as a commit message: subject, blank line, body.
  static let goodMessage: String = {
    let body =
      (try? String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/PR.md"), encoding: .utf8))
    return "Add INT8 quantization to the exporter\n\n" + (body ?? "")
  }()

  let root: URL
  var work: URL { root.appendingPathComponent("work") }
  var remote: URL { root.appendingPathComponent("remote.git") }

  /// `main` with one commit, pushed to `origin`, whose HEAD (`origin/HEAD`) is set to main; or with
  /// `pushed: false`, an `origin` that is new and empty, as on the day a project starts.
  init(pushed: Bool = true) throws {
    root = try CLIRunner.temporaryDirectory()
    try git(["init", "-q", "--bare", remote.path], in: root)
    try git(["init", "-q", work.path], in: root)
    try commit("Initial commit", files: ["README.md": "hello\n"])
    try git(["remote", "add", "origin", remote.path])
    guard pushed else { return }
    try git(["push", "-q", "origin", "main"])
    try git(["remote", "set-head", "origin", "main"])
  }

  func remove() {
    try? FileManager.default.removeItem(at: root)
  }

  /// A git command that must succeed.
  @discardableResult
  func git(_ arguments: [String], in directory: URL? = nil) throws -> CLIRunner.Output {
    let output = try run(arguments, in: directory)
    guard output.status == 0 else {
      throw CommandFailed(description: "git \(arguments.joined(separator: " ")): \(output.stderr)")
    }
    return output
  }

  /// A git command whose outcome the test looks at.
  func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws
    -> CLIRunner.Output
  {
    try CLIRunner.run(
      ["git"] + arguments, directory: directory ?? work,
      environment: Self.environment.merging(environment) { _, new in new },
      executable: URL(fileURLWithPath: "/usr/bin/env"))
  }

  func prlint(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws
    -> CLIRunner.Output
  {
    try CLIRunner.run(
      arguments, stdin: stdin, directory: work, environment: Self.environment.merging(environment) { _, new in new })
  }

  func write(_ files: [String: String]) throws {
    for (path, text) in files {
      let url = work.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  func commit(_ message: String, files: [String: String] = [:]) throws {
    try write(files)
    try git(["add", "-A"])
    try git(["commit", "-q", "--allow-empty", "-m", message])
  }

  /// A new branch from main with one commit.
  func branch(_ name: String, message: String, files: [String: String] = [:]) throws {
    try git(["switch", "-q", "-c", name, "main"])
    try commit(message, files: files.isEmpty ? ["\(name).txt": "\(name)\n"] : files)
  }

  func remoteHas(_ ref: String) throws -> Bool {
    try run(["rev-parse", "--verify", "--quiet", ref], in: remote).status == 0
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: work.appendingPathComponent(path), encoding: .utf8)
  }
}
