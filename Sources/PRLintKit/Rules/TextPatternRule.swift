import PRLintMarkdown

/// A custom rule written in YAML, no Swift needed: text the body (or one section) must or must not contain.
///
///     rules:
///       no-lorem-ipsum:
///         kind: forbid-text
///         pattern: '(?i)lorem ipsum'
///         message: replace the placeholder text
///         severity: warning
///
/// To the engine it is a rule like any other: its definition's `severity` is its default, and a
/// configuration that extends the file can turn it off or change it (`no-lorem-ipsum: off`).
public struct TextPatternRule: Rule {
  public enum Kind: String, Sendable, CaseIterable {
    case requireText = "require-text"
    case forbidText = "forbid-text"
  }

  public let id: String
  public let kind: Kind
  public let pattern: UserPattern
  /// A canonical section name; nil means the whole body.
  public let section: String?
  public let message: String
  public let description: RuleDescription

  public init(id: String, kind: Kind, pattern: UserPattern, section: String?, message: String, severity: Severity) {
    self.id = id
    self.kind = kind
    self.pattern = pattern
    self.section = section
    self.message = message
    let scope = section.map { "section \"\($0)\"" } ?? "the body"
    let verb = kind == .requireText ? "must match" : "must not match"
    description = RuleDescription(
      id: id, summary: "\(scope) \(verb) `\(pattern.source)`", rationale: message, defaultSeverity: severity,
      passing: [], failing: [])
  }

  public func check(_ context: RuleContext) -> [Finding] {
    guard let lines = scopedLines(context) else {
      // The section is absent: nothing in it can match, and nothing can be forbidden.
      return kind == .requireText ? [Finding(message, section: section)] : []
    }
    let budget = MatchBudget(forTextOf: context.input.body.utf8.count)
    var findings: [Finding] = []
    for line in lines {
      do {
        switch kind {
        case .requireText:
          if try pattern.firstMatch(in: line.text, within: budget) != nil { return [] }
        case .forbidText:
          findings += try pattern.matches(in: line.text, within: budget).map { match in
            Finding(message, at: line.position(ofByte: match.offset), section: section)
          }
        }
      } catch {
        // Neither passed nor failed on a guess: said at the rule's severity, where matching stopped.
        return findings + [Finding(error.message(for: "custom rule \"\(id)\""), at: line.position, section: section)]
      }
    }
    return kind == .requireText ? [Finding(message, section: section)] : findings
  }

  private func scopedLines(_ context: RuleContext) -> [ProseLine]? {
    guard let section else { return context.document.proseLines }
    guard let blocks = context.section(named: section)?.blocks else { return nil }
    return context.document.proseLines.filter { blocks.contains($0.blockIndex) }
  }
}
