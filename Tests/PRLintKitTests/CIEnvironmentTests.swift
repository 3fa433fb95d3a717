import Foundation
import Testing

@testable import PRLintKit

/// `CIEnvironment`: the CI variables, read from `environ`, are those `ProcessInfo.environment` gives.
/// No test here calls `setenv`: changing the process's environment while other tests spawn processes or
/// read it crashed a parallel run.
struct CIEnvironmentTests {
  @Test func currentIsTheProcessEnvironmentsCIVariables() {
    let prefixes = ["GITHUB_", "GITLAB_", "CI_"]
    let expected = ProcessInfo.processInfo.environment.filter { variable in
      prefixes.contains { variable.key.hasPrefix($0) }
    }
    #expect(CIEnvironment.current() == expected)
  }

  @Test func aBlockIsSplitAtTheFirstEqualsAndOnlyCIVariablesAreKept() {
    let entries = [
      "CI_PRLINT_TEST_PLAIN=value", "GITHUB_PRLINT_TEST_EQUALS=a=b=c", "GITLAB_PRLINT_TEST_EMPTY=",
      "CI_PRLINT_TEST_COMBINING=\u{301}accent", "CI_PRLINT_TEST_UNICODE=naïve ✓", "PATH=/usr/bin",
      "CI_NO_EQUALS", "GITHUBX=not a prefix",
    ]
    let variables = withEnvironmentBlock(entries) { CIEnvironment.variables(in: $0) }
    #expect(
      variables == [
        "CI_PRLINT_TEST_PLAIN": "value", "GITHUB_PRLINT_TEST_EQUALS": "a=b=c", "GITLAB_PRLINT_TEST_EMPTY": "",
        // "=" followed by a combining mark is one Character, not an "=": ProcessInfo keeps no such variable.
        "CI_PRLINT_TEST_UNICODE": "naïve ✓",
      ])
  }

  /// Calls `body` with `entries` laid out as `environ` is: C strings, then a NULL.
  private func withEnvironmentBlock<Result>(
    _ entries: [String], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Result
  ) -> Result {
    var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
  }
}
