import PRLintMarkdown

/// The title reads well in a changelog and a `git log --oneline`.
public struct TitleRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "title",
    summary: "the title is short, final (no WIP), has no trailing period, and optionally follows Conventional Commits",
    rationale: """
      The title becomes the merge commit subject and the changelog line. Checked only when a title is \
      given (`--title`, or from CI). Mark unfinished work as a draft PR rather than in the title.
      """,
    defaultSeverity: .error,
    options: [
      OptionSpec("max-length", .int, default: .int(72), "most characters in the title"),
      OptionSpec("conventional", .bool, default: .bool(false), "require `type(scope)!: subject`"),
      OptionSpec(
        "types", .strings,
        default: .strings([
          "feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert",
        ]),
        "the Conventional Commits types accepted when `conventional` is on"),
      OptionSpec(
        "scopes", .strings, default: .strings([]),
        "the scopes accepted when `conventional` is on (empty: any); `fix(api,ui): …` names two"),
      OptionSpec("scope-required", .bool, default: .bool(false), "a Conventional Commits title must name a scope"),
      OptionSpec(
        "pattern", .pattern, default: .string(""),
        "a regular expression (ICU) the title must match, e.g. a tracker key"),
      OptionSpec("pattern-message", .string, default: .string(""), "what to say when the title does not match"),
    ],
    passing: [
      Example("Body.", title: "Add INT8 quantization to the exporter"),
      Example("Body.", title: "feat(export): add INT8 quantization", options: ["conventional": .bool(true)]),
      // Types and scopes may hold digits and underscores, and compare without case (the spec's rule 15).
      Example(
        "Body.", title: "i18n(ui_kit): translate the export dialog",
        options: ["conventional": .bool(true), "types": .strings(["i18n", "feat"])]),
      Example(
        "Body.", title: "FEAT: add INT8 quantization",
        options: ["conventional": .bool(true), "types": .strings(["Feat", "Fix"])]),
      Example(
        "Body.", title: "fix(API): retry the upload",
        options: ["conventional": .bool(true), "scopes": .strings(["api", "ui"]), "scope-required": .bool(true)]),
      Example("Body.", title: "PLAT-12 Add retries", options: ["pattern": .string("^[A-Z]+-[0-9]+ ")]),
      Example("Body without a title: the rule has nothing to check."),
    ],
    failing: [
      Example("Body.", title: "WIP: add INT8 quantization"),
      Example("Body.", title: "[WIP] Add INT8 quantization"),
      Example("Body.", title: "Add INT8 quantization."),
      Example("Body.", title: String(repeating: "Add INT8 quantization ", count: 4)),
      Example("Body.", title: "Add INT8 quantization", options: ["conventional": .bool(true)]),
      Example("Body.", title: "feature: add INT8 quantization", options: ["conventional": .bool(true)]),
      Example(
        "Body.", title: "fix(db): retry the upload",
        options: ["conventional": .bool(true), "scopes": .strings(["api", "ui"])]),
      Example(
        "Body.", title: "fix: retry the upload", options: ["conventional": .bool(true), "scope-required": .bool(true)]),
      Example(
        "Body.", title: "Add retries",
        options: [
          "pattern": .string("^[A-Z]+-[0-9]+ "),
          "pattern-message": .string("start the title with the Jira key, e.g. \"PLAT-12 Add retries\""),
        ]),
    ])

  private static let draftMarkers = ["wip", "draft", "do not merge", "dnm"]

  private let maxLength: Int
  private let conventional: Bool
  private let types: [String]
  /// Conventional Commits are not case-sensitive (the spec's rule 15), on either side.
  private let acceptedTypes: Set<String>

  private let scopes: [String]
  private let acceptedScopes: Set<String>
  private let scopeRequired: Bool
  private let pattern: UserPattern?
  private let patternMessage: String

  public init(options: RuleOptions, environment: RuleEnvironment) {
    maxLength = options.int("max-length")
    conventional = options.bool("conventional")
    types = options.strings("types")
    acceptedTypes = Set(types.map { $0.lowercased() })
    scopes = options.strings("scopes")
    acceptedScopes = Set(scopes.map { $0.lowercased() })
    scopeRequired = options.bool("scope-required")
    let source = options.string("pattern")
    pattern = source.isEmpty ? nil : try? UserPattern(source)  // the loader has checked it compiles
    patternMessage = options.string("pattern-message")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    guard let title = context.input.title?.trimmingWhitespace() else { return [] }
    guard !title.isEmpty else { return [Finding("title is empty: say what the PR changes")] }
    var findings: [Finding] = []
    if title.count > maxLength {
      findings.append(Finding("title is \(title.count) characters: keep it within \(maxLength)"))
    }
    if let marker = draftMarker(title) {
      findings.append(
        Finding("title starts with \"\(marker)\": finish the work, or open the PR as a draft and drop the marker"))
    }
    if title.hasSuffix("."), !title.hasSuffix("...") {
      findings.append(Finding("title ends with a period: remove it"))
    }
    if conventional {
      if let parsed = ConventionalTitle(title) {
        if !acceptedTypes.contains(parsed.type.lowercased()) {
          findings.append(
            Finding(
              "title type \"\(parsed.type)\" is not one of \(types.joined(separator: ", ")): use one of them"))
        }
        findings += scopeFindings(parsed.scope)
      } else {
        findings.append(
          Finding("title is not a Conventional Commit: write \"type(scope): subject\", e.g. \"fix(parser): …\""))
      }
    }
    if let pattern {
      do {
        if try pattern.firstMatch(in: title, within: MatchBudget(forTextOf: title.utf8.count)) == nil {
          findings.append(
            Finding(patternMessage.isEmpty ? "title does not match the pattern \"\(pattern.source)\"" : patternMessage))
        }
      } catch {
        findings.append(Finding(error.message(for: "rule \"\(Self.description.id)\"")))
      }
    }
    return findings
  }

  /// A scope named when one is required, and each of a list (`api,ui`) among those accepted.
  private func scopeFindings(_ scope: String?) -> [Finding] {
    guard let scope else {
      return scopeRequired ? [Finding("title names no scope: write \"type(scope): subject\"")] : []
    }
    guard !acceptedScopes.isEmpty else { return [] }
    let named = scope.split(separator: ",").map { $0.trimmingWhitespace() }
    return named.filter { !acceptedScopes.contains($0.lowercased()) }.map { unknown in
      Finding("title scope \"\(unknown)\" is not one of \(scopes.joined(separator: ", ")): use one of them")
    }
  }

  /// `WIP`, `[WIP]`, `Draft:`, `(DNM)` … at the start, as a word of its own.
  private func draftMarker(_ title: String) -> String? {
    let lowered = title.lowercased()
    let stripped = lowered.drop(while: { $0 == "[" || $0 == "(" || $0 == " " })
    for marker in Self.draftMarkers where stripped.hasPrefix(marker) {
      let next = stripped.dropFirst(marker.count).first
      if next == nil || !(next!.isLetter || next!.isNumber) {
        return String(title.prefix(lowered.count - stripped.count + marker.count))
          .trimmingWhitespace()
      }
    }
    return nil
  }
}
