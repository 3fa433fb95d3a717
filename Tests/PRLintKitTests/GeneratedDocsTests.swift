import Foundation
import Testing

@testable import PRLintKit

/// Rules/README.md is generated from the rules' descriptions; it must not go stale.
struct GeneratedDocsTests {
  @Test func ruleReferenceIsCurrent() throws {
    let path = TestSupport.packageRoot.appendingPathComponent("Rules/README.md")
    let committed = try String(contentsOf: path, encoding: .utf8)
    let generated = RuleDocumentation.markdown(RuleRegistry.descriptions)
    let isCurrent = committed == generated  // a Bool, so a failure prints the hint, not two whole files
    #expect(
      isCurrent,
      "Rules/README.md is stale: regenerate it with `make docs` (swift run prlint rules --format markdown > Rules/README.md)"
    )
  }

  @Test func everyRuleAndOptionIsDocumented() {
    let markdown = RuleDocumentation.markdown(RuleRegistry.descriptions)
    for rule in RuleRegistry.descriptions {
      #expect(markdown.contains("## \(rule.id)"))
      for option in rule.options { #expect(markdown.contains("`\(option.key)`"), "\(rule.id).\(option.key)") }
    }
  }
}

/// README.md's rule table (between its rules-table markers) is generated from the rules' descriptions.
struct ReadmeTests {
  @Test func readmeRuleTableIsCurrent() throws {
    let readme = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(
      readme.contains(RuleDocumentation.readmeTableBegin) && readme.contains(RuleDocumentation.readmeTableEnd),
      "README.md lacks the rules-table markers that `make docs` replaces the table between")
    let isCurrent = readme.contains(RuleDocumentation.readmeTable(RuleRegistry.descriptions))
    #expect(
      isCurrent,
      "README.md's rule table is stale: regenerate it with `make docs` (prlint rules --format readme-table | scripts/update-readme-rules README.md)"
    )
  }
}

/// The configuration example in README.md is a working configuration.
struct ReadmeConfigurationExampleTests {
  @Test func readmeExampleLoads() throws {
    let readme = try String(
      contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    // The configuration example is the YAML block that starts with `extends:`; others are CI jobs.
    let start = try #require(readme.range(of: "```yaml\nextends:"))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    let yaml = "extends:" + readme[start.upperBound..<end.lowerBound]
    let directory = try TestSupport.temporaryDirectory(["readme.yml": yaml])
    defer { try? FileManager.default.removeItem(at: directory) }
    let configuration = try ConfigurationLoader.file(directory.appendingPathComponent("readme.yml").path)
    #expect(configuration.customRules.map(\.description.id) == ["no-lorem-ipsum", "changelog-mentioned"])
    #expect(configuration.sections.first?.aliases.contains("summary") == true)
    #expect(configuration.platform == nil && configuration.policy.drafts == .warn)
    #expect(configuration.policy.ignoredLabels == ["skip-prlint"])
  }
}
