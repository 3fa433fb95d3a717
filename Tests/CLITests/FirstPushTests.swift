import Foundation
import Testing

/// The first pushes of a project, to a new and empty remote or to a URL, where git knows no `origin/HEAD`:
/// the default branch is still never checked as a PR, and the branches pushed beside it are.
@Suite(.serialized)
struct FirstPushTests {
  @Test func theInitialCommitOfMainReachesAnEmptyRemote() throws {
    let sandbox = try GitSandbox(pushed: false)
    defer { sandbox.remove() }
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    let pushed = try sandbox.run(["push", "origin", "main"])
    #expect(pushed.status == 0, "\(pushed.stderr)")
    #expect(!pushed.stderr.contains("prlint:") && !pushed.stderr.contains("main@"))
    #expect(try sandbox.remoteHas("refs/heads/main"))
  }

  @Test func theInitialCommitOfMainReachesAURL() throws {
    let sandbox = try GitSandbox(pushed: false)
    defer { sandbox.remove() }
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    let pushed = try sandbox.run(["push", sandbox.remote.path, "main"])
    #expect(pushed.status == 0, "\(pushed.stderr)")
    #expect(!pushed.stderr.contains("prlint:") && !pushed.stderr.contains("main@"))
    #expect(try sandbox.remoteHas("refs/heads/main"))
  }

  /// `init.defaultBranch` names the default branch, and failing that the branch checked out when the
  /// remote has no branches yet: the first branch pushed to an empty repository becomes its default
  /// on GitHub and GitLab.
  @Test func anotherDefaultBranchNameIsRecognised() throws {
    let sandbox = try GitSandbox(pushed: false)
    defer { sandbox.remove() }
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    try sandbox.git(["branch", "-m", "main", "trunk"])
    try sandbox.git(["switch", "-q", "-c", "feature"])  // not the branch checked out: the name decides
    let configured = try sandbox.run(["push", "origin", "trunk"], environment: ["GIT_CONFIG_VALUE_0": "trunk"])
    #expect(configured.status == 0, "\(configured.stderr)")
    #expect(!configured.stderr.contains("prlint:"))

    let other = try GitSandbox(pushed: false)
    defer { other.remove() }
    try other.prlint(["hook", "install"]).expectSuccess()
    try other.git(["branch", "-m", "main", "develop"])
    let checkedOut = try other.run(["push", "origin", "develop"])
    #expect(checkedOut.status == 0, "\(checkedOut.stderr)")
    #expect(!checkedOut.stderr.contains("prlint:"))
  }

  @Test func aBranchPushedWithTheFirstMainIsCheckedAgainstIt() throws {
    let sandbox = try GitSandbox(pushed: false)
    defer { sandbox.remove() }
    try sandbox.write([".prlint.yml": "rules:\n  diff-size:\n    warn-lines: 5\n    max-lines: 10\n"])
    try sandbox.commit("Configure prlint")
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    try sandbox.branch("big", message: GitSandbox.goodMessage, files: ["big.txt": lines(30)])
    try sandbox.git(["switch", "-q", "main"])

    let pushed = try sandbox.run(["push", "origin", "main", "big"])
    #expect(pushed.status != 0)
    #expect(!pushed.stderr.contains("main@"))
    #expect(pushed.stderr.contains("error: the diff changes 30 lines, over the limit of 10"))
    #expect(!pushed.stderr.contains("note:"))
    #expect(try !sandbox.remoteHas("refs/heads/main"))
  }

  /// A branch that is not the default, pushed first to an empty remote or to a URL, is still checked; the
  /// note says why there is no diff size, with no hint that cannot work (set-head on an empty remote or a URL).
  @Test func aFeatureBranchIsStillCheckedWithoutADiffSize() throws {
    let sandbox = try GitSandbox(pushed: false)
    defer { sandbox.remove() }
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    try sandbox.branch("feature", message: "wip")
    try sandbox.git(["switch", "-q", "main"])
    let named = try sandbox.run(["push", "origin", "feature"])
    #expect(named.status != 0)
    #expect(named.stderr.contains("✖ feature@"))
    #expect(
      named.stderr.contains(
        "prlint: note: no default branch known for remote \"origin\" (it has no branches here yet): "
          + "checking without the diff size"))
    let byURL = try sandbox.run(["push", sandbox.remote.path, "feature"])
    #expect(byURL.status != 0)
    #expect(byURL.stderr.contains("✖ feature@"))
    #expect(
      byURL.stderr.contains(
        "prlint: note: no default branch known for a push to a URL (it has no remote-tracking branches): "
          + "checking without the diff size"))
    #expect(!named.stderr.contains("set-head") && !byURL.stderr.contains("set-head"))
  }

  private func lines(_ count: Int) -> String {
    (1...count).map { "line \($0)\n" }.joined()
  }
}
