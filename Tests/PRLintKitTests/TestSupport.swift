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

  /// Where the shared fixtures are looked for: the folder the `PRLINT_FIXTURES` environment variable names
  /// if set (a worktree elsewhere can point at them; `PRLINT_FIXTURES=/nowhere swift test` shows what a
  /// run without them reports), else `../shared/fixtures` beside the project.
  static let fixturesDirectory: URL = {
    if let path = ProcessInfo.processInfo.environment["PRLINT_FIXTURES"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
  }()

  /// The shared fixtures, or nil (with a note printed) when `fixturesDirectory` holds no `labels.json`.
  /// A test that reads them takes the `.needsFixtures` trait, so that without them the runner reports
  /// it skipped, with the reason, rather than passed.
  static let fixtures: URL? = {
    let url = fixturesDirectory
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent("labels.json").path) else {
      print("note: \(url.path) is absent; tests over the shared fixtures are skipped")
      return nil
    }
    return url
  }()

  /// The benchmark corpus's records: the file the `PRLINT_CORPUS` environment variable names, else the
  /// one `make bench` generated (`bench-out/corpus/prs.jsonl`), else one generated into .build/test-corpus
  /// with `../shared/bench/make-corpus` (seeded, so always the same 10,000 records; 6 s, once). Nil, with
  /// a note printed, when none can be had. A test that reads it takes the `.needsCorpus` trait.
  static let corpus: URL? = {
    if let path = ProcessInfo.processInfo.environment["PRLINT_CORPUS"], !path.isEmpty {
      guard FileManager.default.fileExists(atPath: path) else {
        print("note: PRLINT_CORPUS names \(path), which is absent; tests over the benchmark corpus are skipped")
        return nil
      }
      return URL(fileURLWithPath: path)
    }
    let benched = packageRoot.appendingPathComponent("bench-out/corpus/prs.jsonl")
    if FileManager.default.fileExists(atPath: benched.path) { return benched }
    let generator = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench/make-corpus")
    guard FileManager.default.fileExists(atPath: generator.path) else {
      print("note: \(generator.path) is absent; tests over the benchmark corpus are skipped")
      return nil
    }
    // Kept under .build (ignored by git) for the next run.
    let folder = packageRoot.appendingPathComponent(".build/test-corpus")
    let kept = folder.appendingPathComponent("prs.jsonl")
    if FileManager.default.fileExists(atPath: kept.path) { return kept }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", generator.path, folder.path]
    process.standardOutput = FileHandle.nullDevice
    do {
      try process.run()
      process.waitUntilExit()
    } catch {
      print("note: could not run \(generator.path) (\(error)); tests over the benchmark corpus are skipped")
      return nil
    }
    let records = folder.appendingPathComponent("prs.jsonl")
    guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: records.path) else {
      print("note: \(generator.path) failed; tests over the benchmark corpus are skipped")
      return nil
    }
    return records
  }()
}

extension Trait where Self == ConditionTrait {
  /// Runs a test over the shared fixtures only when they are present; without them the runner reports
  /// the test skipped and says why, so an absent folder never passes for a green run.
  static var needsFixtures: Self {
    .enabled(
      if: TestSupport.fixtures != nil,
      Comment(
        rawValue: "\(TestSupport.fixturesDirectory.path) is absent: put the shared fixtures there, or name "
          + "their folder in PRLINT_FIXTURES"))
  }

  /// Runs a test over the benchmark corpus only when it is present, else reports it skipped and why.
  static var needsCorpus: Self {
    .enabled(
      if: TestSupport.corpus != nil,
      Comment(
        rawValue: "the benchmark corpus is absent and ../shared/bench/make-corpus could not make it: name a "
          + "corpus's prs.jsonl in PRLINT_CORPUS"))
  }
}
