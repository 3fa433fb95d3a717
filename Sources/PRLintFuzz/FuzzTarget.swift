/// The fuzz targets; one binary holds them all, so one sanitizer build serves `make fuzz`.
enum FuzzTarget: String, CaseIterable, Sendable {
  /// Arbitrary bytes as a PR (body, title, labels, diff): both presets, every rule, every output format.
  case body
  /// Arbitrary bytes as a `.prlint.yml`: the parser, the loader, and what the configuration drives.
  case config
  /// Arbitrary bytes as a GitHub event payload or a GitLab webhook, and as GitLab's CI variables.
  case event
  /// Arbitrary bytes as `prlint audit` input: JSON Lines or an array of PR records.
  case audit
  /// Arbitrary bytes as the repository files a PR can change (configuration, what it extends, the PR
  /// template) and its changed file names, written to disk and loaded as a run loads them.
  case repository

  func run(_ bytes: [UInt8]) {
    switch self {
    case .body: BodyHarness.run(bytes)
    case .config: ConfigHarness.run(bytes)
    case .event: EventHarness.run(bytes)
    case .audit: AuditHarness.run(bytes)
    case .repository: RepositoryHarness.run(bytes)
    }
  }

  static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
