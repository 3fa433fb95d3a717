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

  @Option(
    help:
      "Colour text output on standard output (never in a file); auto: FORCE_COLOR, then NO_COLOR, then TERM=dumb, then a terminal decides."
  )
  var color: ColorMode = .auto

  @Flag(help: "The same as --color never.")
  var noColor = false

  @Flag(help: "Report errors only.")
  var quiet = false

  @Option(parsing: .unconditional, help: "Fail (exit 1) when there are more than this many warnings.")
  var maxWarnings: Int?

  func validate() throws {
    if noColor, color != .auto { throw ValidationError("--no-color and --color: give one of them") }
    if let maxWarnings, maxWarnings < 0 {
      throw ValidationError("--max-warnings must be 0 or more, got \(maxWarnings)")
    }
    if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("standard input (-) can be read only once") }
    if !files.isEmpty, pullRequestOptions.githubEvent != nil || pullRequestOptions.bodyFile != nil {
      throw ValidationError(
        "--event (--github-event) and --body-file name the PR's body: give no FILE arguments with them")
    }
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
    request.color = noColor ? .never : color
    request.quiet = quiet
    request.maxWarnings = maxWarnings
    return request
  }
}

extension ColorMode: ExpressibleByArgument {}
