import Foundation
import Testing

@testable import PRLintKit

/// `ReportDestination.resolve` and `ReportFiles` below the CLI: the cases a command line cannot reach.
struct ReportFilesTests {
  private static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("prlint-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A rename that fails midway (the destination became a directory after staging) removes every
  /// temporary file not renamed yet; the reports renamed before it stay complete.
  @Test func aFailedCommitLeavesNoTemporaryFile() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let files = ReportFiles()
    let first = directory.appendingPathComponent("a.json").path
    let second = directory.appendingPathComponent("b.sarif").path
    let third = directory.appendingPathComponent("c.xml").path
    try files.stage("a\n", for: first)
    try files.stage("b\n", for: second)
    try files.stage("c\n", for: third)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 3)
    try FileManager.default.createDirectory(atPath: second, withIntermediateDirectories: false)
    try FileManager.default.createDirectory(atPath: second + "/inside", withIntermediateDirectories: false)
    #expect(throws: OutputFile.Failure.self) { try files.commit() }
    files.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.json", "b.sarif"])
    #expect(try String(contentsOfFile: first, encoding: .utf8) == "a\n")
  }

  @Test func discardingRemovesEveryTemporaryFile() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    do {
      let files = ReportFiles()
      let file = try files.create(for: directory.appendingPathComponent("report.txt").path)
      try files.write("half a rep", to: file)
      // Dropped without commit, as when a run throws.
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test func pathsNamingOneFileAreOne() throws {
    #expect(ReportDestination.identity("out.sarif") == ReportDestination.identity("./x/../out.sarif"))
    #expect(ReportDestination.identity("out.sarif") != ReportDestination.identity("out.xml"))
    let resolved = try ReportDestination.resolve([
      ReportDestination(format: .sarif, path: "a"), ReportDestination(format: .sarif, path: "./a"),
      ReportDestination(format: .text),
    ])
    #expect(resolved.count == 3)
    #expect(try ReportDestination.resolve([]) == [ReportDestination(format: .text)])
    #expect(try ReportDestination.resolve([], outputFile: "r") == [ReportDestination(format: .text, path: "r")])
    #expect(ReportDestination(argument: "sarif=a=b") == ReportDestination(format: .sarif, path: "a=b"))
    #expect(ReportDestination(argument: "sarif=-") == ReportDestination(format: .sarif))
    #expect(ReportDestination(argument: "SARIF") == nil)
  }
}
