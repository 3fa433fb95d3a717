/// A typed option value, as written in YAML. No `Any`: every option declares its kind.
public enum OptionValue: Sendable, Hashable, CustomStringConvertible {
  case bool(Bool)
  case int(Int)
  case string(String)
  case strings([String])

  public var description: String {
    switch self {
    case .bool(let value): String(value)
    case .int(let value): String(value)
    case .string(let value): "\"\(value)\""
    case .strings(let values): "[" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
  }
}

/// The declaration of one option: its key, kind, default and what it does.
public struct OptionSpec: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case bool = "boolean"
    case int = "integer"
    case string = "string"
    case strings = "list of strings"
    /// A list of regular expressions, checked when the configuration loads.
    case patterns = "list of regular expressions"
    /// One regular expression, checked when the configuration loads.
    case pattern = "regular expression"
    /// A file path relative to the configuration file; the loader checks it exists and makes it absolute.
    case path = "file path"
    /// Names of configured sections, checked once the configuration's sections are final.
    case sectionNames = "list of section names"
  }

  public var key: String
  public var kind: Kind
  public var defaultValue: OptionValue
  public var summary: String

  public init(_ key: String, _ kind: Kind, default defaultValue: OptionValue, _ summary: String) {
    self.key = key
    self.kind = kind
    self.defaultValue = defaultValue
    self.summary = summary
  }
}

/// A rule's options after configuration: declared defaults overlaid with configured values.
public struct RuleOptions: Sendable, Hashable {
  public private(set) var values: [String: OptionValue]

  public init(specs: [OptionSpec], overrides: [String: OptionValue] = [:]) {
    var values: [String: OptionValue] = [:]
    for spec in specs { values[spec.key] = spec.defaultValue }
    values.merge(overrides) { _, new in new }
    self.values = values
  }

  public func bool(_ key: String) -> Bool {
    if case .bool(let value) = values[key] { return value }
    return false
  }

  public func int(_ key: String) -> Int {
    if case .int(let value) = values[key] { return value }
    return 0
  }

  public func string(_ key: String) -> String {
    if case .string(let value) = values[key] { return value }
    return ""
  }

  public func strings(_ key: String) -> [String] {
    if case .strings(let value) = values[key] { return value }
    return []
  }
}
