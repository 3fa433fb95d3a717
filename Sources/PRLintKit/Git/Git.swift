import Foundation

/// Runs `git` as a subprocess: no shell, arguments as an array, standard input closed (so git can
/// never wait on a terminal), both output pipes drained before waiting (so a large diff cannot
/// deadlock the child).
public struct Git: Sendable {
  /// The working directory git runs in; nil is the current directory.
  public var directory: URL?
  /// Variables set over the inherited environment (e.g. `GIT_CONFIG_GLOBAL` to isolate a test).
  public var environment: [String: String]

  public init(directory: URL? = nil, environment: [String: String] = [:]) {
    self.directory = directory
    self.environment = environment
  }

  /// Standard output of a command that must succeed; a failure throws git's first stderr line.
  public func run(_ arguments: [String]) throws(GitError) -> Data {
    let result = try execute(arguments)
    guard result.status == 0 else {
      throw GitError(command: Self.display(arguments), Self.firstLine(result.stderr) ?? "exited with \(result.status)")
    }
    return result.stdout
  }

  /// Standard output as text without its final newline, for commands that print one value.
  public func text(_ arguments: [String]) throws(GitError) -> String {
    Self.trimmingFinalNewline(String(decoding: try run(arguments), as: UTF8.self))
  }

  /// Like `text`, but nil when git exits non-zero: for questions such as "does this ref exist?".
  /// Still throws when git cannot be started at all.
  public func query(_ arguments: [String]) throws(GitError) -> String? {
    let result = try execute(arguments)
    guard result.status == 0 else { return nil }
    return Self.trimmingFinalNewline(String(decoding: result.stdout, as: UTF8.self))
  }

  // MARK: - Process

  private struct Result {
    var status: Int32
    var stdout: Data
    var stderr: Data
  }

  private func execute(_ arguments: [String]) throws(GitError) -> Result {
    guard let executable = Self.executable else {
      throw GitError(command: Self.display(arguments), "git is not installed or not on PATH")
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw GitError(command: Self.display(arguments), "cannot run \(executable.path)")
    }
    let drain = Drain(errors.fileHandleForReading)
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = drain.wait()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
  }

  /// `git` from PATH, looked up once.
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("git")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }()

  static func display(_ arguments: [String]) -> String {
    (["git"] + arguments).joined(separator: " ")
  }

  static func firstLine(_ data: Data) -> String? {
    String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init)
  }

  static func trimmingFinalNewline(_ text: String) -> String {
    text.hasSuffix("\n") ? String(text.dropLast()) : text
  }
}

/// Reads a pipe to its end on another thread, so the child never blocks on a full stderr pipe
/// while we read its stdout.
private final class Drain: @unchecked Sendable {
  private var data = Data()
  private let lock = NSLock()
  private let group = DispatchGroup()

  init(_ handle: FileHandle) {
    group.enter()
    DispatchQueue.global().async {
      let read = handle.readDataToEndOfFile()
      self.lock.withLock { self.data = read }
      self.group.leave()
    }
  }

  func wait() -> Data {
    group.wait()
    return lock.withLock { data }
  }
}
