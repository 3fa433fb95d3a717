import ArgumentParser
import Foundation
import PRLintKit

/// `--config` and `--preset`, shared by the commands that need a configuration.
struct ConfigurationOptions: ParsableArguments {
  @Option(
    help: """
      Configuration file (default: the file PRLINT_CONFIG names, else .prlint.yml, .prlint.yaml, \
      .github/prlint.yml or .github/prlint.yaml, up to the git root).
      """)
  var config: String?

  @Option(help: "Built-in preset to use instead of a configuration file: default, strict or minimal.")
  var preset: String?

  func validate() throws {
    if config != nil, preset != nil {
      throw ValidationError(
        "--config and --preset cannot be used together: a config file names its preset with extends:")
    }
  }

  /// The options as plain values.
  var choice: ConfigurationChoice { ConfigurationChoice(config: config, preset: preset) }

  func load() throws(ConfigurationError) -> Configuration { try choice.load() }
}

/// `--config` and `--preset` as plain values, which need no ArgumentParser to build (see `CheckRequest`),
/// with `PRLINT_CONFIG` behind them.
struct ConfigurationChoice {
  var config: String? = nil
  var preset: String? = nil

  func load() throws(ConfigurationError) -> Configuration {
    try ConfigurationLoader.load(
      file: config, preset: preset,
      environmentFile: getenv(ConfigurationLoader.environmentVariable).map { String(cString: $0) },
      from: FileManager.default.currentDirectoryPath)
  }
}
