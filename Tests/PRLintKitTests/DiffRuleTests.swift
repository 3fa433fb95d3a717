import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// `tests-included` and `screenshots`: which paths count, and what in a body answers them.
struct DiffRuleTests {
  static func diagnostics(_ ruleID: String, body: String, files: [String]?) -> [Diagnostic] {
    let input = LintInput(
      source: "test.md", body: body, files: files?.map { ChangedFile(path: $0, additions: 3, deletions: 1) })
    return TestSupport.linter(TestSupport.defaultConfiguration).lint(input).diagnostics.filter {
      $0.ruleID == ruleID
    }
  }

  @Test(arguments: [
    "Tests/PRLintKitTests/GlobTests.swift", "Sources/AppTests/LoginTests.swift", "tests/test_parser.py",
    "pkg/io/reader_test.py", "web/src/Button.test.tsx", "web/src/api.spec.ts", "web/src/__tests__/api.js",
    "pkg/server/handler_test.go", "crates/core/tests/parse.rs", "core/src/test/java/a/ParserTest.java",
    "spec/models/user_spec.rb", "test/unit/user.rb",
  ])
  func testPathsCountAsTests(path: String) {
    let source = path.hasSuffix(".rb") ? "app/models/user.rb" : "src/main.c"
    #expect(Self.diagnostics("tests-included", body: "x", files: [source, path]).isEmpty, "\(path)")
  }

  @Test(arguments: [
    "Sources/App/Login.swift", "src/parser.py", "web/src/Button.tsx", "cmd/main.go", "src/lib.rs",
    "core/src/main/java/a/Parser.java", "app/models/user.rb",
  ])
  func sourceWithoutTestsIsReported(path: String) throws {
    let found = Self.diagnostics("tests-included", body: "## Testing\nRan it.", files: [path, "README.md"])
    let diagnostic = try #require(found.first, "\(path)")
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.message.contains(path) && !diagnostic.message.contains("README"))
    #expect(diagnostic.position?.line == 1)
  }

  @Test(arguments: [
    "docs/guide.md", "package-lock.json", ".github/workflows/ci.yml", "Makefile", "config.yaml", "Package.swift",
    "web/vite.config.ts", "setup.py",
  ])
  func nonSourceChangesNeedNoTests(path: String) {
    #expect(Self.diagnostics("tests-included", body: "x", files: [path]).isEmpty, "\(path)")
  }

  @Test(arguments: [
    ("No tests needed: it renames a log field.", true), ("Docs only.", true), ("not applicable", true),
    ("Refactor covered by existing tests.", true), ("Tests not required for a constant.", true),
    ("Ran the app; no test failures.", false), ("Tests: none.", false), ("Works on my machine.", false),
  ])
  func testingSectionMayExplain(text: String, accepted: Bool) {
    let found = Self.diagnostics("tests-included", body: "## Testing\n\(text)", files: ["src/app.ts"])
    #expect(found.isEmpty == accepted, "\(text)")
  }

  @Test func explanationOutsideTheTestingSectionDoesNotCount() {
    let body = "## What\nNo tests needed.\n\n## Testing\nRan it."
    #expect(Self.diagnostics("tests-included", body: body, files: ["src/app.ts"]).count == 1)
  }

  @Test func unknownOrEmptyFileListChecksNothing() {
    #expect(Self.diagnostics("tests-included", body: "x", files: nil).isEmpty)
    #expect(Self.diagnostics("tests-included", body: "x", files: []).isEmpty)
    #expect(Self.diagnostics("screenshots", body: "x", files: nil).isEmpty)
  }

  @Test(arguments: [
    "src/app.css", "web/styles/theme.scss", "public/index.html", "src/App.vue", "src/Menu.svelte", "src/Menu.jsx",
    "ui/Main.storyboard", "ui/Cell.xib", "Sources/App/SettingsView.swift", "app/src/main/res/layout/main.xml",
    "app/src/main/res/layout-land/main.xml",
  ])
  func uiPathsNeedMedia(path: String) {
    #expect(Self.diagnostics("screenshots", body: "Restyled.", files: [path]).count == 1, "\(path)")
  }

  @Test(arguments: ["Sources/App/Model.swift", "src/server.ts", "app/src/main/res/values/strings.xml", "README.md"])
  func otherPathsNeedNoMedia(path: String) {
    #expect(Self.diagnostics("screenshots", body: "Restyled.", files: [path]).isEmpty, "\(path)")
  }

  @Test(arguments: [
    ("![shot](https://example.com/a.png)", true), ("![](https://example.com/a.png)", true),
    ("<img src=\"x\" alt=\"shot\">", true),
    ("<video src=\"https://example.com/demo.mp4\"></video>", true),
    ("Before: <img src=\"https://example.com/b.jpg\"> after", true),
    ("[recording](https://example.com/rec.MOV?raw=1)", true), ("See https://example.com/demo.webm here", true),
    ("https://github.com/user-attachments/assets/0b1c2d3e-4f5a-6789-abcd-ef0123456789", true),
    ("![badge](https://img.shields.io/badge/x.svg)", false), ("[design](https://example.com/design)", false),
    ("`https://example.com/a.png`", false), ("<!-- ![shot](https://example.com/a.png) -->", false),
    // HTML links count as Markdown links do, inline or as a block; GitHub's older attachment URLs too.
    ("See <a href=\"https://example.com/demo.mp4\">the demo</a>.", true),
    ("<p>\n<A HREF='https://example.com/after.PNG'>after</A>\n</p>", true),
    ("<a href=\"https://example.com/design\">design</a>", false), ("<a name=\"x.png\">anchor</a>", false),
    ("https://github.com/octo-org/octo-app/assets/123456/0b1c2d3e-4f5a-6789-abcd-ef0123456789", true),
    ("https://github.com/octo-org/octo-app/assets/latest/x", false),
    ("https://github.com/octo-org/octo-app/issues/123456", false),
  ])
  func mediaInTheBody(body: String, shows: Bool) {
    #expect(Self.diagnostics("screenshots", body: body, files: ["src/app.css"]).isEmpty == shows, "\(body)")
  }

  /// Real bodies: screenshots as Markdown images and `<img>` tags (GitHub-hosted PNGs, an attachment URL,
  /// a GIF) count; a Reviewable SVG badge, the only image of several bodies, does not.
  @Test(
    .needsFixtures,
    arguments: [
      ("0001", true), ("0005", true), ("0030", true), ("0133", true), ("0150", true), ("0245", true), ("0256", true),
      ("0114", false), ("0231", false), ("0249", false),
    ])
  func realBodies(id: String, showsMedia: Bool) throws {
    let url = try #require(TestSupport.fixtures).appendingPathComponent("bodies/\(id).md")
    let document = MarkdownParser.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    #expect(!document.images.isEmpty, "\(id) has an image")
    #expect(ScreenshotsRule.showsMedia(document) == showsMedia, "\(id)")
  }
}
