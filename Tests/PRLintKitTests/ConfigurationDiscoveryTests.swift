import Foundation
import Testing

@testable import PRLintKit

/// Where a run's configuration comes from: the spellings found up to the git root, two in one folder
/// refused, and `PRLINT_CONFIG` between the flags and discovery.
struct ConfigurationDiscoveryTests {
  static let setting = "rules:\n  title: off\n"

  @Test(arguments: ConfigurationLoader.fileNames)
  func eachSpellingIsFoundFromBelow(_ name: String) throws {
    let directory = try TestSupport.temporaryDirectory([".git/HEAD": "", name: Self.setting, "src/deep/x": ""])
    defer { try? FileManager.default.removeItem(at: directory) }
    let nested = directory.appendingPathComponent("src/deep").path
    let root = directory.standardizedFileURL.path
    #expect(try ConfigurationLoader.discover(from: nested) == root + "/" + name)
    let configuration = try ConfigurationLoader.load(file: nil, preset: nil, from: nested)
    #expect(configuration.severity(of: TitleRule.description) == .off)
    #expect(configuration.origin == name)
    #expect(configuration.file == root + "/" + name)
  }

  /// Every pair of spellings in one folder is refused, naming both and the one to keep; a file in a nearer
  /// folder is no ambiguity (the nearest applies).
  @Test(arguments: [
    (".prlint.yml", ".prlint.yaml"), (".prlint.yml", ".github/prlint.yaml"),
    (".github/prlint.yml", ".github/prlint.yaml"), (".prlint.yaml", ".github/prlint.yml"),
  ])
  func twoSpellingsInOneFolderAreAnError(_ kept: String, _ other: String) throws {
    let directory = try TestSupport.temporaryDirectory([".git/HEAD": "", kept: Self.setting, other: "rules: {}\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationLoader.load(file: nil, preset: nil, from: directory.path)
    }
    #expect(
      error?.description
        == "\(directory.standardizedFileURL.path): \(kept) and \(other) are both prlint configuration files, and "
        + "prlint will not guess which applies: keep \(kept) (merge into it what \(other) sets) and delete \(other)")
    // Below, a folder's own file is nearer: it applies, and the folder above is not looked at.
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try "rules: {}\n".write(to: directory.appendingPathComponent("sub/.prlint.yml"), atomically: true, encoding: .utf8)
    #expect(
      try ConfigurationLoader.discover(from: directory.appendingPathComponent("sub").path)
        == directory.standardizedFileURL.path + "/sub/.prlint.yml")
  }

  @Test func threeSpellingsAreNamedInOneLine() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".git/HEAD": "", ".prlint.yaml": "", ".github/prlint.yml": "", ".github/prlint.yaml": "",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let error = #expect(throws: ConfigurationError.self) { try ConfigurationLoader.discover(from: directory.path) }
    #expect(
      error?.message
        == ".prlint.yaml, .github/prlint.yml and .github/prlint.yaml are all prlint configuration files, and prlint "
        + "will not guess which applies: keep .prlint.yaml (merge into it what .github/prlint.yml and "
        + ".github/prlint.yaml set) and delete .github/prlint.yml and .github/prlint.yaml")
  }

  /// A found `.github/prlint.yaml` is the repository's, as a `.prlint.yml` is: a link out of it is refused.
  @Test func aFoundGitHubYAMLLinkingOutIsRefused() throws {
    let outside = try TestSupport.temporaryDirectory(["secret.yml": Self.setting])
    let directory = try TestSupport.temporaryDirectory([".git/HEAD": "", ".github/keep": ""])
    defer {
      try? FileManager.default.removeItem(at: directory)
      try? FileManager.default.removeItem(at: outside)
    }
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent(".github/prlint.yaml").path,
      withDestinationPath: outside.appendingPathComponent("secret.yml").path)
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationLoader.load(file: nil, preset: nil, from: directory.path)
    }
    #expect(error?.message.hasPrefix("links outside the repository") == true, "\(error?.description ?? "")")
  }

  // MARK: - PRLINT_CONFIG

  /// `--config` and `--preset` beat the variable, which beats discovery; empty is unset.
  @Test func theVariableSitsBetweenTheFlagsAndDiscovery() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".git/HEAD": "", ".prlint.yml": "rules:\n  title: warning\n", "ci/prlint.yml": Self.setting,
      "flag.yml": "rules:\n  title: error\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let title = { (configuration: Configuration) in configuration.severity(of: TitleRule.description) }
    let load = { (file: String?, preset: String?, variable: String?) throws(ConfigurationError) in
      try ConfigurationLoader.load(file: file, preset: preset, environmentFile: variable, from: directory.path)
    }
    #expect(try title(load(nil, nil, "ci/prlint.yml")) == .off)
    #expect(try load(nil, nil, "ci/prlint.yml").origin == "ci/prlint.yml")
    #expect(try title(load(nil, nil, nil)) == .warning)
    #expect(try title(load(nil, nil, "")) == .warning)
    #expect(try title(load(directory.appendingPathComponent("flag.yml").path, nil, "ci/prlint.yml")) == .error)
    #expect(try load(nil, "minimal", "ci/prlint.yml").origin == "preset minimal")
    // An absolute path is taken as it is.
    #expect(try title(load(nil, nil, directory.appendingPathComponent("ci/prlint.yml").path)) == .off)
  }

  @Test func theVariableNamingNoFileIsAnError() throws {
    let directory = try TestSupport.temporaryDirectory([".git/HEAD": "", ".prlint.yml": Self.setting])
    defer { try? FileManager.default.removeItem(at: directory) }
    let error = #expect(throws: ConfigurationError.self) {
      try ConfigurationLoader.load(file: nil, preset: nil, environmentFile: "x.yml", from: directory.path)
    }
    #expect(
      error?.description == "PRLINT_CONFIG names \"x.yml\", which does not exist: expected a prlint configuration file")
  }

  // MARK: - Where settings were written

  @Test func settingsRememberTheirLines() throws {
    let directory = try TestSupport.temporaryDirectory([
      ".git/HEAD": "",
      "base.yml": "extends: minimal\nrules:\n  no-lorem:\n    kind: forbid-text\n    pattern: lorem\n",
      ".prlint.yml": """
      extends: base.yml
      drafts: skip
      ignore:
        labels: [wip]
      size-classes: {xs: 5}
      rules:
        title: off
        diff-size:
          max-lines: 900
      overrides:
        - if: {labels: [bug]}
          rules:
            title: warning

      """,
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent(".prlint.yml").standardizedFileURL.path
    let configuration = try ConfigurationLoader.load(file: nil, preset: nil, from: directory.path)
    #expect(configuration.topLevelOrigins["drafts"] == SettingOrigin(file: file, line: 2))
    #expect(configuration.topLevelOrigins["ignore.labels"] == SettingOrigin(file: file, line: 4))
    #expect(configuration.topLevelOrigins["size-classes.xs"] == SettingOrigin(file: file, line: 5))
    #expect(configuration.topLevelOrigins["ignore.authors"] == nil)  // prlint's own default: no file sets it
    #expect(configuration.topLevelOrigins["sections"]?.file == "preset minimal")
    #expect(configuration.settingLines["title"] == 7 && configuration.settingLines["diff-size.max-lines"] == 9)
    #expect(configuration.settingLines["no-lorem"] == 3)
    #expect(configuration.overrides.map(\.origin) == [SettingOrigin(file: file, line: 11)])
    #expect(configuration.preset == "minimal")
  }
}
