import ArgumentParser
import Foundation
import PRLintKit

/// `prlint [check] [FILE...]`: lint PR bodies.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Lint PR bodies from files or standard input (the default command).")

  @Argument(
    help: """
      Markdown files holding PR bodies; - reads standard input, as does no FILE outside a GitHub Actions \
      pull_request job or a GitLab merge-request pipeline (there the PR is read from the CI).
      """)
  var files: [String] = []

  @OptionGroup(title: "Pull request") var pullRequestOptions: PullRequestOptions

  @OptionGroup var configurationOptions: ConfigurationOptions

  @OptionGroup var outputOptions: OutputOptions

  @OptionGroup var reporting: ReportingOptions

  @Flag(
    help: """
      Fix what is mechanical, then lint the fixed bodies: add missing required sections (heading and prompt) \
      and rewrite closing keywords the forge ignores ("Fixes #1, #2", "Closes issue #5"). Each FILE is \
      rewritten in place; standard input is printed fixed.
      """)
  var fix = false

  @Flag(help: "With --fix: print the fixed body on standard output instead of rewriting its file.")
  var stdout = false

  func validate() throws {
    if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("standard input (-) can be read only once") }
    if !files.isEmpty, pullRequestOptions.githubEvent != nil || pullRequestOptions.bodyFile != nil {
      throw ValidationError(
        "--event (--github-event) and --body-file name the PR's body: give no FILE arguments with them")
    }
    if stdout, !fix { throw ValidationError("--stdout prints the fixed body: use it with --fix") }
    if fix { try FixCommand.validate(files: files) }
  }

  func run() throws {
    try request.run()
  }

  /// What was asked, as plain values (see `CheckRequest`).
  var request: CheckRequest {
    var request = CheckRequest()
    request.pullRequests = pullRequestOptions.request(files: files)
    request.configuration = configurationOptions.choice
    request.reports = outputOptions.destinations
    reporting.apply(to: &request)
    if fix { request.fix = stdout ? .standardOutput : .inPlace }
    return request
  }
}

extension OutputFormat: ExpressibleByArgument {}

extension ColorMode: ExpressibleByArgument {}
