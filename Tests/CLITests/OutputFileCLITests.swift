import Foundation
import Testing

/// `init` and `template --output` write a file for the user: never over one that is there (a dangling
/// symlink is there too) unless forced, and never to an empty path.
struct OutputFileCLITests {
  @Test(arguments: [["init"], ["template", "--output", ".prlint.yml"]])
  func aDanglingSymlinkIsNotReplacedWithoutForce(_ arguments: [String]) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let link = directory.appendingPathComponent(".prlint.yml")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nonexistent/prlint.yml")
    let refused = try CLIRunner.run(arguments, directory: directory)
    #expect(refused.status == 2)
    #expect(refused.stderr == "prlint: .prlint.yml already exists: use --force to overwrite it\n")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "/nonexistent/prlint.yml")
    let forced = try CLIRunner.run(arguments + ["--force"], directory: directory)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == nil)
  }

  @Test func anEmptyOutputPathIsRefused() throws {
    let output = try CLIRunner.run(["template", "--output", ""])
    #expect(output.status == 2)
    #expect(output.stderr == "prlint: the output path is empty: expected a file path\n")
  }
}
