import Foundation
import Testing

@testable import PRLintKit

/// GitRepository against real git, isolated from the host's configuration.
struct GitRepositoryTests {
  static let environment = [
    "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "init.defaultBranch", "GIT_CONFIG_VALUE_0": "main",
  ]

  /// A repository with one commit on main holding `files`; the caller removes the directory.
  private func repository(_ files: [String: String]) throws -> (URL, GitRepository) {
    let directory = try TestSupport.temporaryDirectory(files)
    let repository = GitRepository(directory: directory, environment: Self.environment)
    _ = try repository.git.run(["init", "-q"])
    _ = try repository.git.run(["add", "-A"])
    _ = try repository.git.run(["commit", "-q", "-m", "Initial commit"])
    return (directory, repository)
  }

  private func write(_ text: String, to path: String, in directory: URL) throws {
    try Data(text.utf8).write(to: directory.appendingPathComponent(path))
  }

  @Test func changedFilesFollowRenamesAndBinariesAndOddNames() throws {
    let lines = (1...40).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let (directory, repository) = try repository(["old name.txt": lines, "keep.txt": "a\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try repository.git.run(["switch", "-q", "-c", "feature"])
    _ = try repository.git.run(["mv", "old name.txt", "new\tname.txt"])
    try write(lines + "line 41\n", to: "new\tname.txt", in: directory)
    try Data([0, 1, 2, 0xFF, 0]).write(to: directory.appendingPathComponent("blob.bin"))
    try write("x\ny\n", to: "two\nlines.md", in: directory)
    _ = try repository.git.run(["add", "-A"])
    _ = try repository.git.run(["commit", "-q", "-m", "Rename and add"])

    let files = try repository.changedFiles(base: "main")
    let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    #expect(files.count == 3)
    #expect(
      byPath["new\tname.txt"]
        == ChangedFile(path: "new\tname.txt", previousPath: "old name.txt", additions: 1, deletions: 0))
    #expect(byPath["blob.bin"]?.isBinary == true)
    #expect(byPath["two\nlines.md"]?.additions == 2)
  }

  @Test func diffIsFromTheMergeBaseNotTheBaseTip() throws {
    let (directory, repository) = try repository(["a.txt": "a\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try repository.git.run(["switch", "-q", "-c", "feature"])
    try write("b\n", to: "b.txt", in: directory)
    _ = try repository.git.run(["add", "-A"])
    _ = try repository.git.run(["commit", "-q", "-m", "Add b"])
    _ = try repository.git.run(["switch", "-q", "main"])
    try write((1...50).map(String.init).joined(separator: "\n"), to: "c.txt", in: directory)
    _ = try repository.git.run(["add", "-A"])
    _ = try repository.git.run(["commit", "-q", "-m", "Main moves on"])

    let files = try repository.changedFiles(base: "main", head: "feature")
    #expect(files == [ChangedFile(path: "b.txt", additions: 1, deletions: 0)])
  }

  @Test func messageSplitsSubjectAndBody() throws {
    let (directory, repository) = try repository(["a.txt": "a\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try repository.git.run(["commit", "-q", "--allow-empty", "-m", "Add retries\n\n## What\nRetries uploads.\n"])
    let message = try repository.message(of: "HEAD")
    #expect(message.subject == "Add retries")
    #expect(message.body == "## What\nRetries uploads.")
    _ = try repository.git.run(["commit", "-q", "--allow-empty", "-m", "Subject only"])
    #expect(try repository.message(of: "HEAD") == ("Subject only", ""))
  }

  @Test func unknownRevisionsAreNilAndFailuresNameTheCommand() throws {
    let (directory, repository) = try repository(["a.txt": "a\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try repository.commit("no-such-branch") == nil)
    #expect(try repository.commit("--help") == nil)
    #expect(try repository.commit("main")?.count == 40)
    #expect {
      try repository.changedFiles(base: "no-such-branch")
    } throws: { error in
      let description = "\(error)"
      return description.hasPrefix("git diff --numstat -z -M") && description.contains("no-such-branch")
        && !description.contains("\n")
    }
  }

  @Test func defaultBranchPrefersRemoteHEADThenTheNamesInOrder() throws {
    let (directory, repository) = try repository(["a.txt": "a\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let names = ["main", "master"]
    #expect(try repository.defaultBranch(ofRemote: "origin", names: names) == nil)
    #expect(try !repository.tracksBranches(ofRemote: "origin"))
    _ = try repository.git.run(["remote", "add", "origin", "https://example.com/repo.git"])
    #expect(try !repository.tracksBranches(ofRemote: "origin"))
    _ = try repository.git.run(["update-ref", "refs/remotes/origin/master", "HEAD"])
    #expect(try repository.tracksBranches(ofRemote: "origin"))
    #expect(try repository.defaultBranch(ofRemote: "origin", names: names) == "refs/remotes/origin/master")
    _ = try repository.git.run(["update-ref", "refs/remotes/origin/main", "HEAD"])
    #expect(try repository.defaultBranch(ofRemote: "origin", names: names) == "refs/remotes/origin/main")
    #expect(
      try repository.defaultBranch(ofRemote: "origin", names: ["master", "main"]) == "refs/remotes/origin/master")
    _ = try repository.git.run(["update-ref", "refs/remotes/origin/trunk", "HEAD"])
    _ = try repository.git.run(["symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk"])
    #expect(try repository.defaultBranch(ofRemote: "origin", names: names) == "refs/remotes/origin/trunk")
    #expect(try repository.defaultBranch(ofRemote: "https://example.com/repo.git", names: names) == nil)
    #expect(try !repository.isRemote("https://example.com/repo.git") && !repository.isRemote("--all"))
  }

  @Test func hooksDirectoryHonoursCoreHooksPath() throws {
    let (directory, repository) = try repository(["sub/a.txt": "a\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let top = directory.resolvingSymlinksInPath().path
    #expect(try repository.hooksDirectory().resolvingSymlinksInPath().path == top + "/.git/hooks")
    _ = try repository.git.run(["config", "core.hooksPath", ".githooks"])
    let inSubdirectory = GitRepository(
      directory: directory.appendingPathComponent("sub"), environment: Self.environment)
    #expect(try inSubdirectory.hooksDirectory().resolvingSymlinksInPath().path == top + "/.githooks")
  }
}
