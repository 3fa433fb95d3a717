import Foundation
import PRLintKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Renders results in every output format and checks what each consumer relies on, whatever the body
/// held: a broken invariant stops the run like a crash, so the fuzzer keeps the input.
enum ReportChecks {
  static func run(_ results: [LintResult], options: ReportOptions) {
    for format in OutputFormat.allCases {
      check(format, format.reporter.report(results, options: options))
    }
    var colored = options
    colored.color = true
    _ = TextReporter().report(results, options: colored)
  }

  static func check(_ format: OutputFormat, _ output: String) {
    switch format {
    case .text:
      expect(!output.unicodeScalars.contains(where: isControl), format, output, "a control character")
    case .github:
      expect(output.split(separator: "\n").allSatisfy(isRunnerLine), format, output, "a line of its own")
      expect(!output.contains("##["), format, output, "a legacy ##[ command")
      expect(!output.unicodeScalars.contains("\r"), format, output, "a carriage return")
    case .json, .sarif, .codequality:
      let parsed = try? JSONSerialization.jsonObject(with: Data(output.utf8))
      expect(parsed != nil, format, output, "invalid JSON")
    case .junit:
      expect(XMLParser(data: Data(output.utf8)).parse(), format, output, "invalid XML")
    case .markdown:
      if let violation = MarkdownChecks.violation(in: output) { expect(false, format, output, violation) }
    }
  }

  /// Plain text holds no terminal control: only line breaks separate its lines.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// Every line of `--format github` is a command of ours or the summary.
  static func isRunnerLine(_ line: Substring) -> Bool {
    ["::error ", "::warning ", "::notice ", "✔", "✖"].contains { line.hasPrefix($0) }
  }

  private static func expect(_ holds: Bool, _ format: OutputFormat, _ output: String, _ what: String) {
    guard holds else {
      fatalError("--format \(format.rawValue) output broke its invariant (\(what)):\n\(output.prefix(2000))")
    }
  }
}
