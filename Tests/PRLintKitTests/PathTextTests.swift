import Foundation
import Testing

@testable import PRLintKit

/// `PathText` against the `URL` expressions it stands in for.
struct PathTextTests {
  static let directories = [
    "/", "/tmp", "/tmp/a", "/tmp/a b/c", "/tmp/per%20cent", "/tmp/naïve/ü", "/tmp/a/", "/tmp//a", "/tmp/./a",
    "/tmp/a/..", "/tmp/../etc", "relative/dir", ".", "", "/.hidden/x", "/tmp/a.b/c..d", "/tmp/...", "/tmp/.../x",
    "/..", "/tmp/.", "/tmp/a/.", "/tmp/.a/..b", "//",
  ]
  static let names = [
    ".prlint.yml", ".github/prlint.yml", ".git", "docs/pull_request_template.md", "a b.md", "..", ".", "...",
    "a/../b", "a/./b", "a/", "/b", "",
  ]

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
