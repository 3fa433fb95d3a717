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

  /// `pre-commit run --hook-stage pre-push` sets PRE_COMMIT and no push: the branch checked out is the PR.
  @Test func withNoPushTheBranchCheckedOutIsChecked() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.branch("bad", message: "wip")
    let bad = try sandbox.prlint(["hook", "run"], environment: ["PRE_COMMIT": "1"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("✖ bad@") && !bad.stderr.contains("HEAD@"))
    try sandbox.git(["push", "-q", "origin", "bad"])  // already on the remote: still the PR it would open
    #expect(try sandbox.prlint(["hook", "run"], environment: ["PRE_COMMIT": "1"]).status == 1)

    try sandbox.git(["switch", "-q", "main"])
    let main = try sandbox.prlint(["hook", "run"], environment: ["PRE_COMMIT": "1"])
    #expect(main.status == 0 && main.stderr.isEmpty)
    try sandbox.git(["switch", "-q", "--detach", "bad"])  // as CI checks out a PR: no branch, no PR
    let detached = try sandbox.prlint(["hook", "run"], environment: ["PRE_COMMIT": "1"])
    #expect(detached.status == 0 && detached.stderr.isEmpty)
  }

  /// `pre-commit run --hook-stage pre-push --from-ref A --to-ref B` names commits, not a branch.
  @Test func refsWithoutABranchAreNamedAfterTheBranchCheckedOut() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.branch("bad", message: "wip")
    let sha = try sandbox.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .newlines)
    let main = try sandbox.git(["rev-parse", "main"]).stdout.trimmingCharacters(in: .newlines)
    let refs = ["PRE_COMMIT": "1", "PRE_COMMIT_FROM_REF": main, "PRE_COMMIT_TO_REF": sha]
    let run = try sandbox.prlint(["hook", "run"], environment: refs)
    #expect(run.status == 1)
    #expect(run.stderr.contains("✖ bad@") && !run.stderr.contains("HEAD@"), "\(run.stderr)")
    // No push is under way, so prlint's own hook checks nothing: this run still does.
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    #expect(try sandbox.prlint(["hook", "run"], environment: refs).status == 1)
  }
}
