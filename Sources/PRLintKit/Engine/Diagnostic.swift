import PRLintMarkdown

/// One finding of one rule on one PR, as reported.
public struct Diagnostic: Sendable, Hashable {
  public var ruleID: String
  public var severity: Severity
  public var message: String
  /// nil for an absence (a missing section has no line).
  public var position: SourcePosition?
  /// The canonical section the finding is about, when there is one.
  public var section: String?
  /// True when an inline directive (`prlint-disable` and its kin, see `Suppressions`) silenced it.
  public var suppressed = false
  public var suppressionReason: String?

  public init(
    ruleID: String, severity: Severity, message: String, position: SourcePosition? = nil, section: String? = nil
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.position = position
    self.section = section
  }
}

/// What a rule reports; the engine adds the rule id and the configured severity.
public struct Finding: Sendable, Hashable {
  public var message: String
  public var position: SourcePosition?
  public var section: String?
  /// At most this severity: near misses are hints even in an error-level rule.
  public var severityCap: Severity?

  public init(
    _ message: String, at position: SourcePosition? = nil, section: String? = nil, severityCap: Severity? = nil
  ) {
    self.message = message
    self.position = position
    self.section = section
    self.severityCap = severityCap
  }
}
