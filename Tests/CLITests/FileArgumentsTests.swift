import Foundation
import Testing

/// A directory argument lints the Markdown files in it; a quoted glob is expanded by prlint, sorted;
/// one that names nothing is an error, never a silent pass.
struct FileArgumentsTests {

  private func tree() throws -> URL {
    let directory = try CLIRunner.temporaryDirectory()
    for path in ["b.md", "a.md", "notes.txt", "docs/c.md", "docs/deep/d.markdown", ".hidden/e.md"] {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(CLIRunner.goodBody.utf8).write(to: url)
    }
    return directory
  }

  private func linted(_ output: CLIRunner.Output) throws -> [String] {
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    return try #require(json["results"] as? [[String: Any]]).compactMap { $0["source"] as? String }
  }

  @Test(arguments: [
    (["."], ["a.md", "b.md", "docs/c.md", "docs/deep/d.markdown"]),
    (["docs"], ["docs/c.md", "docs/deep/d.markdown"]),
    (["*.md"], ["a.md", "b.md"]),
    (["**/*.md"], ["a.md", "b.md", "docs/c.md"]),
    (["docs/**/*.{md,markdown}"], ["docs/c.md", "docs/deep/d.markdown"]),
    (["b.md", "docs/*.md"], ["b.md", "docs/c.md"]),
  ])
  func argumentsExpand(arguments: [String], expected: [String]) throws {
    let directory = try tree()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run(["--format", "json"] + arguments, directory: directory)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(try linted(output) == expected, "\(output.stdout)")
  }

  @Test(arguments: [
    (
      "*.rst",
      "prlint: *.rst: no such file, and no file matches it as a glob: expected a Markdown file or a glob of them\n"
    ),
    ("empty", "prlint: empty: is a directory with no Markdown file (*.md) in it: expected PR descriptions\n"),
  ])
  func nothingToLintIsAnError(argument: String, message: String) throws {
    let directory = try tree()
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("empty"), withIntermediateDirectories: true)
    let output = try CLIRunner.run([argument], directory: directory)
    #expect(output.status == 2)
    #expect(output.stderr == message)
  }
}
