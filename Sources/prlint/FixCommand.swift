import ArgumentParser
import PRLintKit

/// `prlint fix [FILE...]`: `prlint check --fix` under a name of its own.
struct FixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fix",
    abstract: "Fix what is mechanical in PR bodies, then lint them as check does.",
    discussion: """
      Adds each missing required section at the end (its heading and a prompt: still empty, for you to fill \
      in) and rewrites closing keywords the forge ignores ("Fixes #1, #2" to "Fixes #1, fixes #2", "Closes \
      issue #5" to "Closes #5"); nothing else of the body changes, and fixing twice changes nothing more. \
      Each change is reported as FILE:LINE:COL: fixed: WHAT, then the fixed body is linted: exit 0 or 1 as \
      check, 2 for a usage or input error, with nothing written.
        prlint fix .github/PR_BODY.md
        gh pr view 42 --json body -q .body > body.md && prlint fix body.md
        gh pr edit 42 --body-file body.md
      """)

  @Argument(
    help: """
      Markdown files holding PR bodies, each rewritten in place (a file with nothing to fix is left \
      untouched); - reads standard input and prints the fixed body, as does no FILE.
      """)
  var files: [String] = []

  @Flag(help: "Print the fixed body on standard output instead of rewriting its file (one FILE).")
  var stdout = false

  @OptionGroup(title: "Pull request") var pullRequestOptions: PullRequestOptions

  @OptionGroup var configurationOptions: ConfigurationOptions

  @OptionGroup var outputOptions: OutputOptions

  @OptionGroup var reporting: ReportingOptions

  func validate() throws {
    if !files.isEmpty, pullRequestOptions.githubEvent != nil || pullRequestOptions.bodyFile != nil {
      throw ValidationError(
        "--event (--github-event) and --body-file name the PR's body: give no FILE arguments with them")
    }
    try Self.validate(files: files)
  }

  /// What `fix` and `check --fix` refuse of their FILEs: standard input is printed fixed, so it comes alone.
  static func validate(files: [String]) throws {
    if files.count(where: { $0 == "-" }) > 1 { throw ValidationError("standard input (-) can be read only once") }
    if files.contains("-"), files.count > 1 {
      throw ValidationError("standard input (-) is printed fixed on standard output: give it alone, without FILEs")
    }
  }

  func run() throws {
    var request = CheckRequest()
    request.pullRequests = pullRequestOptions.request(files: files)
    request.configuration = configurationOptions.choice
    request.reports = outputOptions.destinations
    reporting.apply(to: &request)
    request.fix = stdout ? .standardOutput : .inPlace
    try request.run()
  }
}
