import PRLintMarkdown

/// `--format sarif`: SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and
/// other SARIF viewers. One run; `tool.driver.rules` lists every rule that ran; each result names
/// its rule by id and index and has one location.
/// - Columns count UTF-16 code units, as `run.columnKind` says (SARIF requires it once results have
///   columns; `utf16CodeUnits` is what GitHub assumes). GitHub requires `region.startLine`, so a
///   finding without a position (a missing section) points at line 1.
/// - `partialFingerprints` holds GitHub's `primaryLocationLineHash` (see `LineHash`: upload-sarif
///   computes it only for a file in the checkout, which a PR body is not) and prlint's own
///   `prlint/v1` (`FindingFingerprints`).
/// - A rule's `fullDescription` is its rationale cut to GitHub's limit; `help` holds all of it.
/// - Silenced findings are kept with an in-source suppression and its reason; skipped PRs are
///   notifications of the invocation.
///
/// `audit` writes the same document a piece at a time, in bounded memory: `header`, each PR's
/// `results` (items of one array, comma-separated by the caller), then `footer`.
public struct SARIFReporter: Reporter {
  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
  /// GitHub's documented limit for `fullDescription.text`: 1000 characters in some versions of its
  /// documentation, 1024 in others; counted here in UTF-16 code units, the largest count of the three.
  static let descriptionLimit = 1000
  /// How a result is indented in the results array.
  static let resultIndent = "        "

  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    let rules = RuleTable(reportedRules(results, options: options))
    var fingerprints = FindingFingerprints()
    var items: [String] = []
    for result in results {
      items += self.results(result, ruleIndex: rules.index, options: options, fingerprints: &fingerprints)
    }
    let body = items.isEmpty ? "" : "\n" + items.map { Self.resultIndent + $0 }.joined(separator: ",\n")
    return header(rules, options: options) + body
      + footer(anyResults: !items.isEmpty, notes: results.compactMap(skipNote))
  }

  /// The rules a run reports on, in order, and each one's index.
  struct RuleTable: Sendable {
    var rules: [(id: String, json: String)]
    var index: [String: Int]

    init(_ rules: [(id: String, json: String)]) {
      self.rules = rules
      index = Self.index(rules.map(\.id))
    }

    static func index(_ ids: [String]) -> [String: Int] {
      Dictionary(ids.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }
  }

  /// The rules that ran, as an audit lists them before any PR is read (a rule not among them, which
  /// only a caller that names no rules has, reports without a `ruleIndex`).
  func ruleTable(_ options: ReportOptions) -> RuleTable {
    RuleTable(options.rules.map(ruleJSON))
  }

  /// The document up to the first result: the log, the run, the tool and its rules, `columnKind`.
  func header(_ rules: RuleTable, options: ReportOptions) -> String {
    let driver = JSONWriter.object(
      [("name", JSONWriter.quoted("prlint"))]
        + (options.toolVersion.map { [("version", JSONWriter.quoted($0))] } ?? [])
        + [("rules", JSONWriter.array(rules.rules.map(\.json), indent: "        "))])
    return "{\n  \"$schema\": " + JSONWriter.quoted(Self.schema)
      + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
      + "      \"tool\": " + JSONWriter.object([("driver", driver)]) + ",\n"
      + "      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": ["
  }

  /// Written before a result: a line break and, after the first, a comma.
  static func separator(isFirst: Bool) -> String {
    (isFirst ? "\n" : ",\n") + resultIndent
  }

  /// The rest of the document after the last result: the invocation and its notifications (`note`
  /// objects from `skipNote` or `note`).
  func footer(anyResults: Bool, notes: [String]) -> String {
    var invocation = [("executionSuccessful", "true")]
    if !notes.isEmpty { invocation.append(("toolExecutionNotifications", "[" + notes.joined(separator: ", ") + "]")) }
    return (anyResults ? "\n      ]" : "]") + ",\n      \"invocations\": [" + JSONWriter.object(invocation)
      + "]\n    }\n  ]\n}\n"
  }

  /// One PR's results, each one JSON object.
  func results(
    _ result: LintResult, ruleIndex: [String: Int], options: ReportOptions, fingerprints: inout FindingFingerprints
  ) -> [String] {
    let diagnostics = result.diagnostics.filter { !options.quiet || $0.severity == .error }
    guard !diagnostics.isEmpty else { return [] }
    let path = ArtifactPath.path(result.source)
    let uri = ArtifactPath.uri(result.source)
    let start = SourcePosition(line: 1, column: 1)
    let lines = SourceLines(result.body, positions: diagnostics.map { $0.position ?? start })
    return diagnostics.map { diagnostic in
      self.result(
        diagnostic, uri: uri, ruleIndex: ruleIndex[diagnostic.ruleID], lines: lines,
        fingerprint: fingerprints.next(diagnostic, path: path))
    }
  }

  /// A skipped PR, as a notification: SARIF has no result for "not checked".
  func skipNote(_ result: LintResult) -> String? {
    result.skipReason.map { reason in
      let location = JSONWriter.object([
        (
          "physicalLocation",
          JSONWriter.object([
            ("artifactLocation", JSONWriter.object([("uri", JSONWriter.quoted(ArtifactPath.uri(result.source)))]))
          ])
        )
      ])
      return JSONWriter.object([
        ("level", JSONWriter.quoted("note")), ("message", text("\(result.source) skipped: \(reason)")),
        ("locations", "[" + location + "]"),
      ])
    }
  }

  /// A notification of the invocation, with no location.
  func note(_ message: String) -> String {
    JSONWriter.object([("level", JSONWriter.quoted("note")), ("message", text(message))])
  }

  /// The rules that ran, then any rule that reported without being listed (a caller that passed none).
  private func reportedRules(_ results: [LintResult], options: ReportOptions) -> [(id: String, json: String)] {
    var rules = options.rules.map(ruleJSON)
    for result in results {
      for diagnostic in result.diagnostics where !rules.contains(where: { $0.id == diagnostic.ruleID }) {
        rules.append((diagnostic.ruleID, JSONWriter.object([("id", JSONWriter.quoted(diagnostic.ruleID))])))
      }
    }
    return rules
  }

  private func ruleJSON(_ rule: (description: RuleDescription, severity: Severity)) -> (id: String, json: String) {
    let description = rule.description
    return (
      description.id,
      JSONWriter.object([
        ("id", JSONWriter.quoted(description.id)),
        ("shortDescription", text(Self.shortened(description.summary))),
        ("fullDescription", text(Self.shortened(description.rationale))),
        ("help", text(description.rationale)),
        ("defaultConfiguration", JSONWriter.object([("level", JSONWriter.quoted(level(rule.severity)))])),
      ])
    )
  }

  /// `text` within `descriptionLimit`: whole sentences when they fill at least half of it, else whole
  /// words and an ellipsis.
  static func shortened(_ text: String) -> String {
    guard text.utf16.count > descriptionLimit else { return text }
    let scalars = Array(text.unicodeScalars)
    var count = 0
    var units = 0
    while count < scalars.count, units + UTF16.width(scalars[count]) <= descriptionLimit - 1 {
      units += UTF16.width(scalars[count])
      count += 1
    }
    let isSpace = { (index: Int) in scalars[index].properties.isWhitespace }
    if let period = (0..<count).last(where: { scalars[$0] == "." && $0 + 1 < scalars.count && isSpace($0 + 1) }),
      period + 1 >= count / 2
    {
      return String(String.UnicodeScalarView(scalars[...period]))
    }
    var end = count
    if end < scalars.count, !isSpace(end) {
      while end > 0, !isSpace(end - 1) { end -= 1 }
    }
    while end > 0, isSpace(end - 1) { end -= 1 }
    return String(String.UnicodeScalarView(scalars[..<(end == 0 ? count : end)])) + "…"
  }

  private func result(
    _ diagnostic: Diagnostic, uri: String, ruleIndex: Int?, lines: SourceLines, fingerprint: String
  ) -> String {
    let position = diagnostic.position ?? SourcePosition(line: 1, column: 1)
    var region = [("startLine", String(position.line))]
    if diagnostic.position != nil, let column = lines.utf16Column(position) {
      region.append(("startColumn", String(column)))
    }
    let location = JSONWriter.object([
      (
        "physicalLocation",
        JSONWriter.object([
          ("artifactLocation", JSONWriter.object([("uri", JSONWriter.quoted(uri))])),
          ("region", JSONWriter.object(region)),
        ])
      )
    ])
    var fields = [("ruleId", JSONWriter.quoted(diagnostic.ruleID))]
    if let ruleIndex { fields.append(("ruleIndex", String(ruleIndex))) }
    var fingerprints: [(String, String)] = []
    if let hash = lines.lineHash(position.line) {
      fingerprints.append(("primaryLocationLineHash", JSONWriter.quoted(hash)))
    }
    fingerprints.append(("prlint/v1", JSONWriter.quoted(fingerprint)))
    fields += [
      ("level", JSONWriter.quoted(level(diagnostic.severity))),
      ("message", text(diagnostic.message)),
      ("locations", "[" + location + "]"),
      ("partialFingerprints", JSONWriter.object(fingerprints)),
    ]
    if diagnostic.suppressed {
      var suppression = [("kind", JSONWriter.quoted("inSource"))]
      if let reason = diagnostic.suppressionReason { suppression.append(("justification", JSONWriter.quoted(reason))) }
      fields.append(("suppressions", "[" + JSONWriter.object(suppression) + "]"))
    }
    return JSONWriter.object(fields)
  }

  private func text(_ text: String) -> String { JSONWriter.object([("text", JSONWriter.quoted(text))]) }

  private func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .off: "none"
    }
  }
}
