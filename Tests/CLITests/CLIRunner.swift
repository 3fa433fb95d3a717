import Foundation
import Testing

/// Runs the built `prlint` binary as a user would: arguments, standard input, environment.
struct CLIRunner {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A body that passes the default preset, for tests about how a body arrives rather than what it says.
  static let goodBody = """
    ## What
    Adds INT8 export to the quantizer so edge devices can load models half the size.

    ## Why
    Edge devices run out of memory with FP32 weights; INT8 halves the footprint without retraining.

    ## Testing
    Unit tests cover calibration; accuracy on the validation set stays within 0.4 points.

    Closes #123
    """

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The `prlint` next to the test bundle (same build), else the debug build.
  static let executable: URL = {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("prlint")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
    return packageRoot.appendingPathComponent(".build/debug/prlint")
  }()

  static func run(
    _ arguments: [String], stdin: String? = nil, directory: URL? = nil, environment: [String: String] = [:],
    executable: URL = CLIRunner.executable
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    process.environment = Self.environment(environment)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// This process's environment without what would change prlint's behaviour, plus `overrides`.
  /// The tests may themselves run in CI: prlint must not read that CI's PR.
  static func environment(_ overrides: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment.filter { key, _ in
      !key.hasPrefix("GITHUB_") && !key.hasPrefix("GITLAB_") && !key.hasPrefix("CI_") && !key.hasPrefix("PRLINT_")
        && key != "NO_COLOR" && key != "FORCE_COLOR"
    }
    environment.merge(overrides) { _, new in new }
    return environment
  }

  /// A fresh temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("prlint-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
