/// How much a finding matters. `off` exists only in configuration: it turns a rule off.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case off, warning, error

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .off: 0
    case .warning: 1
    case .error: 2
    }
  }
}
