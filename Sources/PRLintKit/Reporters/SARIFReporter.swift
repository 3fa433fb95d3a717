/// `--format sarif`: SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and
/// other SARIF viewers. One run; `tool.driver.rules` lists every rule that ran; each result names
/// its rule by id and index and has one location. GitHub requires `region.startLine`, so a finding
/// without a position (a missing section) points at line 1. Silenced findings are kept with an
/// in-source suppression and its reason; skipped PRs are notifications of the invocation.
public struct SARIFReporter: Reporter {
  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  public init() {}

  public func report(_ results: [LintResult], options: ReportOptions) -> String {
    let rules = reportedRules(results, options: options)
    let index = Dictionary(
      rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    var findings: [String] = []
    var fingerprints = FindingFingerprints()
    for result in results {
      let path = ArtifactPath.path(result.source)
      for diagnostic in result.diagnostics where !options.quiet || diagnostic.severity == .error {
        findings.append(
          self.result(
            diagnostic, source: result.source, ruleIndex: index[diagnostic.ruleID] ?? 0,
            fingerprint: fingerprints.next(diagnostic, path: path)))
      }
    }
    let driver = JSONWriter.object(
      [("name", JSONWriter.quoted("prlint"))]
        + (options.toolVersion.map { [("version", JSONWriter.quoted($0))] } ?? [])
        + [("rules", JSONWriter.array(rules.map(\.json), indent: "      "))])
    let run = JSONWriter.object([
      ("tool", JSONWriter.object([("driver", driver)])),
      ("invocations", JSONWriter.array([invocation(results)], indent: "    ")),
      ("results", JSONWriter.array(findings, indent: "    ")),
    ])
    return "{\n  \"$schema\": " + JSONWriter.quoted(Self.schema) + ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    "
      + run + "\n  ]\n}\n"
  }

  private struct ReportedRule {
    var id: String
    var json: String
  }

  /// The rules that ran, then any rule that reported without being listed (a caller that passed none).
  private func reportedRules(_ results: [LintResult], options: ReportOptions) -> [ReportedRule] {
    var rules = options.rules.map { rule in
      ReportedRule(
        id: rule.description.id,
        json: JSONWriter.object([
          ("id", JSONWriter.quoted(rule.description.id)),
          ("shortDescription", text(rule.description.summary)),
          ("fullDescription", text(rule.description.rationale)),
          ("help", text(rule.description.rationale)),
          ("defaultConfiguration", JSONWriter.object([("level", JSONWriter.quoted(level(rule.severity)))])),
        ]))
    }
    for result in results {
      for diagnostic in result.diagnostics where !rules.contains(where: { $0.id == diagnostic.ruleID }) {
        rules.append(
          ReportedRule(id: diagnostic.ruleID, json: JSONWriter.object([("id", JSONWriter.quoted(diagnostic.ruleID))])))
      }
    }
    return rules
  }

  private func result(_ diagnostic: Diagnostic, source: String, ruleIndex: Int, fingerprint: String) -> String {
    var region = [("startLine", String(diagnostic.position?.line ?? 1))]
    if let column = diagnostic.position?.column { region.append(("startColumn", String(column))) }
    let location = JSONWriter.object([
      (
        "physicalLocation",
        JSONWriter.object([
          ("artifactLocation", JSONWriter.object([("uri", JSONWriter.quoted(ArtifactPath.uri(source)))])),
          ("region", JSONWriter.object(region)),
        ])
      )
    ])
    var fields = [
      ("ruleId", JSONWriter.quoted(diagnostic.ruleID)),
      ("ruleIndex", String(ruleIndex)),
      ("level", JSONWriter.quoted(level(diagnostic.severity))),
      ("message", text(diagnostic.message)),
      ("locations", "[" + location + "]"),
      // The body is rarely a file in the repository, so upload-sarif cannot hash its lines itself.
      ("partialFingerprints", JSONWriter.object([("prlint/v1", JSONWriter.quoted(fingerprint))])),
    ]
    if diagnostic.suppressed {
      var suppression = [("kind", JSONWriter.quoted("inSource"))]
      if let reason = diagnostic.suppressionReason { suppression.append(("justification", JSONWriter.quoted(reason))) }
      fields.append(("suppressions", "[" + JSONWriter.object(suppression) + "]"))
    }
    return JSONWriter.object(fields)
  }

  /// Skipped PRs, as notes: SARIF has no result for "not checked".
  private func invocation(_ results: [LintResult]) -> String {
    let notes = results.compactMap { result in
      result.skipReason.map { reason in
        JSONWriter.object([
          ("level", JSONWriter.quoted("note")),
          ("message", text("\(result.source) skipped: \(reason)")),
          (
            "locations",
            "["
              + JSONWriter.object([
                (
                  "physicalLocation",
                  JSONWriter.object([
                    (
                      "artifactLocation",
                      JSONWriter.object([("uri", JSONWriter.quoted(ArtifactPath.uri(result.source)))])
                    )
                  ])
                )
              ]) + "]"
          ),
        ])
      }
    }
    var fields = [("executionSuccessful", "true")]
    if !notes.isEmpty { fields.append(("toolExecutionNotifications", "[" + notes.joined(separator: ", ") + "]")) }
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
