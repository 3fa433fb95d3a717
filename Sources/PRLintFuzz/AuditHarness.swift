import PRLintKit

/// Target `audit`: arbitrary bytes as `prlint audit` input (JSON Lines or one JSON array of PR records),
/// through the runner itself, read in small chunks as from a pipe. The output must not depend on how
/// the input was cut, the JSON document must parse, and so must a SARIF, JUnit or Code Quality one, the
/// summaries must render, and the Markdown one must keep `--format markdown`'s promises
/// (`MarkdownChecks`).
enum AuditHarness {
  static let linter = BodyHarness.linter(BodyHarness.configurations[0])

  static func run(_ bytes: [UInt8]) {
    let chunk = 1 + Int(bytes.last ?? 0) % 61
    let (chunked, malformed) = audit(bytes, format: .json, chunk: chunk)
    let (whole, wholeMalformed) = audit(bytes, format: .json, chunk: max(bytes.count, 1))
    guard chunked == whole, malformed == wholeMalformed else {
      fatalError("audit output depends on how the input was cut (chunks of \(chunk)):\n\(chunked)\n---\n\(whole)")
    }
    ReportChecks.check(.json, chunked)
    // One of the CI formats, which must also be one document for the whole audit.
    let format = [OutputFormat.sarif, .junit, .codequality][Int(bytes.first ?? 0) % 3]
    ReportChecks.check(format, audit(bytes, format: .reporter(format), chunk: chunk).output)
    _ = audit(bytes, format: .text(unicodeBars: true), chunk: chunk, summaryOnly: true)
    let markdown = audit(bytes, format: .markdown, chunk: chunk, summaryOnly: true).output
    if let violation = MarkdownChecks.violation(in: markdown) {
      fatalError("audit --format markdown output broke its invariant (\(violation)):\n\(markdown.prefix(2000))")
    }
  }

  static func audit(_ bytes: [UInt8], format: AuditOutput.Format, chunk: Int, summaryOnly: Bool = false)
    -> (output: String, malformed: [AuditRunner.Malformed])
  {
    let output = AuditOutput(
      format: format, options: ReportOptions(rules: linter.activeRules), summaryOnly: summaryOnly)
    let runner = AuditRunner(linter: linter, output: output, jobs: 1)
    var offset = 0
    var written = ""
    var malformed: [AuditRunner.Malformed] = []
    do {
      _ = try runner.run(
        read: { () throws(InputError) -> [UInt8]? in
          guard offset < bytes.count else { return nil }
          defer { offset += chunk }
          return Array(bytes[offset..<min(offset + chunk, bytes.count)])
        },
        write: { written += $0 }, malformed: { malformed.append($0) })
    } catch {
      _ = error.description
    }
    return (written, malformed)
  }
}
