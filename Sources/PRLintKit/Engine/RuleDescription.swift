/// A rule's whole public face: the docs (`prlint explain`, `Rules/README.md`) and the tests
/// are generated from it, so they cannot drift from what the rule does.
public struct RuleDescription: Sendable {
  public var id: String
  public var summary: String
  public var rationale: String
  public var defaultSeverity: Severity
  public var options: [OptionSpec]
  /// Bodies the rule accepts.
  public var passing: [Example]
  /// Bodies the rule reports; `↓` marks the start of each line it must report.
  public var failing: [Example]
  /// What `prlint template` writes so that a filled-in copy satisfies the rule, when sections alone do not.
  public var templatePrompt: TemplatePrompt?
  /// Whether the rule checks every configured section, so that `prlint explain` lists them and where each
  /// came from.
  public var readsSections: Bool

  public init(
    id: String, summary: String, rationale: String, defaultSeverity: Severity, options: [OptionSpec] = [],
    passing: [Example], failing: [Example], templatePrompt: TemplatePrompt? = nil, readsSections: Bool = false
  ) {
    self.id = id
    self.summary = summary
    self.rationale = rationale
    self.defaultSeverity = defaultSeverity
    self.options = options
    self.passing = passing
    self.failing = failing
    self.templatePrompt = templatePrompt
    self.readsSections = readsSections
  }
}

/// Markdown a rule adds to the PR template `prlint template` writes, and where.
public struct TemplatePrompt: Sendable, Hashable {
  public enum Placement: Sendable, Hashable {
    /// Before the first section, so it belongs to none.
    case beforeSections
    case afterSections
  }

  public var placement: Placement
  /// Whole lines, each ending in a newline.
  public var markdown: String

  public init(_ placement: Placement, _ markdown: String) {
    self.placement = placement
    self.markdown = markdown
  }
}

/// A PR body (and optionally a title, diff size, changed paths, the repository's PR template and
/// options) that shows a rule at work.
/// It remembers where it was written, so a failing example points at itself.
public struct Example: Sendable, CustomStringConvertible {
  /// The marker for "the rule reports this line"; removed before linting.
  public static let marker: Character = "↓"

  public var markedBody: String
  public var title: String?
  public var changedLines: Int?
  public var changedFiles: Int?
  /// The diff's files, for rules that look at which files changed.
  public var files: [ChangedFile]?
  /// What else is known of the PR (labels, branches, draft), and the platform, when the example needs it.
  public var pullRequest: PullRequestInfo?
  public var platform: Platform?
  /// The repository's pull request template, for rules that compare the body with it.
  public var template: String?
  public var options: [String: OptionValue]
  public var file: String
  public var line: Int

  public init(
    _ markedBody: String, title: String? = nil, changedLines: Int? = nil, changedFiles: Int? = nil,
    files: [ChangedFile]? = nil, pullRequest: PullRequestInfo? = nil, platform: Platform? = nil,
    template: String? = nil, options: [String: OptionValue] = [:],
    file: StaticString = #filePath, line: UInt = #line
  ) {
    self.markedBody = markedBody
    self.title = title
    self.changedLines = changedLines
    self.changedFiles = changedFiles
    self.files = files
    self.pullRequest = pullRequest
    self.platform = platform
    self.template = template
    self.options = options
    self.file = "\(file)"
    self.line = Int(line)
  }

  /// The body as linted: markers removed.
  public var body: String { String(markedBody.filter { $0 != Self.marker }) }

  /// 1-based lines carrying a marker: where diagnostics are expected.
  public var markedLines: [Int] {
    markedBody.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { $0.element.contains(Self.marker) }.map { $0.offset + 1 }
  }

  public var input: LintInput {
    LintInput(
      source: "example", body: body, title: title, changedLines: changedLines, changedFiles: changedFiles,
      files: files, pullRequest: pullRequest ?? PullRequestInfo())
  }

  public var description: String {
    "\(file.split(separator: "/").last.map(String.init) ?? file):\(line)"
  }
}
