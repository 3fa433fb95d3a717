import PRLintMarkdown

/// What a body's inline directives silence, markdownlint's way:
///
/// - `prlint-disable [ids]` silences the rules it names (every rule when it names none) from its line on,
///   until a `prlint-enable` of those rules or of all; a finding above it still counts. A finding with no
///   line (a missing section, the title, the diff) is silenced by a `prlint-disable` naming its rule, or
///   naming none, wherever it stands.
/// - `prlint-disable-line [ids]`: findings on the directive's line; `prlint-disable-next-line [ids]`: on
///   the line after it; `prlint-disable-file [ids]`: everywhere.
///
/// A directive's line is the line its comment starts on. Silenced diagnostics are kept, marked suppressed
/// with the reason of the directive that silenced them: the line's, else the `prlint-disable` in force,
/// else the first `prlint-disable-file` (or, for a finding with no line, the first `prlint-disable`) that
/// names the rule or names none. Building and applying are linear in the directives' rule ids, plus a sort
/// of the diagnostics and of the directives by line: a body of 1 MiB of directives costs no more than its
/// size, whatever it is linted for.
struct Suppressions {
  /// The reason a finding is silenced, and the directive (its index in body order) that gives it.
  private struct Silence {
    var order: Int
    var reason: String?
  }

  /// The rules some directives silence together (each rule, or every rule), each with the first
  /// directive that does.
  private struct Scope {
    private var all: Silence?
    private var rules: [String: Silence] = [:]

    mutating func add(_ directive: InlineDirective, order: Int) {
      let silence = Silence(order: order, reason: directive.reason)
      guard !directive.ruleIDs.isEmpty else {
        if all == nil { all = silence }
        return
      }
      for id in directive.ruleIDs where rules[id] == nil { rules[id] = silence }
    }

    func silence(of ruleID: String) -> Silence? {
      switch (rules[ruleID], all) {
      case (let named?, let all?): named.order < all.order ? named : all
      case (let named, let all): named ?? all
      }
    }
  }

  /// The `prlint-disable`s in force at some line, as the sweep down the body leaves them.
  private struct Ranges {
    /// A `prlint-disable` of every rule, when one is in force.
    private var all: Silence?
    /// Rules a `prlint-enable` named since that `prlint-disable` of every rule.
    private var enabled: Set<String> = []
    /// Rules a `prlint-disable` named, each with the latest that did, since the last change to every rule.
    private var rules: [String: Silence] = [:]

    /// Each rule id is inserted once per time a directive names it, and each collection emptied only by
    /// a directive naming no rule: the work is linear in the ids the directives name.
    mutating func apply(_ directive: InlineDirective, order: Int) {
      let silence = Silence(order: order, reason: directive.reason)
      switch (directive.kind, directive.ruleIDs.isEmpty) {
      case (.disable, true):
        all = silence
        enabled = []
        rules = [:]
      case (.disable, false):
        for id in directive.ruleIDs {
          rules[id] = silence
          enabled.remove(id)
        }
      case (.enable, true):
        all = nil
        enabled = []
        rules = [:]
      case (.enable, false):
        for id in directive.ruleIDs {
          rules[id] = nil
          if all != nil { enabled.insert(id) }
        }
      default:
        break
      }
    }

    func silence(of ruleID: String) -> Silence? {
      if let named = rules[ruleID] { return named }
      guard let all, !enabled.contains(ruleID) else { return nil }
      return all
    }
  }

  /// `prlint-disable` and `prlint-enable` with their line (0 for a comment with none: from the start),
  /// in line order, body order within a line.
  private var ranges: [(line: Int, order: Int, directive: InlineDirective)] = []
  /// `prlint-disable-line` at its line and `prlint-disable-next-line` at the one after.
  private var lines: [Int: Scope] = [:]
  /// `prlint-disable-file`.
  private var file = Scope()
  /// `prlint-disable-file` and `prlint-disable`, for findings with no line.
  private var body = Scope()

  /// - Parameter directives: in body order.
  init(_ directives: [InlineDirective]) {
    for (order, directive) in directives.enumerated() {
      guard directive.isComment, let kind = directive.kind else { continue }
      let line = directive.position?.line
      switch kind {
      case .disable:
        ranges.append((line ?? 0, order, directive))
        body.add(directive, order: order)
      case .enable:
        ranges.append((line ?? 0, order, directive))
      case .disableLine:
        if let line { lines[line, default: Scope()].add(directive, order: order) }
      case .disableNextLine:
        if let line { lines[line + 1, default: Scope()].add(directive, order: order) }
      case .disableFile:
        file.add(directive, order: order)
        body.add(directive, order: order)
      }
    }
    ranges.sort { ($0.line, $0.order) < ($1.line, $1.order) }
  }

  func apply(to diagnostics: inout [Diagnostic]) {
    // Down the body: each diagnostic sees the directives on its line and above, applied in order.
    let positioned = diagnostics.indices.compactMap { index in
      diagnostics[index].position.map { (line: $0.line, index: index) }
    }.sorted { ($0.line, $0.index) < ($1.line, $1.index) }
    var inForce = Ranges()
    var next = 0
    for (line, index) in positioned {
      while next < ranges.count, ranges[next].line <= line {
        inForce.apply(ranges[next].directive, order: ranges[next].order)
        next += 1
      }
      let ruleID = diagnostics[index].ruleID
      silence(
        &diagnostics[index], lines[line]?.silence(of: ruleID) ?? inForce.silence(of: ruleID) ?? file.silence(of: ruleID)
      )
    }
    for index in diagnostics.indices where diagnostics[index].position == nil {
      silence(&diagnostics[index], body.silence(of: diagnostics[index].ruleID))
    }
  }

  private func silence(_ diagnostic: inout Diagnostic, _ silence: Silence?) {
    guard let silence else { return }
    diagnostic.suppressed = true
    diagnostic.suppressionReason = silence.reason
  }
}
