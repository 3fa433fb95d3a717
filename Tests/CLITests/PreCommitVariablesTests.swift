import Foundation
import Testing

/// `prlint hook run` as pre-commit runs it, with the variables pre-commit sets (PreCommitTests drives
/// the real pre-commit; these run without it).
@Suite(.serialized)
struct PreCommitVariablesTests {
  private func variables(pushing branch: String, at sha: String) -> [String: String] {
    [
      "PRE_COMMIT": "1", "PRE_COMMIT_REMOTE_NAME": "origin", "PRE_COMMIT_REMOTE_URL": "/nowhere",
      "PRE_COMMIT_REMOTE_BRANCH": "refs/heads/\(branch)", "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/\(branch)",
      "PRE_COMMIT_TO_REF": sha, "PRE_COMMIT_FROM_REF": String(repeating: "0", count: 40),
    ]
  }

  /// pre-commit names the first pushed ref only; prlint's own hook sees them all and runs too, so the
  /// run under pre-commit leaves the push to it rather than report a branch twice.
  @Test func theFirstRefIsLeftToPrlintsOwnHookWhenInstalled() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.branch("bad", message: "wip")
    let sha = try sandbox.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .newlines)
    let alone = try sandbox.prlint(["hook", "run"], environment: variables(pushing: "bad", at: sha))
    #expect(alone.status == 1)
    #expect(alone.stderr.contains("✖ bad@"))
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    let beside = try sandbox.prlint(["hook", "run"], environment: variables(pushing: "bad", at: sha))
    #expect(beside.status == 0 && beside.stderr.isEmpty && beside.stdout.isEmpty, "\(beside.stderr)")
  }
}
