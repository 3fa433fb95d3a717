import Testing

@testable import PRLintKit

@Suite struct GlobTests {
  @Test(arguments: [
    ("yarn.lock", "yarn.lock", true),
    ("yarn.lock", "web/yarn.lock", true),
    ("yarn.lock", "web/yarn.lock.bak", false),
    ("*.min.js", "static/app.min.js", true),
    ("*.min.js", "static/app.js", false),
    ("*.snap", "a/b/__snapshots__/x.test.ts.snap", true),
    ("vendor/**", "vendor/github.com/x/y.go", true),
    ("vendor/**", "src/vendor/y.go", false),
    ("vendor/", "vendor/a.c", true),
    ("**/generated/**", "generated/a.swift", true),
    ("**/generated/**", "api/generated/v1/a.swift", true),
    ("**/generated/**", "api/generated.swift", false),
    ("Sources/**/*.swift", "Sources/A.swift", true),
    ("Sources/**/*.swift", "Sources/X/Y/A.swift", true),
    ("Sources/**/*.swift", "Tests/A.swift", false),
    ("/docs/*.md", "docs/a.md", true),
    ("/docs/*.md", "x/docs/a.md", false),
    ("*.{css,scss}", "ui/site.scss", true),
    ("*.{css,scss}", "ui/site.sass", false),
    ("*_test.go", "pkg/x_test.go", true),
    ("test_*.py", "tests/test_api.py", true),
    ("[Tt]ests/**", "Tests/a.swift", true),
    ("[!T]ests/**", "Tests/a.swift", false),
    ("file?.txt", "file1.txt", true),
    ("file?.txt", "file10.txt", false),
    ("*", "a/b", true),
    ("a*b*c", "axxbyybzc", true),
    ("a*b*c", "axxbyyb", false),
  ])
  func matching(pattern: String, path: String, expected: Bool) {
    #expect(Glob(pattern).matches(path) == expected, "\(pattern) against \(path)")
  }

  @Test func manyStarsAgainstALongName() {
    // Backtracking only to the last star bounds this by pattern × name, not exponentially.
    let name = String(repeating: "a", count: 10_000)
    #expect(!Glob(String(repeating: "*a", count: 50) + "b").matches(name))
  }
}
