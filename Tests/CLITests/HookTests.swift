import Foundation
import Testing

/// `prlint hook` and `--diff-base` end to end with real git: pushes to a bare remote go through or
/// are blocked by the installed pre-push hook.
@Suite(.serialized)
struct HookTests {
  @Test func goodDescriptionPushesAndBadOneIsBlocked() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    let install = try sandbox.prlint(["hook", "install"])
    #expect(install.status == 0)
    #expect(install.stdout.hasPrefix("installed the prlint pre-push hook at "))

    try sandbox.branch("good", message: GitSandbox.goodMessage)
    let good = try sandbox.run(["push", "origin", "good"])
    #expect(good.status == 0, "\(good.stderr)")
    #expect(good.stderr.contains("✔ good@"))
    #expect(try sandbox.remoteHas("refs/heads/good"))

    try sandbox.branch("bad", message: "wip: quick fix")
    let bad = try sandbox.run(["push", "origin", "bad"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("error: title starts with \"wip\""))
    #expect(bad.stderr.contains("✖ bad@"))
    #expect(bad.stderr.contains("prlint: push blocked: reword the tip commit (git commit --amend), or push anyway"))
    #expect(bad.stderr.contains("PRLINT_SKIP=1 git push"))
    #expect(try !sandbox.remoteHas("refs/heads/bad"))
  }

  @Test func skipVariableBypassesTheHook() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    try sandbox.branch("bad", message: "wip")
    #expect(try sandbox.run(["push", "origin", "bad"]).status != 0)
    let skipped = try sandbox.run(["push", "origin", "bad"], environment: ["PRLINT_SKIP": "1"])
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(!skipped.stderr.contains("prlint:") && !skipped.stderr.contains("bad@"))
    #expect(try sandbox.remoteHas("refs/heads/bad"))
  }

  @Test func existingHookIsChainedRunsFirstAndCanBlock() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    let theirs = "#!/bin/sh\necho \"$1\" > .git/chained-args\ncat > .git/chained-input\nexit \"${CHAINED_EXIT:-0}\"\n"
    try sandbox.write([".git/hooks/pre-push": theirs])
    try sandbox.git(["update-index", "--refresh"])  // nothing tracked changed; keeps git quiet
    _ = chmod(sandbox.work.appendingPathComponent(".git/hooks/pre-push").path, 0o755)

    let install = try sandbox.prlint(["hook", "install"])
    #expect(install.status == 0)
    #expect(install.stdout.contains("is now pre-push.prlint-chained and runs first"))

    try sandbox.branch("good", message: GitSandbox.goodMessage)
    let sha = try sandbox.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .newlines)
    let pushed = try sandbox.run(["push", "origin", "good"])
    #expect(pushed.status == 0, "\(pushed.stderr)")
    #expect(try sandbox.read(".git/chained-args") == "origin\n")
    #expect(
      try sandbox.read(".git/chained-input")
        == "refs/heads/good \(sha) refs/heads/good \(String(repeating: "0", count: 40))\n")
    #expect(pushed.stderr.contains("✔ good@"))  // prlint read the same input after the chained hook

    try sandbox.branch("good2", message: GitSandbox.goodMessage)
    let blocked = try sandbox.run(["push", "origin", "good2"], environment: ["CHAINED_EXIT": "3"])
    #expect(blocked.status != 0)
    #expect(blocked.stderr.contains("pre-push.prlint-chained failed (exit 3): push blocked"))
    #expect(try !sandbox.remoteHas("refs/heads/good2"))

    let uninstall = try sandbox.prlint(["hook", "uninstall"])
    #expect(uninstall.status == 0)
    #expect(uninstall.stdout.hasPrefix("removed the prlint pre-push hook; the chained hook is back at "))
    #expect(try sandbox.read(".git/hooks/pre-push") == theirs)
    #expect(
      !FileManager.default.fileExists(
        atPath: sandbox.work.appendingPathComponent(".git/hooks/pre-push.prlint-chained").path))
  }

  @Test func coreHooksPathIsHonoured() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.git(["config", "core.hooksPath", ".githooks"])
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    #expect(FileManager.default.fileExists(atPath: sandbox.work.appendingPathComponent(".githooks/pre-push").path))
    #expect(!FileManager.default.fileExists(atPath: sandbox.work.appendingPathComponent(".git/hooks/pre-push").path))
    try sandbox.branch("bad", message: "wip")
    let bad = try sandbox.run(["push", "origin", "bad"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("prlint: push blocked"))
    // install made .githooks; uninstall leaves no empty folder behind.
    try sandbox.prlint(["hook", "uninstall"]).expectSuccess()
    #expect(!FileManager.default.fileExists(atPath: sandbox.work.appendingPathComponent(".githooks").path))
  }

  @Test func installTwiceIsANoOpAndUninstallLetsPushesThrough() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    let hook = try sandbox.read(".git/hooks/pre-push")
    let again = try sandbox.prlint(["hook", "install"])
    #expect(again.status == 0)
    #expect(again.stdout.contains("already installed") && again.stdout.hasSuffix("nothing to do\n"))
    #expect(try sandbox.read(".git/hooks/pre-push") == hook)

    let uninstall = try sandbox.prlint(["hook", "uninstall"])
    #expect(uninstall.stdout.hasPrefix("removed the prlint pre-push hook from "))
    let twice = try sandbox.prlint(["hook", "uninstall"])
    #expect(twice.status == 0 && twice.stdout.hasSuffix("nothing to remove\n"))
    try sandbox.branch("bad", message: "wip")
    #expect(try sandbox.run(["push", "origin", "bad"]).status == 0)
  }

  @Test func deletingABranchAndPushingATagLintNothing() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.branch("bad", message: "wip")
    try sandbox.git(["push", "-q", "origin", "bad"])
    try sandbox.git(["tag", "v1"])
    try sandbox.prlint(["hook", "install"]).expectSuccess()

    let tag = try sandbox.run(["push", "origin", "v1"])
    #expect(tag.status == 0, "\(tag.stderr)")
    #expect(!tag.stderr.contains("prlint:") && !tag.stderr.contains("@"))
    let deletion = try sandbox.run(["push", "origin", "--delete", "bad"])
    #expect(deletion.status == 0, "\(deletion.stderr)")
    #expect(!deletion.stderr.contains("prlint:") && !deletion.stderr.contains("@"))
    #expect(try !sandbox.remoteHas("refs/heads/bad"))
  }

  @Test func diffSizeCountsTheBranchSinceItForkedFromTheDefaultBranch() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    let config = "rules:\n  diff-size:\n    warn-lines: 5\n    max-lines: 10\n"
    try sandbox.commit("Configure prlint", files: [".prlint.yml": config])
    try sandbox.git(["push", "-q", "origin", "main"])
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    try sandbox.branch("big", message: GitSandbox.goodMessage, files: ["big.txt": lines(30)])
    // main moves on after the branch forked: those 100 lines are not the PR's.
    try sandbox.git(["switch", "-q", "main"])
    try sandbox.commit("Unrelated work", files: ["other.txt": lines(100)])
    try sandbox.git(["push", "-q", "origin", "main"])

    let pushed = try sandbox.run(["push", "origin", "big"])
    #expect(pushed.status != 0)
    #expect(pushed.stderr.contains("error: the diff changes 30 lines, over the limit of 10"))
    #expect(!pushed.stderr.contains("note:"))

    // Pushing to a URL has no remote-tracking branches: no diff, said once, the rest is still checked.
    let byURL = try sandbox.run(["push", sandbox.remote.path, "big"])
    #expect(byURL.status == 0, "\(byURL.stderr)")
    #expect(byURL.stderr.components(separatedBy: "prlint: note: no default branch known").count == 2)
    #expect(byURL.stderr.contains("✔ big@"))
  }

  @Test func bodyFileReplacesTheCommitBody() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    let body = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/PR.md"), encoding: .utf8)
    try sandbox.write([".prlint.yml": "hook:\n  body-file: .github/pr-body.md\n", ".github/pr-body.md": body])
    try sandbox.prlint(["hook", "install"]).expectSuccess()
    try sandbox.branch("feature", message: "Add INT8 quantization to the exporter")
    let pushed = try sandbox.run(["push", "origin", "feature"])
    #expect(pushed.status == 0, "\(pushed.stderr)")
    #expect(pushed.stderr.contains("(.github/pr-body.md) passed"))

    try sandbox.write([".github/pr-body.md": "## What\nTODO\n"])
    try sandbox.commit("Add INT8 quantization to the exporter")
    let blocked = try sandbox.run(["push", "origin", "feature"])
    #expect(blocked.status != 0)
    #expect(blocked.stderr.contains("prlint: push blocked: edit .github/pr-body.md, or push anyway"))
  }

  @Test func preCommitFrameworkPassesThePushInTheEnvironment() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.branch("bad", message: "wip")
    let sha = try sandbox.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .newlines)
    var environment = [
      "PRE_COMMIT_REMOTE_NAME": "origin", "PRE_COMMIT_REMOTE_BRANCH": "refs/heads/bad",
      "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/bad", "PRE_COMMIT_TO_REF": sha,
      "PRE_COMMIT_FROM_REF": String(repeating: "0", count: 40),
    ]
    let bad = try sandbox.prlint(["hook", "run"], environment: environment)
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("✖ bad@"))
    let skipped = try sandbox.prlint(["hook", "run"], environment: environment.merging(["PRLINT_SKIP": "1"]) { $1 })
    #expect(skipped.status == 0 && skipped.stderr.isEmpty)
    environment["PRE_COMMIT_REMOTE_BRANCH"] = "refs/tags/v1"
    let tag = try sandbox.prlint(["hook", "run"], environment: environment)
    #expect(tag.status == 0 && tag.stderr.isEmpty && tag.stdout.isEmpty)
  }

  @Test func runOutsideGitIsAUsageError() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    let noRemote = try sandbox.prlint(["hook", "run"], stdin: "")
    #expect(noRemote.status == 2)
    #expect(noRemote.stderr == "prlint: prlint hook run: expected the remote's name, as git passes it\n")
    let garbage = try sandbox.prlint(["hook", "run", "origin", "url"], stdin: "refs/heads/a 1234\n")
    #expect(garbage.status == 2)
    #expect(garbage.stderr.hasPrefix("prlint: <stdin>: line 1: expected <local ref> <local sha>"))
    let nothing = try sandbox.prlint(["hook", "run", "origin", "url"], stdin: "")
    #expect(nothing.status == 0 && nothing.stderr.isEmpty)
  }

  @Test func diffBaseFillsTheDiffSize() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    try sandbox.write([".prlint.yml": "rules:\n  diff-size:\n    warn-lines: 5\n    max-lines: 10\n"])
    try sandbox.branch(
      "big", message: "Big", files: ["big.txt": lines(12), "small.txt": "x\n", "yarn.lock": lines(50)])
    let body = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/PR.md"), encoding: .utf8)
    let checked = try sandbox.prlint(["check", "--diff-base", "main"], stdin: body)
    #expect(checked.status == 1)
    // 12 + 1 lines, plus .prlint.yml's 4: it is not on main, so the branch adds it.
    // yarn.lock is excluded by diff-size's default globs: the file list lets the rule leave it out.
    #expect(
      checked.stdout.contains(
        "error: the diff changes 17 lines (not counting 50 lines in 1 excluded file), over the limit of 10"))

    let unknown = try sandbox.prlint(["check", "--diff-base", "no-such-branch"], stdin: body)
    #expect(unknown.status == 2)
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr == "prlint: --diff-base no-such-branch: no such commit, branch or tag in this repository\n")
  }

  private func lines(_ count: Int) -> String {
    (1...count).map { "line \($0)\n" }.joined()
  }
}

extension CLIRunner.Output {
  func expectSuccess() throws {
    guard status == 0 else { throw GitSandbox.CommandFailed(description: "exit \(status): \(stderr)") }
  }
}

/// A failed install never costs the user their hook: the script is written beside it first.
struct HookInstallFailureTests {
  @Test func aWriteThatFailsLeavesTheUsersHookRunning() throws {
    let sandbox = try GitSandbox()
    defer { sandbox.remove() }
    let theirs = "#!/bin/sh\necho 'their hook blocks this push' >&2\nexit 1\n"
    try sandbox.write([".git/hooks/pre-push": theirs])
    let hook = sandbox.work.appendingPathComponent(".git/hooks/pre-push")
    _ = chmod(hook.path, 0o755)
    // No byte may be written: the write fails with EFBIG (SIGXFSZ ignored, as a shell may have it).
    let install = try CLIRunner.run(
      ["-c", "trap '' XFSZ; ulimit -f 0; exec \"$0\" hook install", CLIRunner.executable.path],
      directory: sandbox.work, environment: GitSandbox.environment, executable: URL(fileURLWithPath: "/bin/bash"))
    #expect(install.status == 2)
    #expect(
      install.stderr.contains("pre-push: cannot be written (file too large): the hook that was there is unchanged"))
    #expect(try sandbox.read(".git/hooks/pre-push") == theirs)
    #expect(FileManager.default.isExecutableFile(atPath: hook.path))
    let hooks = try FileManager.default.contentsOfDirectory(atPath: hook.deletingLastPathComponent().path)
    #expect(!hooks.contains("pre-push.prlint-chained") && !hooks.contains("pre-push.prlint-new"))
    // The user's hook still runs and blocks, and a later install chains it as usual.
    try sandbox.branch("feature", message: GitSandbox.goodMessage)
    #expect(try sandbox.run(["push", "origin", "feature"]).status != 0)
    #expect(try sandbox.prlint(["hook", "install"]).status == 0)
    #expect(try sandbox.read(".git/hooks/pre-push.prlint-chained") == theirs)
  }
}
