import Testing

@testable import PRLintKit

/// The lines git gives a pre-push hook, and which of them a PR could come of.
struct PushUpdateTests {
  private let sha = "1f0e3d2c1b0a99887766554433221100ffeeddcc"
  private let zero = String(repeating: "0", count: 40)

  @Test func parsesOneUpdatePerLine() throws {
    let text = "refs/heads/feature \(sha) refs/heads/feature \(zero)\nrefs/tags/v1 \(sha) refs/tags/v1 \(zero)\n"
    let updates = try PushUpdate.parse(text)
    #expect(updates.count == 2)
    #expect(
      updates[0]
        == PushUpdate(localRef: "refs/heads/feature", localSHA: sha, remoteRef: "refs/heads/feature", remoteSHA: zero))
    #expect(updates[0].remoteBranch == "feature")
    #expect(updates.map(\.isLintable) == [true, false])
  }

  @Test func deletionsTagsAndNoOpsAreNotLintable() throws {
    let deletion = PushUpdate(localRef: "(delete)", localSHA: zero, remoteRef: "refs/heads/old", remoteSHA: sha)
    #expect(deletion.isDeletion && !deletion.isLintable)
    let tag = PushUpdate(localRef: "refs/tags/v2", localSHA: sha, remoteRef: "refs/tags/v2", remoteSHA: zero)
    #expect(tag.remoteBranch == nil && !tag.isLintable)
    let unchanged = PushUpdate(localRef: "refs/heads/a", localSHA: sha, remoteRef: "refs/heads/a", remoteSHA: sha)
    #expect(!unchanged.isLintable)
    let sha256Deletion = PushUpdate(
      localRef: "(delete)", localSHA: String(repeating: "0", count: 64), remoteRef: "refs/heads/x", remoteSHA: sha)
    #expect(sha256Deletion.isDeletion)
  }

  @Test(arguments: [
    ("git@gitlab.com:group/project.git", Platform.gitlab), ("https://gitlab.example.org/a/b.git", .gitlab),
    ("ssh://git@github.com:22/octo/repo.git", .github), ("https://user@github.com/octo/repo", .github),
    ("https://example.com/github/repo.git", nil), ("/srv/git/gitlab.git", nil), ("origin", nil),
  ])
  func platformFromTheRemoteHost(url: String, platform: Platform?) {
    #expect(Platform.guess(remoteURL: url) == platform)
  }

  @Test func blankLinesAreIgnoredAndShortLinesRefused() throws {
    #expect(try PushUpdate.parse("\n\n").isEmpty)
    #expect(throws: PushUpdate.MalformedLine.self) { try PushUpdate.parse("refs/heads/a \(sha)\n") }
  }

  /// An object id is hex, 40 or 64 digits: anything else in that place could reach git as an option
  /// (`--output=/path` made git write a file).
  @Test(arguments: ["--output=/tmp/x", "HEAD", "1f0e3d2c", String(repeating: "g", count: 40), ""])
  func anObjectIDThatIsNotHexIsRefused(_ id: String) {
    for line in ["refs/heads/a \(id) refs/heads/a \(zero)", "refs/heads/a \(sha) refs/heads/a \(id)"] {
      #expect(throws: PushUpdate.MalformedLine.self) { try PushUpdate.parse(line + "\n") }
    }
    #expect(throws: Never.self) {
      try PushUpdate.parse("refs/heads/a \(String(repeating: "a", count: 64)) refs/heads/a \(zero)")
    }
  }
}
