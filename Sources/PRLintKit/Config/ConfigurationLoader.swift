import Foundation
import PRLintPresets

/// Finds and loads configuration: built-in presets, `.prlint.yml` files and what they extend.
public enum ConfigurationLoader {
  /// Looked for in each directory from the working directory up to the git root: every spelling a user
  /// coming from other linters tries, at the root or in `.github/`. Two in one directory are an error
  /// naming both: prlint does not guess which one the team edits. A root `prlint.yml` is not one:
  /// such files are dot-files or live in `.github/`, and each spelling more is one more silent ambiguity.
  public static let fileNames = [".prlint.yml", ".prlint.yaml", ".github/prlint.yml", ".github/prlint.yaml"]

  /// The environment variable naming a configuration file, between the flags and discovery.
  public static let environmentVariable = "PRLINT_CONFIG"

  /// A configuration is a few kilobytes; a larger file is not one, and is not read past this.
  public static let maximumBytes = 1 << 20

  /// How many files an `extends` chain may hold: a real chain has two or three, and a longer one would
  /// only cost stack and time (a PR can change `.prlint.yml`).
  public static let maximumExtendsDepth = 32

  /// The configuration a run uses: `file` (`--config`), else `preset` (`--preset`), else the file
  /// `environmentFile` names (`PRLINT_CONFIG`, relative to `directory`; empty is unset), else the file
  /// found from `directory` up to the git root, else the default preset with `sections: template` (the
  /// repository's PR template is the spec, and where there is none the preset's sections apply).
  public static func load(
    file: String?, preset: String?, environmentFile: String? = nil, from directory: String
  ) throws(ConfigurationError) -> Configuration {
    if let file { return try self.file(file) }
    if let preset { return try self.preset(preset) }
    if let named = environmentFile, !named.isEmpty {
      let path = PathText.standardized(named.hasPrefix("/") ? named : PathText.appending(named, to: directory))
      guard FileManager.default.fileExists(atPath: path) else {
        throw ConfigurationError(
          file: "\(environmentVariable) names \"\(named)\", which does not exist",
          "expected a prlint configuration file")
      }
      // Like --config, the variable is the user's (a CI job's), not the repository's: it may be anywhere.
      return try self.file(path)
    }
    if let found = try find(from: directory) {
      // Unlike a file `--config` names, a file found in the repository is the repository's to hold.
      let root = RepositoryRoot(around: found.folder)
      if let outside = root.outside(found.path) {
        throw ConfigurationError(
          file: found.path, "\(outside): prlint reads only files inside it, or the one --config names")
      }
      return try self.file(found.path, root: root)
    }
    var configuration = try self.preset("default")
    configuration.sectionsFromTemplate = Configuration.noFile
    return configuration
  }

  /// A built-in preset by name (`default`, `strict`, `minimal`).
  public static func preset(_ name: String) throws(ConfigurationError) -> Configuration {
    var visited: [String] = []
    var configuration = try resolvePreset(name, visited: &visited, requestedBy: nil)
    configuration.origin = "preset \(name)"
    return configuration
  }

  /// A configuration file; without `extends:` it builds on the `default` preset. It may be anywhere (the
  /// user names it); what it extends must be in the repository holding it.
  public static func file(_ path: String) throws(ConfigurationError) -> Configuration {
    try file(path, root: RepositoryRoot(around: PathText.parent(of: PathText.standardized(path))))
  }

  private static func file(_ path: String, root: RepositoryRoot) throws(ConfigurationError) -> Configuration {
    var visited: [String] = []
    var configuration = try resolveFile(path, root: root, visited: &visited, requestedBy: nil)
    let absolute = PathText.standardized(path)
    configuration.file = absolute
    configuration.gitRoot = PathText.gitRoot(of: PathText.parent(of: absolute))
    configuration.origin = configuration.gitRoot.flatMap { PathText.relative(absolute, to: $0) } ?? path
    return configuration
  }

  /// A configuration given as text, reported as `file` in errors (tests and the fuzzer use it). There is
  /// no directory beside it, so `extends:` names a preset and path options are relative to the working
  /// directory.
  public static func configuration(text: String, file: String) throws(ConfigurationError) -> Configuration {
    var visited: [String] = []
    var configuration = try resolve(
      ConfigParser(file: file).parse(text), file: file, folder: nil, visited: &visited, isPreset: false)
    configuration.origin = file
    return configuration
  }

  /// The configuration file that applies in `directory`, searching up to the git root; an error when one
  /// directory holds two (`.prlint.yml` and `.github/prlint.yaml`).
  public static func discover(from directory: String) throws(ConfigurationError) -> String? {
    try find(from: directory)?.path
  }

  /// Every configuration file in `folder` itself (not above it), in `fileNames` order: `prlint init`
  /// refuses to write one beside any.
  public static func files(in folder: String) -> [String] {
    fileNames.map { PathText.appending($0, to: PathText.standardized(folder)) }.filter(PathText.isFile)
  }

  /// The configuration file that applies in `directory`, with the folder it was found in.
  private static func find(from directory: String) throws(ConfigurationError) -> (path: String, folder: String)? {
    let found = PathText.walkUpToGitRoot(from: directory) { folder in
      let paths = files(in: folder)
      return paths.isEmpty ? nil : (paths, folder)
    }.found
    guard let found else { return nil }
    guard found.0.count == 1 else { throw ambiguity(found.0, in: found.1) }
    return (found.0[0], found.1)
  }

  /// Two or more spellings in one folder: which one applies would be a guess, and an edit to the other
  /// would silently do nothing. The first in `fileNames` order is the one to keep (`.prlint.yml`, which
  /// `prlint init` writes, before `.github/`).
  private static func ambiguity(_ paths: [String], in folder: String) -> ConfigurationError {
    let names = paths.map { PathText.relative($0, to: folder) ?? $0 }
    let others = names.dropFirst().joined(separator: " and ")
    let listed = names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    return ConfigurationError(
      file: folder,
      "\(listed) are \(names.count == 2 ? "both" : "all") prlint configuration files, and prlint will not guess "
        + "which applies: keep \(names[0]) (merge into it what \(others) \(names.count == 2 ? "sets" : "set")) "
        + "and delete \(others)")
  }

  // MARK: - Resolution

  private static func resolvePreset(_ name: String, visited: inout [String], requestedBy: ConfigurationError?)
    throws(ConfigurationError) -> Configuration
  {
    guard let layer = ConfigLayer.builtinPreset(named: name) else {
      let presets = BuiltinPresets.names.joined(separator: ", ")
      guard var error = requestedBy else {
        throw ConfigurationError(file: "--preset", "unknown preset \"\(name)\": expected one of \(presets)")
      }
      error.message = "unknown preset \"\(name)\": expected one of \(presets), or a relative path ending in .yml"
      throw error
    }
    var configuration = try resolve(layer, file: "preset \(name)", folder: nil, visited: &visited, isPreset: true)
    // Set on the way back up the chain: the last preset named is the one the files above build on.
    configuration.preset = name
    return configuration
  }

  private static func resolveFile(
    _ path: String, root: RepositoryRoot, visited: inout [String], requestedBy: ConfigurationError?
  ) throws(ConfigurationError) -> Configuration {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    guard !visited.contains(url.path) else {
      var error = requestedBy ?? ConfigurationError(file: path, "")
      let chain = (visited + [url.path]).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
      error.message = "extends form a cycle: \(chain.joined(separator: " -> "))"
      throw error
    }
    visited.append(url.path)
    let data: Data
    do {
      data = try BodyReader.readData(
        path: path, expected: "a prlint configuration file (YAML)", limit: maximumBytes, regularFileOnly: true)
    } catch {
      throw ConfigurationError(file: path, error.message)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigurationError(file: path, "expected UTF-8 YAML text")
    }
    return try resolve(
      ConfigParser(file: path).parse(text), file: path, folder: (url.deletingLastPathComponent(), root),
      visited: &visited, isPreset: false)
  }

  /// `folder`: the configuration file's folder and repository; nil for a preset or text.
  private static func resolve(
    _ written: ConfigLayer, file: String, folder: (url: URL, root: RepositoryRoot)?, visited: inout [String],
    isPreset: Bool
  ) throws(ConfigurationError) -> Configuration {
    var layer = written
    try resolvePaths(in: &layer.rules, folder: folder, file: file)
    if let written = layer.template, !written.value.isEmpty {
      layer.template?.value = try resolvePath(written, named: "template", folder: folder, file: file)
    }
    for index in layer.overrides.indices {
      try resolvePaths(in: &layer.overrides[index].rules, folder: folder, file: file)
    }
    var configuration: Configuration
    if let extends = layer.extends {
      let located = ConfigurationError(file: file, line: extends.line, column: extends.column, "")
      guard visited.count < maximumExtendsDepth else {
        var error = located
        error.message =
          "extends more than \(maximumExtendsDepth) files in a chain: expected a short chain of presets and files"
        throw error
      }
      guard !extends.value.hasPrefix("/") else {
        // A configuration travels with its repository: a path out of it would mean another machine's file.
        var error = located
        error.message = "extends an absolute path: expected a preset name or a path relative to this file"
        throw error
      }
      if let folder,
        extends.value.hasSuffix(".yml") || extends.value.hasSuffix(".yaml") || extends.value.contains("/")
      {
        let path = folder.url.appendingPathComponent(extends.value).path
        guard FileManager.default.fileExists(atPath: path) else {
          var error = located
          error.message = "extends \"\(extends.value)\", which does not exist: expected a preset name or a file path"
          throw error
        }
        if let outside = folder.root.outside(path) {
          var error = located
          error.message = "extends \"\(extends.value)\", which \(outside): prlint reads only files inside it"
          throw error
        }
        configuration = try resolveFile(path, root: folder.root, visited: &visited, requestedBy: located)
      } else {
        guard !visited.contains("preset " + extends.value) else {
          var error = located
          error.message = "preset \"\(extends.value)\" extends itself"
          throw error
        }
        visited.append("preset " + extends.value)
        configuration = try resolvePreset(extends.value, visited: &visited, requestedBy: located)
      }
    } else if isPreset {
      configuration = Configuration()
    } else {
      configuration = try resolvePreset("default", visited: &visited, requestedBy: nil)
    }
    try checkInheritedCustomRules(layer.rules, defined: configuration.customRules.map(\.description.id), file: file)
    configuration.apply(layer)
    if layer.sections != nil { configuration.sectionsOrigin = file }
    for (key, line) in layer.lines {
      configuration.topLevelOrigins[key] = SettingOrigin(file: file, line: line)
    }
    for (id, entry) in layer.rules {
      if entry.custom != nil {
        configuration.settingOrigins = configuration.settingOrigins.filter { !$0.key.hasPrefix(id + ".") }
        configuration.settingLines = configuration.settingLines.filter { !$0.key.hasPrefix(id + ".") }
      }
      if entry.severity != nil || entry.custom != nil {
        configuration.settingOrigins[id] = file
        configuration.settingLines[id] = entry.line
      }
      for key in entry.options.keys {
        configuration.settingOrigins["\(id).\(key)"] = file
        configuration.settingLines["\(id).\(key)"] = entry.optionLines[key]
      }
    }
    if layer.sectionsFromTemplate { configuration.sectionsFromTemplate = file }
    try checkSectionReferences(
      layer.rules, in: configuration, names: SectionNames(configuration.sections.map(\.name)), file: file)
    try append(layer.overrides, to: &configuration, file: file, label: overrideLabel(file: file, folder: folder))
    return configuration
  }

  /// Adds a file's overrides after those of what it extends, named, once what their rules name is checked:
  /// a custom rule or section the configuration has, or that an override (this one or an earlier) adds.
  private static func append(
    _ overrides: [ConfigLayer.Override], to configuration: inout Configuration, file: String, label: String
  ) throws(ConfigurationError) {
    // The sections rules may name, in order, each once: the configuration's, then those overrides add. Kept
    // from one override to the next, as a PR can give thousands of them.
    var sections = SectionNames(
      configuration.sections.map(\.name) + configuration.overrides.flatMap(\.sections).map(\.name))
    for (number, written) in overrides.enumerated() {
      let customRules = (configuration.overrides.flatMap(\.rules) + written.rules).compactMap(\.entry.custom)
      try checkInheritedCustomRules(
        written.rules, defined: (configuration.customRules + customRules).map(\.description.id), file: file)
      sections.append(written.sections.map(\.name))
      try checkSectionReferences(written.rules, in: configuration, names: sections, file: file)
      if let name = written.name, configuration.overrides.contains(where: { $0.name == name.value }) {
        throw ConfigurationError(
          file: file, line: name.line, column: name.column,
          "override name \"\(name.value)\" is taken by an earlier override: expected a name of its own")
      }
      configuration.overrides.append(
        Configuration.Override(
          name: written.name?.value ?? "\(label)#\(number + 1)", conditions: written.conditions,
          sections: written.sections, rules: written.rules, origin: SettingOrigin(file: file, line: written.line)))
    }
  }

  /// How an override without a name is named, before `#N`: its file relative to the repository root
  /// (`.prlint.yml`, `config/prlint.yml`), so the name is the same on every machine and in every
  /// directory prlint runs from; a file outside the repository, or text, as it was given.
  private static func overrideLabel(file: String, folder: (url: URL, root: RepositoryRoot)?) -> String {
    guard let root = folder?.root.path else { return file }
    return PathText.relative(URL(fileURLWithPath: file).standardizedFileURL.path, to: root) ?? file
  }

  /// Path options name files relative to the configuration file: make them absolute, and fail at the
  /// option when the file is not there, or (for a file's configuration) when it leads out of the
  /// repository, as `extends` may not: a PR could name `/etc/passwd` as its template otherwise.
  private static func resolvePaths(
    in rules: inout [(id: String, entry: ConfigLayer.RuleEntry)], folder: (url: URL, root: RepositoryRoot)?,
    file: String
  ) throws(ConfigurationError) {
    for index in rules.indices {
      for (key, written) in rules[index].entry.paths where !written.value.isEmpty {
        let path = try resolvePath(written, named: "\(rules[index].id).\(key)", folder: folder, file: file)
        rules[index].entry.options[key] = .string(path)
      }
    }
  }

  /// A path `setting` names, made absolute against the configuration file's folder (or the working
  /// directory, for a preset or text).
  private static func resolvePath(
    _ written: ConfigLayer.Located<String>, named setting: String, folder: (url: URL, root: RepositoryRoot)?,
    file: String
  ) throws(ConfigurationError) -> String {
    let url =
      written.value.hasPrefix("/")
      ? URL(fileURLWithPath: written.value)
      : (folder?.url ?? URL(fileURLWithPath: ".")).appendingPathComponent(written.value)
    guard PathText.isFile(url.path) else {
      throw ConfigurationError(
        file: file, line: written.line, column: written.column,
        "\(setting) names \"\(written.value)\", which does not exist: expected a file path relative to this "
          + "configuration file")
    }
    if let outside = folder?.root.outside(url.path) {
      throw ConfigurationError(
        file: file, line: written.line, column: written.column,
        "\(setting) names \"\(written.value)\", which \(outside): prlint reads only files inside it")
    }
    return url.standardizedFileURL.path
  }

  /// `some-rule: off` for an id that is neither built in nor defined by what this file extends.
  private static func checkInheritedCustomRules(
    _ rules: [(id: String, entry: ConfigLayer.RuleEntry)], defined: [String], file: String
  ) throws(ConfigurationError) {
    for (_, entry) in rules {
      guard let reference = entry.inheritedCustomRule, !defined.contains(reference.value) else { continue }
      throw ConfigParser.unknownRule(
        reference.value,
        at: ConfigurationError(file: file, line: reference.line, column: reference.column, ""),
        customRules: defined)
    }
  }

  /// A custom rule scoped to a section must name one the configuration defines (`names`, with those that
  /// overrides add). Under `sections: template` the names are the template's, known only once it is read:
  /// a rule naming another section checks nothing.
  private static func checkSectionReferences(
    _ rules: [(id: String, entry: ConfigLayer.RuleEntry)], in configuration: Configuration, names: SectionNames,
    file: String
  ) throws(ConfigurationError) {
    guard configuration.sectionsFromTemplate == nil else { return }
    for (id, entry) in rules {
      guard let reference = entry.sectionReferences.first(where: { !names.known.contains($0.value) }) else {
        continue
      }
      throw ConfigurationError(
        file: file, line: reference.line, column: reference.column,
        "rule \(id) names section \"\(reference.value)\", which is not configured: expected one of "
          + names.ordered.joined(separator: ", "))
    }
  }

  /// Section names in order, each once, with a set to look them up in.
  private struct SectionNames {
    private(set) var ordered: [String] = []
    private(set) var known: Set<String> = []

    init(_ names: [String]) { append(names) }

    mutating func append(_ names: [String]) {
      for name in names where known.insert(name).inserted { ordered.append(name) }
    }
  }
}
