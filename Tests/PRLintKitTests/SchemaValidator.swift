import Foundation
import Testing

/// The real validators (jsonschema and xmlschema from PyPI) run over a report by
/// `Tests/Schemas/validate.py`, against the official schemas checked in beside it. `make deps` installs
/// them into `.build/validators`; a test that needs them takes the `.needsValidators` trait, so that
/// without them the runner reports it skipped, with the reason, rather than passed.
enum SchemaValidator {
  enum Kind: String {
    case sarif, junit
  }

  static let script = TestSupport.packageRoot.appendingPathComponent("Tests/Schemas/validate.py")

  /// A Python that imports both validators: the one `make deps` installs, else `python3` on PATH.
  static let python: URL? = {
    let candidates = [
      TestSupport.packageRoot.appendingPathComponent(".build/validators/bin/python3"),
      URL(fileURLWithPath: "/usr/bin/env"),
    ]
    for candidate in candidates {
      let arguments = candidate.lastPathComponent == "env" ? ["python3"] : []
      if let result = try? run(candidate, arguments + ["-c", "import jsonschema, xmlschema"]), result.status == 0 {
        return candidate
      }
    }
    print("note: no python3 with jsonschema and xmlschema (run `make deps`): schema tests are skipped")
    return nil
  }()

  /// The validator's complaints about `document`, one a line; empty when it is valid.
  static func problems(_ kind: Kind, _ document: String) throws -> [String] {
    let python = try #require(python, "no validator: run `make deps`")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("prlint-\(UUID().uuidString).\(kind)")
    try Data(document.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let arguments = (python.lastPathComponent == "env" ? ["python3"] : []) + [script.path, kind.rawValue, file.path]
    let result = try run(python, arguments)
    try #require(result.status == 0 || result.status == 1, "validate.py failed (\(result.status)): \(result.stderr)")
    return result.stderr.split(separator: "\n").map(String.init)
  }

  private static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

extension Trait where Self == ConditionTrait {
  /// Skips the test, with the reason, when the schema validators are not installed.
  static var needsValidators: Self {
    .enabled(
      if: SchemaValidator.python != nil,
      "needs python3 with jsonschema and xmlschema: `make deps` installs them into .build/validators")
  }
}
