import PRLintMarkdown

/// Inline `<!-- prlint-disable diff-size, title -- generated migration -->` comments.
/// Silenced diagnostics are kept, marked suppressed with the reason, so reports can count them.
struct Suppressions {
  private static let directive = "prlint-disable"

  /// Rule ids to silence; an empty set silences every rule.
  private var rules: [(ids: Set<String>, reason: String?)] = []

  init(comments: [HTMLComment]) {
    for comment in comments {
      let text = comment.text.trimmingWhitespace()
      guard text.hasPrefix(Self.directive) else { continue }
      var rest = Substring(text.dropFirst(Self.directive.count))
      guard rest.isEmpty || rest.first?.isWhitespace == true else { continue }
      var reason: String? = nil
      if let separator = rest.firstRange(of: "--") {
        reason = rest[separator.upperBound...].trimmingWhitespace()
        rest = rest[..<separator.lowerBound]
      }
      let ids = rest.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
      rules.append((Set(ids), reason?.isEmpty == true ? nil : reason))
    }
  }

  func apply(to diagnostics: inout [Diagnostic]) {
    guard !rules.isEmpty else { return }
    for index in diagnostics.indices {
      guard let match = rules.first(where: { $0.ids.isEmpty || $0.ids.contains(diagnostics[index].ruleID) }) else {
        continue
      }
      diagnostics[index].suppressed = true
      diagnostics[index].suppressionReason = match.reason
    }
  }
}
