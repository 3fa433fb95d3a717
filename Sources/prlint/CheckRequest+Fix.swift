import Foundation
import PRLintKit

/// Where `--fix` puts the fixed bodies.
enum FixOutput {
  /// Each file rewritten in place; standard input printed.
  case inPlace
  /// `--stdout`: the one body printed, its file untouched.
  case standardOutput
}

extension CheckRequest {
  /// Fixes each body read, writes it back (only when changed) or prints it, and reports each change;
  /// returns the fixed bodies linted, and whether standard output holds a fixed body. Everything is
  /// checked before anything is written: a usage error writes nothing.
  func fix(_ found: PullRequestInputs, to output: FixOutput, with linter: Linter) throws -> (
    results: [LintResult], printed: Bool
  ) {
    var bodies: [(input: LintInput, bytes: [UInt8])] = []
    for (input, bytes) in zip(found.inputs, found.bodyBytes) {
      guard let bytes else {
        throw UsageError(
          message: "the PR's body came from the CI, and --fix has nowhere to write it back: give its file as FILE "
            + "or with --body-file, or pipe it in with -")
      }
      bodies.append((input, [UInt8](bytes)))
    }
    let printed = output == .standardOutput || bodies.contains { !$0.input.sourceIsFile }
    if printed, bodies.count > 1 {
      throw UsageError(message: "--stdout prints one fixed body, and \(bodies.count) were read: give one FILE")
    }
    let fixer = BodyFixer(linter: linter)
    let fixes = bodies.map { fixer.fix($0.input, bytes: $0.bytes) }
    if printed, let fixed = fixes.first?.fixed {
      // The body is data for a pipe (`> body.md`, `gh pr edit --body-file -`); on a terminal, text to read.
      if isatty(STDOUT_FILENO) == 1 {
        try Console.out(TerminalSafe.escapeLines(String(decoding: fixed, as: UTF8.self)))
      } else {
        try Console.out(bytes: fixed)
      }
    } else {
      let changed = zip(bodies, fixes).filter { $0.1.isChanged }
      for (body, _) in changed { try BodyFile.checkReplaceable(body.input.source) }
      for (body, fix) in changed { try BodyFile.replace(body.input.source, with: fix.fixed) }
    }
    // Where text output goes (or nothing does), unless a fixed body or a machine format holds standard output.
    var lines = ""
    for (body, fix) in zip(bodies, fixes) {
      for line in fix.reportLines(source: body.input.source) { lines += TerminalSafe.escape(line) + "\n" }
    }
    let textOnStandardOutput = standardOutputFormat.map { $0 == .text } ?? true
    try printed || !textOnStandardOutput ? Console.error(lines) : Console.out(lines)
    return (fixes.map(\.result), printed)
  }
}
