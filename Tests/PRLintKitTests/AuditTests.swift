import Foundation
import PRLintMarkdown
import Testing

@testable import PRLintKit

/// `prlint audit`'s model: record shapes, the parallel runner and the summary's numbers.
struct AuditTests {
  private static let goodBody = """
    ## What
    Adds an INT8 export path to the model registry loader.

    ## Why
    Users deploy quantized models and the export was missing entirely.

    ## Testing
    Ran the export suite and compared outputs against the float model.

    Fixes #12
    """

  private func decode(_ json: String) throws -> AuditRecord {
    do {
      return try AuditRecord.decode(Array(json.utf8))
    } catch {
      Issue.record("decoding failed: \(error.message)")
      throw error
    }
  }

  private func failure(_ json: String) -> String? {
    do {
      _ = try AuditRecord.decode(Array(json.utf8))
      return nil
    } catch {
      return error.message
    }
  }

  // MARK: - Shapes

  @Test func readsGitHubCLIShape() throws {
    let record = try decode(
      """
      {"number": 7, "title": "Add export", "body": "text", "additions": 30, "deletions": 12, "changedFiles": 3,
       "labels": [{"name": "bug"}, {"name": "ml"}], "author": {"login": "octo", "is_bot": false},
       "isDraft": true, "url": "https://github.com/o/r/pull/7"}
      """)
    #expect(record.shape == .githubCLI)
    let input = record.lintInput(recordNumber: 1)
    #expect(input.source == "#7")
    #expect(input.title == "Add export" && input.body == "text")
    #expect(input.changedLines == 42 && input.changedFiles == 3)
    #expect(input.pullRequest.labels == ["bug", "ml"])
    #expect(input.pullRequest.author == PullRequestInfo.Author(login: "octo", isBot: false))
    #expect(input.pullRequest.isDraft)
    #expect(input.pullRequest.number == 7 && input.pullRequest.url == "https://github.com/o/r/pull/7")
  }

  @Test func readsGitHubRESTShape() throws {
    let record = try decode(
      """
      {"number": 8, "title": "Bump deps", "body": null, "additions": 5, "deletions": 1, "changed_files": 1,
       "labels": [{"id": 1, "name": "dependencies"}], "user": {"login": "dependabot[bot]", "type": "Bot"},
       "draft": false, "url": "https://api.github.com/repos/o/r/pulls/8", "html_url": "https://github.com/o/r/pull/8"}
      """)
    #expect(record.shape == .githubREST)
    let input = record.lintInput(recordNumber: 1)
    #expect(input.body.isEmpty)
    #expect(input.changedLines == 6 && input.changedFiles == 1)
    #expect(input.pullRequest.labels == ["dependencies"])
    #expect(input.pullRequest.author == PullRequestInfo.Author(login: "dependabot[bot]", isBot: true))
    #expect(!input.pullRequest.isDraft)
    #expect(input.pullRequest.url == "https://github.com/o/r/pull/8")
  }

  @Test func readsMinimalShapeAndMissingFields() throws {
    let minimal = try decode(
      #"{"number": 3, "title": "T", "body": "B", "additions": 4, "deletions": 5, "changed_files": 2}"#)
    #expect(minimal.shape == .minimal)
    let input = minimal.lintInput(recordNumber: 1)
    #expect(input.changedLines == 9 && input.changedFiles == 2 && input.pullRequest.author == nil)

    let bare = try decode("{}").lintInput(recordNumber: 5)
    #expect(bare.source == "record 5")
    #expect(bare.body.isEmpty && bare.title == nil && bare.changedLines == nil && bare.changedFiles == nil)
  }

  /// Worded as for an event payload (one reader of a PR's JSON): the field's path, what it is, what was expected.
  @Test func wrongTypesNameTheFieldAndWhatWasExpected() {
    #expect(failure(#"{"number": "7"}"#) == "number is a string: expected a whole number of 0 or more")
    #expect(failure(#"{"body": 5}"#) == "body is a number: expected a string")
    #expect(failure(#"{"additions": -3}"#) == "additions is a number: expected a whole number of 0 or more")
    #expect(failure(#"{"labels": [1]}"#) == "labels[0] is a number: expected a string or an object")
    #expect(failure(#"{"labels": [{"name": []}]}"#) == "labels[0].name is an array: expected a string")
    #expect(failure(#"{"author": {"login": 3}}"#) == "author.login is a number: expected a string")
    #expect(failure(#"{"user": {"type": true}}"#) == "user.type is a boolean: expected a string")
    #expect(failure("[1, 2]") == "is not a JSON object: expected a PR object")
    #expect(failure("{\"number\": 1")?.hasPrefix("invalid JSON (") == true)
    #expect(failure("{\"number\": 1")?.hasSuffix("): expected a PR object") == true)
  }

  // MARK: - Runner

  private struct Run {
    var output = ""
    var malformed: [AuditRunner.Malformed] = []
    var summary = AuditSummary()
  }

  private func audit(
    _ input: String, format: AuditOutput.Format = .json, jobs: Int = 1, chunkSize: Int = 97,
    maximumInFlightBytes: Int = 1 << 20
  ) throws -> Run {
    var runner = AuditRunner(
      linter: TestSupport.linter(TestSupport.defaultConfiguration), output: AuditOutput(format: format),
      jobs: jobs)
    runner.maximumInFlight = 3  // a small pipeline, so submitting often waits for output
    runner.maximumInFlightBytes = maximumInFlightBytes
    var chunks = Array(input.utf8)[...]
    var run = Run()
    run.summary = try runner.run(
      read: { () throws(InputError) -> [UInt8]? in
        guard !chunks.isEmpty else { return nil }
        defer { chunks = chunks.dropFirst(chunkSize) }
        return Array(chunks.prefix(chunkSize))
      },
      write: { run.output += $0 }, malformed: { run.malformed.append($0) })
    return run
  }

  private func jsonLine(_ number: Int, body: String, additions: Int? = nil) -> String {
    var object: [String: Any] = ["number": number, "title": "PR \(number)", "body": body]
    if let additions { object["additions"] = additions }
    let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data ?? Data(), as: UTF8.self)
  }

  @Test func outputKeepsInputOrderWithManyJobs() throws {
    // Bodies of very different sizes, so threads finish out of order.
    let lines = (1...40).map { number in
      jsonLine(number, body: number % 3 == 0 ? String(repeating: Self.goodBody + "\n\n", count: 40) : "Short.")
    }
    // Once by record count, once by bytes (a single record is over the limit): both keep the order.
    for bytes in [1 << 20, 1] {
      let run = try audit(lines.joined(separator: "\n"), jobs: 4, maximumInFlightBytes: bytes)
      let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
      let sources = try #require(json["results"] as? [[String: Any]]).map { $0["source"] as? String }
      #expect(sources == (1...40).map { "#\($0)" })
      #expect(run.summary.checked == 40)
    }
  }

  @Test func malformedRecordMidStreamIsSkippedAndTheRestKept() throws {
    let input = [
      jsonLine(1, body: Self.goodBody), "{\"number\": 2, \"body\": ", jsonLine(3, body: Self.goodBody),
      #"{"number": "4"}"#, jsonLine(5, body: "Too short."),
    ].joined(separator: "\n")
    for jobs in [1, 3] {
      let run = try audit(input, format: .text(unicodeBars: false), jobs: jobs)
      #expect(run.malformed.map(\.record) == [2, 4])
      #expect(run.malformed.map(\.line) == [2, 4])
      #expect(run.summary.checked == 3 && run.summary.malformed == 2)
      #expect(run.summary.passed == 2)
      #expect(run.output.contains("#5:") && !run.output.contains("#2"))
    }
  }

  @Test func arrayInputAuditsLikeJSONLines() throws {
    let records = (1...6).map { jsonLine($0, body: $0.isMultiple(of: 2) ? Self.goodBody : "Nothing.") }
    let lines = try audit(records.joined(separator: "\n"))
    let array = try audit("[\n" + records.joined(separator: ",\n") + "\n]\n", chunkSize: 5)
    #expect(array.output == lines.output)
    #expect(array.summary.checked == 6 && array.summary.passed == 3)
  }

  @Test func summaryNumbersOnAKnownInput() throws {
    let noWhy = "## What\nAdds the loader cache for registry artifacts.\n\n## Testing\nUnit tests for the cache.\n"
    let input = [
      jsonLine(1, body: Self.goodBody, additions: 10),
      jsonLine(2, body: Self.goodBody, additions: 40),
      jsonLine(3, body: noWhy, additions: 20),
      jsonLine(4, body: noWhy + "\nCloses #9\n", additions: 30),
      jsonLine(5, body: "", additions: 1000),
    ].joined(separator: "\n")
    let summary = try audit(input).summary
    #expect(summary.checked == 5)
    #expect(summary.passed == 2 && summary.failed == 3)
    #expect(summary.withClosingReference == 3)
    #expect(summary.missingSections["Why"] == 3)
    #expect(summary.missingSections["What"] == 1)
    #expect(summary.sizedPRs == 5)
    #expect(summary.medianChangedLines == 30)
    #expect(summary.p90ChangedLines == 1000)
    let required = try #require(summary.rules.first { $0.rule == "required-sections" })
    #expect(required.errorPRs == 3)
    let linked = try #require(summary.rules.first { $0.rule == "linked-issue" })
    #expect(linked.errorPRs == 2)
    #expect(summary.worstOffenders.first?.source == "#5")
    #expect(summary.worstOffenders.count == 3)
  }

  @Test func percentilesUseNearestRank() {
    var summary = AuditSummary()
    let result = TestSupport.lint(Self.goodBody)
    for lines in [5, 1, 4, 2, 3, 10, 9, 8, 7, 6] { summary.add(result, changedLines: lines) }
    summary.add(result, changedLines: nil)
    #expect(summary.sizedPRs == 10)
    #expect(summary.percentile(50) == 5)
    #expect(summary.percentile(90) == 9)
    #expect(summary.percentile(100) == 10)
    #expect(AuditSummary().medianChangedLines == nil)
  }

  @Test func jsonOutputIsOneDocumentWithResultsAndSummary() throws {
    let input = [jsonLine(1, body: Self.goodBody), jsonLine(2, body: "")].joined(separator: "\n")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(audit(input).output.utf8)) as? [String: Any])
    #expect((json["results"] as? [Any])?.count == 2)
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["checked"] as? Int == 2 && summary["failed"] as? Int == 1)
    #expect(summary["passRate"] as? Double == 0.5)

    var runner = AuditRunner(
      linter: TestSupport.linter(TestSupport.defaultConfiguration),
      output: AuditOutput(format: .json, summaryOnly: true), jobs: 1)
    runner.maximumInFlight = 1
    var once = Array(input.utf8) as [UInt8]?
    var output = ""
    _ = try runner.run(
      read: { () throws(InputError) -> [UInt8]? in
        defer { once = nil }
        return once
      }, write: { output += $0 }, malformed: { _ in })
    let summaryOnly = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(summaryOnly["results"] == nil && summaryOnly["summary"] != nil)
  }

  @Test func emptyInputGivesAnEmptySummary() throws {
    let run = try audit("")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect((json["results"] as? [Any])?.isEmpty == true)
    #expect(run.summary.checked == 0)
  }

  // MARK: - Rendering

  /// The summary's PR text goes through `MarkdownEscape`, as every Markdown output's does: a
  /// backslash before `@` or `#` still notifies (GitHub finds mentions in the rendered text).
  @Test func markdownSummaryEscapesPRTextAsMarkdownEscapeDoes() throws {
    let title = "@octocat #12 GH-3 | <b>x</b> <!-- [l](http://e) `c` www.x"
    try #require(title.count <= 60)  // not shortened
    let line = jsonLine(1, body: "").replacingOccurrences(of: "PR 1", with: title)
    let output = try audit(line, format: .markdown).output
    #expect(output.hasPrefix("## prlint audit\n"))
    let rows = output.split(separator: "\n")
    // The offender's row: its source and title cells as MarkdownEscape renders them.
    #expect(
      rows.contains {
        $0.hasPrefix("| \(MarkdownEscape.inline("#1")) | ") && $0.hasSuffix(" | \(MarkdownEscape.inline(title)) |")
      })
    #expect(rows.contains { $0.hasPrefix("| `required-sections` | ") })

    // Parsed back: no comment, link, image, issue reference or code span but a rule id's.
    let document = MarkdownParser.parse(output)
    #expect(document.comments.isEmpty && document.links.isEmpty && document.images.isEmpty)
    #expect(IssueReferences(in: document, platform: .github).all.isEmpty)
    let ruleIDs = Set(RuleRegistry.descriptions.map(\.id))
    #expect(document.codeSpans.allSatisfy { ruleIDs.contains($0.code) })
    // Nothing that notifies once rendered: the escape is a zero-width space, not a backslash.
    let visible = output.replacing(MarkdownEscape.zeroWidthSpace, with: "\u{200B}")
    #expect(visible.firstMatch(of: /@[A-Za-z0-9]/) == nil)
    #expect(visible.firstMatch(of: /#[0-9]/) == nil)
    #expect(visible.firstMatch(of: /(?i)gh-[0-9]/) == nil)
    #expect(!output.contains("<") && !output.contains("://"))
  }

  @Test func textSummaryBarsAreASCIIOffATerminalAndEscapeTitles() throws {
    let line = jsonLine(1, body: "").replacingOccurrences(of: "PR 1", with: "Bad \\u001b[31mred")
    let ascii = try audit(line, format: .text(unicodeBars: false)).output
    #expect(ascii.contains("####################"))
    #expect(!ascii.contains("█") && !ascii.contains("\u{1B}"))
    #expect(ascii.contains("Bad \\u{1B}[31mred"))
    let unicode = try audit(line, format: .text(unicodeBars: true)).output
    #expect(unicode.contains("████████████████████"))
  }

  @Test func barsRoundToEighths() {
    let bars = AuditSummaryText(unicodeBars: true)
    #expect(bars.bar(0) == "")
    #expect(bars.bar(1) == String(repeating: "█", count: 20))
    #expect(bars.bar(0.5 / 20) == "▌")
    #expect(AuditSummaryText(unicodeBars: false).bar(0.5) == String(repeating: "#", count: 10))
  }
}
