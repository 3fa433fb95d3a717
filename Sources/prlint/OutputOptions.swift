import ArgumentParser
import Foundation
import PRLintKit

/// `--format NAME[=PATH]`, any number of times, and `--output-file PATH`: where each report goes
/// (see `ReportDestination.resolve`). Shared by `check` and `audit`.
struct OutputOptions: ParsableArguments {
  @Option(
    help: """
      Output format; FORMAT=PATH writes that report to a file instead of standard output, replaced whole \
      when the run ends with exit 0 or 1. Repeat it for more reports, at most one of them on standard \
      output: --format text --format sarif=prlint.sarif. github goes only to standard output.
      """)
  var format: [ReportDestination] = []

  @Option(
    name: [.customLong("output-file"), .customShort("o")],
    help: ArgumentHelp(
      "Write the report to this file instead of standard output: -o x is --format text=x, --format sarif -o x is --format sarif=x.",
      valueName: "path"))
  var outputFile: String?

  func validate() throws {
    do {
      _ = try ReportDestination.resolve(format, outputFile: outputFile)
    } catch {
      throw ValidationError(error.description)
    }
  }

  /// Where each report goes; `validate()` has checked that they agree.
  var destinations: [ReportDestination] {
    (try? ReportDestination.resolve(format, outputFile: outputFile)) ?? [ReportDestination(format: .text)]
  }
}

extension ReportDestination: ExpressibleByArgument {
  public static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}

extension [ReportDestination] {
  /// With a report going to a file, SIGPIPE is ignored: a reader gone from standard output is then a
  /// write error (exit 2) after which the temporary files are removed, not a kill that leaves them.
  func ignoreBrokenPipesWhenWritingFiles() {
    if contains(where: { $0.path != nil }) { signal(SIGPIPE, SIG_IGN) }
  }
}
