import Foundation
import Testing

@testable import PRLintKit

/// `git diff --numstat -z` output: plain entries, renames, binaries and names no shell would like.
struct NumstatParserTests {
  private func parse(_ text: String) throws -> [ChangedFile] {
    try NumstatParser.parse(Array(text.utf8))
  }

  @Test func plainEntries() throws {
    let files = try parse("3\t1\tREADME.md\u{0}120\t0\tSources/App/main.swift\u{0}")
    #expect(
      files == [
        ChangedFile(path: "README.md", additions: 3, deletions: 1),
        ChangedFile(path: "Sources/App/main.swift", additions: 120, deletions: 0),
      ])
    #expect(files.map(\.changedLines) == [4, 120])
  }

  @Test func renameKeepsBothPaths() throws {
    let files = try parse("2\t5\t\u{0}docs/old name.md\u{0}docs/new\tname.md\u{0}0\t0\tx\u{0}")
    #expect(files.count == 2)
    #expect(
      files.first
        == ChangedFile(path: "docs/new\tname.md", previousPath: "docs/old name.md", additions: 2, deletions: 5))
    #expect(files.last?.path == "x")
  }

  @Test func binaryFilesHaveNoLineCounts() throws {
    let files = try parse("-\t-\tassets/logo.png\u{0}-\t-\t\u{0}a.bin\u{0}b.bin\u{0}")
    #expect(files.map(\.isBinary) == [true, true])
    #expect(files.map(\.changedLines) == [0, 0])
    #expect(files.last?.previousPath == "a.bin")
  }

  @Test func newlinesSpacesAndNonASCIIInNames() throws {
    let files = try parse("1\t0\tweird\nname with spaces\u{0}1\t1\tdonnée/café ☕.txt\u{0}")
    #expect(files.map(\.path) == ["weird\nname with spaces", "donnée/café ☕.txt"])
  }

  @Test func invalidUTF8InANameIsReplacedNotFatal() throws {
    let bytes = Array("1\t0\tbad".utf8) + [0xFF] + [0]
    let files = try NumstatParser.parse(bytes)
    #expect(files.map(\.path) == ["bad\u{FFFD}"])
  }

  @Test func emptyDiff() throws {
    #expect(try parse("").isEmpty)
  }

  @Test(arguments: [
    "3\t1\tno-terminator",  // truncated
    "x\t1\tpath\u{0}",  // not a number
    "-\t1\tpath\u{0}",  // binary on one side only
    "3\t1\t\u{0}only-old\u{0}",  // rename without its new path
    "3 1 path\u{0}",  // not tab-separated
  ])
  func malformedOutputIsAnError(text: String) {
    #expect(throws: NumstatParser.MalformedOutput.self) { try parse(text) }
  }
}
