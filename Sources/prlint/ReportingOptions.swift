import ArgumentParser
import PRLintKit

/// How `check` and `fix` report besides where (`OutputOptions`): colour, errors only, and how many
/// warnings fail a run.
struct ReportingOptions: ParsableArguments {
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
  }

  /// The options in `request`.
  func apply(to request: inout CheckRequest) {
    request.color = noColor ? .never : color
    request.quiet = quiet
    request.maxWarnings = maxWarnings
  }
}
