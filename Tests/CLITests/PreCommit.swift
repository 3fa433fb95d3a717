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
