import Foundation
import PRLintPresets
import Testing

@testable import PRLintKit

/// The built-in presets are compiled into Swift values (Sources/PRLintKit/Config/BuiltinPresetLayers.swift)
/// so a run parses no YAML, and the YAML in Rules/ stays the one source: these tests fail when the two
/// disagree. `make presets` regenerates the file (it runs this suite with PRLINT_UPDATE_PRESETS=1).
struct BuiltinPresetLayersTests {
  static let generatedFile = TestSupport.packageRoot
    .appendingPathComponent("Sources/PRLintKit/Config/BuiltinPresetLayers.swift")

  /// Each preset as ConfigParser reads its YAML.
  private func parsedPresets() throws -> [(name: String, layer: ConfigLayer)] {
    try BuiltinPresets.names.map { name in
      let yaml = try #require(BuiltinPresets.yaml(named: name))
      return (name, try ConfigParser(file: "preset \(name)").parse(yaml))
    }
  }

  @Test func eachCompiledPresetIsWhatConfigParserReadsFromItsYAML() throws {
    for (name, parsed) in try parsedPresets() {
      let compiled = try #require(ConfigLayer.builtinPreset(named: name), "no compiled preset \(name)")
      var writer = PresetLayerSource()
      let fromYAML = writer.body(parsed, name: name)
      let fromValues = writer.body(compiled, name: name)
      #expect(writer.unsupported.isEmpty, "PresetLayerSource cannot write: \(writer.unsupported)")
      #expect(
        fromValues == fromYAML, "preset \(name): the compiled values differ from Rules/\(name).yml: run make presets")
    }
    #expect(ConfigLayer.builtinPreset(named: "nonexistent") == nil)
  }

  @Test func theGeneratedFileIsWhatTheYAMLGeneratesNow() throws {
    var writer = PresetLayerSource()
    let expected = writer.file(try parsedPresets())
    #expect(writer.unsupported.isEmpty, "PresetLayerSource cannot write: \(writer.unsupported)")
    if ProcessInfo.processInfo.environment["PRLINT_UPDATE_PRESETS"] == "1" {
      try expected.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
    }
    let current = try String(contentsOf: Self.generatedFile, encoding: .utf8)
    #expect(current == expected, "\(Self.generatedFile.path) is out of date: run make presets")
  }

  /// The writer is what the check above relies on: a setting it cannot write is reported, not dropped.
  @Test func aSettingTheWriterCannotWriteIsReported() throws {
    let layer = try ConfigParser(file: "test").parse("ignore:\n  bots: false\nrules:\n  title: off\n")
    var writer = PresetLayerSource()
    _ = writer.body(layer, name: "test")
    #expect(writer.unsupported == ["test: ignore"])
  }
}
