import Foundation
import Testing

@testable import PRLintKit

/// README.md's "Output formats" table names every `--format`.
struct OutputFormatDocsTests {
  @Test func readmeListsEveryFormat() throws {
    let readme = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    for format in OutputFormat.allCases {
      #expect(readme.contains("| `\(format.rawValue)` |"), "README.md's format table lacks \(format.rawValue)")
    }
  }
}
