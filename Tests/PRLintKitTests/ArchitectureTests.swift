import Foundation
import Testing

@testable import PRLintKit

/// The boundaries the package is built around, checked on the sources so they cannot erode quietly.
struct ArchitectureTests {
  static let sources = TestSupport.packageRoot.appendingPathComponent("Sources")

  /// Every Swift file under `folder` (relative to Sources), with its text.
  static func files(under folder: String = "") throws -> [(path: String, text: String)] {
    let root = sources.appendingPathComponent(folder)
    let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
    return try paths.filter { $0.hasSuffix(".swift") }.sorted().map { path in
      let url = root.appendingPathComponent(path)
      return (folder.isEmpty ? path : "\(folder)/\(path)", try String(contentsOf: url, encoding: .utf8))
    }
  }

  /// The Markdown target is the only one that sees cmark: no other file imports it, and the package
  /// gives no other target the dependency.
  @Test func onlyTheMarkdownTargetTouchesCmark() throws {
    for file in try Self.files() where !file.path.hasPrefix("PRLintMarkdown/") {
      #expect(!file.text.contains("import CCmark"), "\(file.path) imports CCmark")
      #expect(!file.text.contains("cmark_"), "\(file.path) calls cmark")
    }
    let manifest = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
    // The system library's own name, and PRLintMarkdown's dependency on it.
    #expect(manifest.components(separatedBy: "\"CCmark\"").count - 1 == 2)
  }

  /// The document model says what the body holds; what a forge makes of it lives in the library.
  @Test func theMarkdownTargetKnowsNoForge() throws {
    let forgeWords = ["github", "gitlab", "closing", "platform"]
    for file in try Self.files(under: "PRLintMarkdown") {
      let text = file.text.lowercased()
      for word in forgeWords { #expect(!text.contains(word), "\(file.path) mentions \(word)") }
    }
  }

  /// A rule is given what it needs when it is built; no other code looks one up by its id.
  /// (`title` is also a JSON field, a report column and an argument label, so it cannot be told apart.)
  @Test func noSourceOutsideARuleNamesABuiltinRulesID() throws {
    // BuiltinPresetLayers.swift is Rules/*.yml compiled to Swift: configuration, which names rules by id.
    let exempt = [
      "PRLintKit/Engine/RuleRegistry.swift", "PRLintKit/Reporters/RuleDocumentation.swift",
      "PRLintKit/Config/BuiltinPresetLayers.swift",
    ]
    let ruleFiles = Dictionary(
      uniqueKeysWithValues: RuleRegistry.builtin.map { ($0.description.id, "PRLintKit/Rules/\($0).swift") })
    for file in try Self.files() where !exempt.contains(file.path) {
      for (id, ruleFile) in ruleFiles where file.path != ruleFile && id != "title" {
        let lines = file.text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        let quoted = lines.contains { $0.contains("\"\(id)\"") }
        let yamlKey = lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(id):") }
        #expect(!quoted && !yamlKey, "\(file.path) names the rule \(id)")
      }
    }
  }
}
