import Foundation
import Testing

@testable import PRLintKit

/// `RuleRegistry.builtin` lists every rule in `Sources/PRLintKit/Rules`: an unlisted rule never runs and is
/// missing from `prlint rules`, `prlint explain` and the generated docs, with nothing else to say so.
struct RuleRegistryTests {
  private static let folder = "Sources/PRLintKit/Rules"

  /// The types each `Sources/PRLintKit/Rules/*.swift` file declares as conforming to `BuiltinRule`,
  /// by file name (`struct X: BuiltinRule`, `final class X: Sendable, BuiltinRule`, `extension X: BuiltinRule`).
  private static func declaredRules() throws -> [(file: String, type: String)] {
    let directory = TestSupport.packageRoot.appendingPathComponent(folder)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }
    let declaration = try Regex(#"\b(?:struct|class|enum|actor|extension)\s+(\w+)\s*:[^{]*\bBuiltinRule\b"#)
    var rules: [(file: String, type: String)] = []
    for file in files.sorted() {
      let source = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      for match in source.matches(of: declaration) {
        if let type = match.output[1].substring { rules.append((file, String(type))) }
      }
    }
    return rules
  }

  @Test func everyBuiltinRuleFileIsRegistered() throws {
    let registered = Set(RuleRegistry.builtin.map { String(describing: $0) })
    for rule in try Self.declaredRules() where !registered.contains(rule.type) {
      Issue.record(
        "\(Self.folder)/\(rule.file) declares \(rule.type): BuiltinRule, which RuleRegistry.builtin does not list: add \(rule.type).self to it, in the order the rules are documented"
      )
    }
  }

  /// The other way round, so a declaration the scan above cannot read fails here instead of passing unseen.
  @Test func everyRegisteredRuleIsDeclaredInARuleFile() throws {
    let declared = Set(try Self.declaredRules().map(\.type))
    for type in RuleRegistry.builtin.map({ String(describing: $0) }) where !declared.contains(type) {
      Issue.record(
        "RuleRegistry.builtin lists \(type), but no \(Self.folder)/*.swift file declares `\(type): BuiltinRule`")
    }
  }
}
