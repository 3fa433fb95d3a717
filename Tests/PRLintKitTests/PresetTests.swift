import Testing

@testable import PRLintKit

/// Rules/default.yml may restate a rule's defaults, so its knobs are visible in one place, but never
/// contradict them: `prlint explain`, Rules/README.md and README.md's table document each rule's
/// `OptionSpec` defaults and `defaultSeverity`, which a different value in the preset would make untrue.
struct PresetTests {
  @Test func defaultPresetRestatesOnlyTheRulesOwnDefaults() throws {
    let configuration = try ConfigurationLoader.preset("default")
    for (id, settings) in configuration.ruleSettings.sorted(by: { $0.key < $1.key }) {
      let description = try #require(
        RuleRegistry.description(id: id), "Rules/default.yml configures unknown rule \(id)")
      if let severity = settings.severity {
        #expect(
          severity == description.defaultSeverity,
          "Rules/default.yml runs \(id) at \(severity.rawValue), but its defaultSeverity is \(description.defaultSeverity.rawValue): change the defaultSeverity in the rule's file or drop the line from default.yml, then run `make docs`"
        )
      }
      for (key, value) in settings.options.sorted(by: { $0.key < $1.key }) {
        let spec = try #require(
          description.options.first { $0.key == key }, "Rules/default.yml sets unknown option \(id).\(key)")
        #expect(
          value == spec.defaultValue,
          "Rules/default.yml sets \(id).\(key) to \(value), but its OptionSpec default is \(spec.defaultValue): change the OptionSpec default in the rule's file or drop the line from default.yml, then run `make docs`"
        )
      }
    }
  }
}
