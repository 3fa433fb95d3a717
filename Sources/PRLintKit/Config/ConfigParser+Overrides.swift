import PRLintMarkdown
import Yams

/// `overrides:`, a list of changes to sections and rules, each for the PRs its `if:` holds for:
///
///     overrides:
///       - if: {labels: [bug]}
///         sections:
///           - name: Root cause
///             required: true
///         rules:
///           tests-included: off
extension ConfigParser {
  static let overrideKeys = ["if", "sections", "rules", "name"]

  func overrides(_ node: Node) throws(ConfigurationError) -> [ConfigLayer.Override] {
    guard case .sequence(let sequence) = node else {
      throw fail(node, "expected a list of overrides, each with if: and the sections or rules it changes")
    }
    var overrides: [ConfigLayer.Override] = []
    for item in sequence {
      overrides.append(try override(item))
    }
    return overrides
  }

  private func override(_ node: Node) throws(ConfigurationError) -> ConfigLayer.Override {
    guard case .mapping(let mapping) = node else {
      throw fail(node, "expected an override: a mapping with if, and sections or rules")
    }
    var name: ConfigLayer.Located<String>? = nil
    var conditions: OverrideConditions? = nil
    var sections: [ConfigLayer.Section] = []
    var rules: [(id: String, entry: ConfigLayer.RuleEntry)] = []
    for (keyNode, value) in mapping {
      switch try string(keyNode, "an override setting") {
      case "if": conditions = try self.conditions(value)
      case "sections": sections = try self.sections(value)
      case "rules": rules = try self.rules(value)
      case "name":
        let written = try string(value, "the override's name, as reports show it")
        guard !written.trimmingWhitespace().isEmpty else {
          throw fail(value, "expected the override's name, as reports show it")
        }
        name = ConfigLayer.Located(value: written, line: value.mark?.line, column: value.mark?.column)
      case let key:
        throw fail(
          keyNode, "unknown override setting \"\(key)\": expected one of \(Self.overrideKeys.joined(separator: ", "))")
      }
    }
    guard let conditions else {
      throw fail(
        node,
        "an override needs if: with the conditions it applies under (\(Self.conditionKeys)); "
          + "settings for every PR belong outside overrides")
    }
    guard !sections.isEmpty || !rules.isEmpty else {
      throw fail(node, "an override needs sections or rules: what it changes when its conditions hold")
    }
    return ConfigLayer.Override(
      name: name, conditions: conditions, sections: sections, rules: rules, line: node.mark?.line)
  }

  private static var conditionKeys: String {
    OverrideConditions.Kind.allCases.map(\.rawValue).joined(separator: ", ")
  }

  /// `{labels: [bug], title-types: fix}`: each condition a value or a list of values (any of them).
  private func conditions(_ node: Node) throws(ConfigurationError) -> OverrideConditions {
    guard case .mapping(let mapping) = node, !mapping.isEmpty else {
      throw fail(node, "expected a mapping of conditions, all of which must hold: \(Self.conditionKeys)")
    }
    var written: [(kind: OverrideConditions.Kind, values: [String])] = []
    for (keyNode, value) in mapping {
      let key = try string(keyNode, "a condition")
      guard let kind = OverrideConditions.Kind(rawValue: key) else {
        throw fail(keyNode, "unknown condition \"\(key)\": expected one of \(Self.conditionKeys)")
      }
      written.append((kind, try conditionValues(kind, value)))
    }
    return OverrideConditions(written)
  }

  private func conditionValues(_ kind: OverrideConditions.Kind, _ node: Node) throws(ConfigurationError)
    -> [String]
  {
    let what =
      switch kind {
      case .labels: "a label"
      case .titleTypes: "a Conventional Commit type (feat, fix, docs)"
      case .changedPaths: "a path glob"
      case .baseBranches: "a branch name or glob"
      case .authors: "a login"
      }
    let items: [Node]
    switch node {
    case .scalar: items = [node]
    case .sequence(let sequence) where !sequence.isEmpty: items = Array(sequence)
    default: throw fail(node, "expected \(what), or a list of them (any of which holds) for \(kind.rawValue)")
    }
    var values: [String] = []
    for item in items {
      let value = try string(item, "\(what) for \(kind.rawValue)")
      guard !value.isEmpty else { throw fail(item, "expected \(what) for \(kind.rawValue), not an empty string") }
      if kind == .titleTypes, !value.allSatisfy(ConventionalTitle.isTypeCharacter) {
        throw fail(
          item,
          "title type \"\(Self.visible(value))\" is not a Conventional Commit type: expected the word before the "
            + "colon of a title, such as feat, fix or docs")
      }
      values.append(value)
    }
    return values
  }
}
