import Foundation
import PRLintKit

/// Target `event`: arbitrary bytes as a GitHub event payload (or a GitLab merge-request webhook, or a
/// wrapped capture), and the same bytes as `KEY=VALUE` entries of GitLab's CI variables. What reads as
/// a PR is linted and reported; what does not must still describe its error. The variables are
/// NUL-separated, as in `/proc/self/environ`, so a description can hold line breaks.
enum EventHarness {
  static let linter = BodyHarness.linter(BodyHarness.configurations[0])

  static func run(_ bytes: [UInt8]) {
    do {
      lint(try EventPayload.parse(Data(bytes), source: "event.json"))
    } catch {
      _ = error.description
    }
    let text = String(decoding: bytes, as: UTF8.self)
    var environment: [String: String] = [:]
    for line in text.split(separator: "\0") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      environment[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    if GitLabPipeline.isPipeline(environment) {
      lint(GitLabPipeline.input(from: environment).input)
    }
  }

  private static func lint(_ input: LintInput) {
    ReportChecks.run([linter.lint(input)], options: ReportOptions(rules: linter.activeRules))
  }
}
