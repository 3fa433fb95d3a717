import Foundation
import Testing

@testable import PRLintKit

/// `CIEnvironment`: the CI variables, read from `environ`, are those `ProcessInfo.environment` gives.
struct CIEnvironmentTests {
  @Test func ciEnvironmentIsTheProcessEnvironmentsCIVariables() {
    let added = [
      "CI_PRLINT_TEST_PLAIN": "value", "GITHUB_PRLINT_TEST_EQUALS": "a=b=c", "GITLAB_PRLINT_TEST_EMPTY": "",
      "CI_PRLINT_TEST_COMBINING": "\u{301}accent", "CI_PRLINT_TEST_UNICODE": "naïve ✓",
    ]
    for (name, value) in added { setenv(name, value, 1) }
    defer { for name in added.keys { unsetenv(name) } }
    let prefixes = ["GITHUB_", "GITLAB_", "CI_"]
    let expected = ProcessInfo.processInfo.environment.filter { variable in
      prefixes.contains { variable.key.hasPrefix($0) }
    }
    let current = CIEnvironment.current()
    #expect(current == expected)
    #expect(current["CI_PRLINT_TEST_PLAIN"] == "value")
    #expect(current["GITHUB_PRLINT_TEST_EQUALS"] == "a=b=c")
    #expect(current["PATH"] == nil)
  }
}
