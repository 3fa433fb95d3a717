import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// Shared helpers: the default configuration, linting a body, and the shared fixtures.
enum TestSupport {
  static let defaultConfiguration: Configuration = {
    do {
      return try ConfigurationLoader.preset("default")
    } catch {
      fatalError("the default preset must load: \(error)")
    }
  }()

  /// A linter for a configuration that names no file (no PR template), which cannot fail to build;
  /// `templates` stand in for the repository's PR templates.
  static func linter(
    _ configuration: Configuration = defaultConfiguration, templates: [(path: String, text: String)] = []
  ) -> Linter {
    do {
      return try Linter(configuration: configuration, environment: RuleEnvironment(pullRequestTemplates: templates))
    } catch {
      fatalError("a linter for a configuration that names no file must build: \(error)")
    }
  }

  static func lint(_ body: String, title: String? = nil, configuration: Configuration = defaultConfiguration)
    -> LintResult
  {
    linter(configuration).lint(
      LintInput(source: "test.md", sourceIsFile: true, body: body, title: title))
  }

  static func parse(_ body: String) -> MarkdownDocument {
    MarkdownParser.parse(body)
  }

  static func references(_ body: String, platform: Platform = .github) -> IssueReferences {
    IssueReferences(in: parse(body), platform: platform)
  }

  /// A fresh empty directory holding `files` (relative path → text); the caller removes it.
  static func temporaryDirectory(_ files: [String: String] = [:]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prlint-test-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (path, text) in files {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return directory
  }

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/fixtures` beside the project, or nil (with the reason printed) when absent.
  static let fixtures: URL? = {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent("labels.json").path) else {
      print("note: \(url.path) is absent; tests over the shared fixtures are skipped")
      return nil
    }
    return url
  }()
}
