import PRLintKit

/// Target `body`: a PR through the document model, every rule under the default and strict presets,
/// and every output format, for one PR and (with the trailer) for both results together.
enum BodyHarness {
  static let configurations: [Configuration] = ["default", "strict"].map { name in
    do {
      return try ConfigurationLoader.preset(name)
    } catch {
      fatalError("preset \(name) must load: \(error)")
    }
  }

  /// A linter for a preset, which names no file, so it cannot fail to build.
  static func linter(_ configuration: Configuration, templates: [(path: String, text: String)] = []) -> Linter {
    do {
      return try Linter(configuration: configuration, environment: RuleEnvironment(pullRequestTemplates: templates))
    } catch {
      fatalError("a preset's linter must build: \(error)")
    }
  }

  static func run(_ bytes: [UInt8]) {
    let pullRequest = PullRequestBytes(bytes)
    let input = pullRequest.lintInput
    var results: [LintResult] = []
    var rules: [(description: RuleDescription, severity: Severity)] = []
    for configuration in configurations {
      let linter = Self.linter(configuration, templates: [pullRequest.template])
      results.append(linter.lint(input))
      rules = linter.activeRules
    }
    fix(pullRequest, input)
    var options = ReportOptions(
      quiet: pullRequest.flag(7), maxWarnings: Int(pullRequest.flags & 3), rules: rules, toolVersion: "fuzz")
    ReportChecks.run(Array(results.prefix(1)), options: options)
    // Both PRs in one report, for inputs with the trailer only: that doubles the reporting time. The
    // rule list is left out there; its constant text would only slow each run.
    guard pullRequest.numstat != nil else { return }
    options.rules = []
    ReportChecks.run(results, options: options)
  }

  /// `prlint fix` on the same bytes, under the default preset: fixing the fixed body changes nothing more.
  static func fix(_ pullRequest: PullRequestBytes, _ input: LintInput) {
    let fixer = BodyFixer(linter: linter(configurations[0], templates: [pullRequest.template]))
    let once = fixer.fix(input, bytes: pullRequest.bodyBytes)
    let twice = fixer.fix(input, bytes: once.fixed)
    guard twice.fixed == once.fixed else { fatalError("prlint fix is not idempotent on this body") }
  }
}
