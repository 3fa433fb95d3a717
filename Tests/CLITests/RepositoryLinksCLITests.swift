import Foundation
import Testing

/// A PR can commit a symlink: prlint follows none out of the repository (the git root, or outside git
/// the folder the file was found in). A configuration or an `extends` that leads out is a configuration
/// error, a PR template that does is not used; `--config` names a file anywhere, as the user chooses.
struct RepositoryLinksCLITests {
  /// A repository (a folder with `.git`) and a folder beside it, each holding `files` (path → text, or
  /// `"-> target"` for a symlink); the caller removes both.
  static func folders(repository: [String: String], outside: [String: String] = [:]) throws -> (URL, URL) {
    let parent = try CLIRunner.temporaryDirectory()
    let (inside, beside) = (parent.appendingPathComponent("repo"), parent.appendingPathComponent("outside"))
    try write(repository.merging([".git/HEAD": "ref: refs/heads/main\n"]) { mine, _ in mine }, in: inside)
    try write(outside, in: beside)
    return (inside, beside)
  }

  private static func write(_ files: [String: String], in directory: URL) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (path, text) in files {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      if text.hasPrefix("-> ") {
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: String(text.dropFirst(3)))
      } else {
        try text.write(to: url, atomically: true, encoding: .utf8)
      }
    }
  }

  private static func resolved(_ url: URL) -> String { url.resolvingSymlinksInPath().path }

  @Test func aDiscoveredConfigurationLinkedOutIsRefused() throws {
    let (repository, outside) = try Self.folders(
      repository: [".prlint.yml": "-> ../outside/prlint.yml"], outside: ["prlint.yml": "extends: minimal\n"])
    defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
    let output = try CLIRunner.run(["rules"], directory: repository)
    #expect(output.status == 2)
    let target = Self.resolved(outside.appendingPathComponent("prlint.yml"))
    #expect(
      output.stderr.hasSuffix(
        "/.prlint.yml: links outside the repository (to \(target)): prlint reads only files inside it, or the "
          + "one --config names\n"), "\(output.stderr)")
  }

  @Test func aConfigurationInAFolderLinkedOutIsRefused() throws {
    let (repository, _) = try Self.folders(
      repository: [".github": "-> ../outside"], outside: ["prlint.yml": "extends: minimal\n"])
    defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
    let output = try CLIRunner.run(["rules"], directory: repository)
    #expect(output.status == 2)
    #expect(output.stderr.contains("/.github/prlint.yml: links outside the repository (to "), "\(output.stderr)")
  }

  @Test func anExtendsLinkedOutIsRefusedAtItsPlace() throws {
    let (repository, outside) = try Self.folders(
      repository: [".prlint.yml": "extends: base.yml\n", "base.yml": "-> ../outside/base.yml"],
      outside: ["base.yml": "extends: minimal\n"])
    defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
    let output = try CLIRunner.run(["rules"], directory: repository)
    #expect(output.status == 2)
    let target = Self.resolved(outside.appendingPathComponent("base.yml"))
    #expect(
      output.stderr.hasSuffix(
        "/.prlint.yml:1:10: extends \"base.yml\", which links outside the repository (to \(target)): prlint reads "
          + "only files inside it\n"), "\(output.stderr)")
  }

  /// `..` leads out as surely as a link does.
  @Test func anExtendsThatClimbsOutIsRefused() throws {
    let (repository, outside) = try Self.folders(
      repository: [".prlint.yml": "extends: ../outside/base.yml\n"], outside: ["base.yml": "extends: minimal\n"])
    defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
    let output = try CLIRunner.run(["rules"], directory: repository)
    #expect(output.status == 2)
    let target = Self.resolved(outside.appendingPathComponent("base.yml"))
    #expect(
      output.stderr.hasSuffix(
        ":1:10: extends \"../outside/base.yml\", which is outside the repository (\(target)): prlint reads only "
          + "files inside it\n"), "\(output.stderr)")
  }

  @Test func linksThatStayInsideAreFollowed() throws {
    let (repository, _) = try Self.folders(repository: [
      ".prlint.yml": "-> config/prlint.yml", "config/prlint.yml": "extends: shared.yml\n",
      "config/base.yml": "extends: minimal\n",
    ])
    defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
    // An absolute link back into the repository stays inside it too.
    try FileManager.default.createSymbolicLink(
      atPath: repository.appendingPathComponent("shared.yml").path,
      withDestinationPath: repository.appendingPathComponent("config/base.yml").path)
    let output = try CLIRunner.run(["rules"], directory: repository)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Rules under .prlint.yml:\n"), "\(output.stdout)")  // relative to the git root
    #expect(output.stdout.contains("breaking-change     off"))
  }

  /// `--config` is the user's own choice: it may name a file anywhere, or a link to one, and that file
  /// may extend one beside it.
  @Test(arguments: ["../outside/team.yml", "link.yml"])
  func anExplicitConfigurationMayBeAnywhere(_ config: String) throws {
    let (repository, _) = try Self.folders(
      repository: ["link.yml": "-> ../outside/prlint.yml"],
      outside: ["team.yml": "extends: prlint.yml\n", "prlint.yml": "extends: minimal\n"])
    defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
    let output = try CLIRunner.run(["rules", "--config", config], directory: repository)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("breaking-change     off"))
  }

  /// A path option (template-leftovers' `template`) is held to the repository as `extends` is: a PR
  /// could otherwise name `/etc/passwd`, or a link to it, as its template.
  @Test(arguments: ["/etc/passwd", "../outside/template.md", "link.md"])
  func aPathOptionLeadingOutIsRefused(_ template: String) throws {
    let (repository, _) = try Self.folders(
      repository: [
        ".prlint.yml": "rules:\n  template-leftovers:\n    template: \(template)\n",
        "link.md": "-> ../outside/template.md", "inside.md": "-> docs/template.md", "docs/template.md": "Text.\n",
      ],
      outside: ["template.md": "## What\n"])
    defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
    let output = try CLIRunner.run(["rules"], directory: repository)
    #expect(output.status == 2)
    #expect(
      output.stderr.contains(
        "/.prlint.yml:3:15: template-leftovers.template names \"\(template)\", which "), "\(output.stderr)")
    #expect(output.stderr.hasSuffix("prlint reads only files inside it\n"), "\(output.stderr)")
    try "rules:\n  template-leftovers:\n    template: inside.md\n".write(
      to: repository.appendingPathComponent(".prlint.yml"), atomically: true, encoding: .utf8)
    #expect(try CLIRunner.run(["rules"], directory: repository).status == 0)
  }

  @Test func aTemplateLinkedOutIsNotUsed() throws {
    let body = "## What\nDescribe the change.\n"
    let (repository, _) = try Self.folders(
      repository: [
        ".github/pull_request_template.md": "-> ../../outside/template.md",
        ".github/PULL_REQUEST_TEMPLATE/inside.md": "-> ../../docs/template.md", "docs/template.md": "Inside text.\n",
      ],
      outside: ["template.md": body])
    defer { try? FileManager.default.removeItem(at: repository.deletingLastPathComponent()) }
    let outside = try CLIRunner.run([], stdin: body, directory: repository)
    #expect(!outside.stdout.contains("template-leftovers"), "\(outside.stdout)")
    let inside = try CLIRunner.run([], stdin: body + "\nInside text.\n", directory: repository)
    #expect(inside.stdout.contains("[template-leftovers]"), "\(inside.stdout)")
  }
}
