import Foundation
import Testing

/// prlint under the real pre-commit framework, with README's configuration: the oldest release the
/// manifest supports and the newest, and Debian 12's, which must say why it cannot run it.
@Suite(.serialized, .needsPreCommit)
struct PreCommitTests {
  @Test(arguments: PreCommit.supported)
  func readmeConfigurationChecksAPushAndAutoupdatePinsACommit(_ release: PreCommit) throws {
    let sandbox = try PreCommitSandbox(release)
    defer { sandbox.remove() }
    try sandbox.preCommit(["install", "--hook-type", "pre-push"]).expectSuccess()
    try sandbox.git.branch("bad", message: "wip")
    let bad = try sandbox.push(["origin", "bad"])
    #expect(bad.status != 0)
    #expect(bad.stdout.contains("✖ bad@"), "\(bad.stdout)\(bad.stderr)")
    #expect(try !sandbox.git.remoteHas("refs/heads/bad"))

    // No release tags yet: autoupdate pins README's branch to the full sha of its newest commit.
    try sandbox.preCommit(["autoupdate"]).expectSuccess()
    let sha = try sandbox.git.git(["rev-parse", "HEAD"], in: sandbox.hooks).stdout.trimmingCharacters(in: .newlines)
    let pinned = try sandbox.git.read(".pre-commit-config.yaml")
    #expect(sha.count == 40 && pinned.contains("rev: \(sha)"), "\(pinned)")
    try sandbox.git.git(["commit", "-q", "-a", "-m", "Pin prlint"])
    try sandbox.git.branch("good", message: GitSandbox.goodMessage)
    let good = try sandbox.push(["origin", "good"])
    #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
    #expect(try sandbox.git.remoteHas("refs/heads/good"))
  }

  /// README's configuration declares the minimum, so a release that cannot read `stages: [pre-push]`
  /// says which version it needs rather than failing on the manifest's stage name.
  @Test func aReleaseTooOldSaysWhichVersionItNeeds() throws {
    let sandbox = try PreCommitSandbox(PreCommit.tooOld)
    defer { sandbox.remove() }
    try sandbox.preCommit(["install", "--hook-type", "pre-push"]).expectSuccess()
    try sandbox.git.branch("feature", message: GitSandbox.goodMessage)
    let pushed = try sandbox.push(["origin", "feature"])
    #expect(pushed.status != 0)
    #expect(
      (pushed.stdout + pushed.stderr).contains("pre-commit version 3.2.0 is required but version 3.0.4 is installed"),
      "\(pushed.stdout)\(pushed.stderr)")
  }

  @Test(arguments: PreCommit.supported)
  func theFirstPushOfMainReachesAnEmptyRemote(_ release: PreCommit) throws {
    let sandbox = try PreCommitSandbox(release, pushed: false)
    defer { sandbox.remove() }
    try sandbox.preCommit(["install", "--hook-type", "pre-push"]).expectSuccess()
    let pushed = try sandbox.push(["origin", "main"])
    #expect(pushed.status == 0, "\(pushed.stdout)\(pushed.stderr)")
    #expect(try sandbox.git.remoteHas("refs/heads/main"))
  }

  /// pre-commit hands its hooks the first pushed ref only (pre-commit/pre-commit#1908), so its entry
  /// checks that one; prlint's own hook, installed beside pre-commit's in either order, checks every ref,
  /// and the entry then leaves the push to it: each branch is reported once.
  @Test(arguments: PreCommit.supported)
  func prlintsOwnHookBesidePreCommitChecksEveryRefOnce(_ release: PreCommit) throws {
    for prlintFirst in [false, true] {
      let sandbox = try PreCommitSandbox(release)
      defer { sandbox.remove() }
      let installPreCommit = { try sandbox.preCommit(["install", "--hook-type", "pre-push"]).expectSuccess() }
      if prlintFirst {
        try sandbox.prlint(["hook", "install"]).expectSuccess()
        try installPreCommit()  // moves prlint's hook to pre-push.legacy, which it runs first
        let again = try sandbox.prlint(["hook", "install"])
        #expect(again.status == 0 && again.stdout.hasSuffix("nothing to do\n"), "\(again.stdout)")
      } else {
        try installPreCommit()
        try sandbox.prlint(["hook", "install"]).expectSuccess()  // chains pre-commit's hook
      }
      try sandbox.git.branch("bad1", message: "wip: one")
      try sandbox.git.branch("good", message: GitSandbox.goodMessage)
      try sandbox.git.branch("bad2", message: "wip: two")
      let pushed = try sandbox.push(["origin", "bad1", "good", "bad2"])
      let output = pushed.stdout + pushed.stderr
      #expect(pushed.status != 0)
      #expect(output.components(separatedBy: "✖ bad1@").count == 2, "prlint first: \(prlintFirst)\n\(output)")
      #expect(output.components(separatedBy: "✖ bad2@").count == 2, "prlint first: \(prlintFirst)\n\(output)")
      #expect(try !sandbox.git.remoteHas("refs/heads/good"))

      // Without prlint's own hook, pre-commit's entry sees only the first ref: README says so.
      let uninstall = try sandbox.prlint(["hook", "uninstall"])
      #expect(uninstall.status == 0, "\(uninstall.stderr)")
      let entryAlone = try sandbox.push(["origin", "good", "bad2"])
      #expect(entryAlone.status == 0, "\(entryAlone.stdout)\(entryAlone.stderr)")
      let firstBad = try sandbox.push(["origin", "bad1", "good"])
      #expect(firstBad.status != 0)
      #expect(firstBad.stdout.contains("✖ bad1@"))
    }
  }

  /// `pre-commit run --hook-stage pre-push`, by hand or in CI, where no push is under way: the branch
  /// checked out is checked as the PR it would open, and named after it.
  @Test(arguments: PreCommit.supported)
  func runByHandChecksTheBranchCheckedOut(_ release: PreCommit) throws {
    let sandbox = try PreCommitSandbox(release)
    defer { sandbox.remove() }
    let run = ["run", "--hook-stage", "pre-push"]
    try sandbox.git.branch("bad", message: "wip")
    let bad = try sandbox.preCommit(run)
    #expect(bad.status == 1, "\(bad.stdout)\(bad.stderr)")
    #expect(bad.stdout.contains("✖ bad@") && !bad.stdout.contains("HEAD@"), "\(bad.stdout)")
    try sandbox.git.branch("good", message: GitSandbox.goodMessage)
    let good = try sandbox.preCommit(run)
    #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
    try sandbox.git.git(["switch", "-q", "main"])  // the default branch opens no PR
    let main = try sandbox.preCommit(run)
    #expect(main.status == 0, "\(main.stdout)\(main.stderr)")
  }
}
