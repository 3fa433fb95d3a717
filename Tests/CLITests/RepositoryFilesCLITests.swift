import Foundation
import Testing

/// A repository's own files can be symlinks (git commits them): prlint reads a configuration or a PR
/// template only when it is a regular file, so a link to `/dev/stdin` cannot swallow the piped body.
struct RepositoryFilesCLITests {
  static func repository(linking name: String, to target: String) throws -> URL {
    let directory = try CLIRunner.temporaryDirectory()
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent(name).path, withDestinationPath: target)
    return directory
  }

  @Test func aTemplateLinkedToStandardInputIsNotRead() throws {
    let directory = try Self.repository(linking: "pull_request_template.md", to: "/dev/stdin")
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run([], stdin: "## What\nAdds retries.\n", directory: directory)
    #expect(output.status == 1, "\(output.stderr)")
    #expect(output.stdout.contains("missing section \"Why\""))
  }

  @Test func aConfigurationLinkedToStandardInputIsRefused() throws {
    let directory = try Self.repository(linking: ".prlint.yml", to: "/dev/stdin")
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CLIRunner.run([], stdin: "## What\nAdds retries.\n", directory: directory)
    #expect(output.status == 2)
    #expect(
      output.stderr.hasSuffix(
        ".prlint.yml: is not a regular file (a device, pipe or socket): expected a prlint configuration file (YAML)\n"))
  }
}
