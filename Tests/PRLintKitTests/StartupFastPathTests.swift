import Foundation
import Testing
import Yams

@testable import PRLintKit

/// The start-up shortcuts give what the general code they stand in for gives.
struct StartupFastPathTests {
  @Test func ciEnvironmentIsTheProcessEnvironmentsCIVariables() {
    let added = [
      "CI_PRLINT_TEST_PLAIN": "value", "GITHUB_PRLINT_TEST_EQUALS": "a=b=c", "GITLAB_PRLINT_TEST_EMPTY": "",
      "CI_PRLINT_TEST_COMBINING": "\u{301}accent", "CI_PRLINT_TEST_UNICODE": "naïve ✓",
    ]
    for (name, value) in added { setenv(name, value, 1) }
    defer { for name in added.keys { unsetenv(name) } }
    let expected = ProcessInfo.processInfo.environment.filter { CIEnvironment.isCIVariable($0.key) }
    let current = CIEnvironment.current()
    #expect(current == expected)
    #expect(current["CI_PRLINT_TEST_PLAIN"] == "value")
    #expect(current["GITHUB_PRLINT_TEST_EQUALS"] == "a=b=c")
    #expect(current["PATH"] == nil)
  }

  @Test(arguments: [
    "0", "1", "7", "20", "65536", "010", "00", "0x1F", "0o17", "0b101", "1_000", "+5", "-3", "1:30", "",
    "99999999999999999999", "9223372036854775807", "9223372036854775808", "12a", "a12", " 12", "１２",
  ])
  func configIntegersMatchYams(_ text: String) throws {
    for style in [Node.Scalar.Style.plain, .any, .singleQuoted, .doubleQuoted] {
      let scalar = Node.Scalar(text, .implicit, style)
      #expect(ConfigParser.int(scalar) == Node.scalar(scalar).int, "\(text) \(style)")
    }
  }
}

/// `PathText` against the `URL` expressions it stands in for.
struct PathTextTests {
  static let directories = [
    "/", "/tmp", "/tmp/a", "/tmp/a b/c", "/tmp/per%20cent", "/tmp/naïve/ü", "/tmp/a/", "/tmp//a", "/tmp/./a",
    "/tmp/a/..", "/tmp/../etc", "relative/dir", ".", "", "/.hidden/x", "/tmp/a.b/c..d",
  ]
  static let names = [".prlint.yml", ".github/prlint.yml", ".git", "docs/pull_request_template.md", "a b.md"]

  @Test(arguments: directories)
  func matchesURL(_ path: String) {
    let url = URL(fileURLWithPath: path)
    #expect(PathText.standardized(path) == url.standardizedFileURL.path)
    #expect(PathText.parent(of: path) == url.deletingLastPathComponent().path)
    for name in Self.names {
      #expect(PathText.appending(name, to: path) == url.appendingPathComponent(name).path, "\(name)")
    }
    let standard = url.standardizedFileURL.path
    #expect(PathText.parent(of: standard) == URL(fileURLWithPath: standard).deletingLastPathComponent().path)
  }
}
