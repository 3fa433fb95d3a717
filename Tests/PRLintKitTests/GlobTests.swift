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

/// A PR can change `.prlint.yml`: brace groups multiply, so past `Glob.maximumAlternatives` they are
/// literal text (a 129-byte `{a,b}{a,b}…` once took 82 s and 2.8 GB to match).
struct GlobBraceLimitTests {
  @Test func bracesWithinTheLimitExpand() {
    let glob = Glob(String(repeating: "{a,b}", count: 10))  // 1,024 alternatives
    #expect(glob.matches("abababbbaa"))
    #expect(!glob.matches("abababbbac"))
  }

  @Test func bracesPastTheLimitAreLiteral() {
    let pattern = String(repeating: "{a,b}", count: 25) + "c"
    let glob = Glob(pattern)
    #expect(!glob.matches(String(repeating: "a", count: 25) + "c"))
    #expect(glob.matches(pattern))
    #expect(!Glob(String(repeating: "{a,b,c,d,e,f,g,h}", count: 4)).matches("abcd"))  // 4,096
  }
}
