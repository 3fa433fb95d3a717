/// Rule reference rendered from the rules' own descriptions: `prlint rules`, `prlint explain RULE`
/// and `Rules/README.md` all come from here, so the docs cannot drift from what the rules do.
public enum RuleDocumentation {
  /// `prlint rules`: one aligned line per rule with the severity it runs at.
  public static func table(_ rules: [(description: RuleDescription, severity: Severity)]) -> String {
    let idWidth = rules.map(\.description.id.count).max() ?? 0
    return rules.map { rule in
      let id = rule.description.id.padding(to: idWidth)
      let severity = rule.severity.rawValue.padding(to: 7)
      return "\(id)  \(severity)  \(rule.description.summary)"
    }.joined(separator: "\n") + "\n"
  }

  /// `prlint rules`, last: each override, its conditions and what it changes; empty without any.
  public static func overrides(_ overrides: [Configuration.Override]) -> String {
    guard !overrides.isEmpty else { return "" }
    var text = "\nOverrides, applied in this order to each PR all of whose conditions hold:\n"
    for override in overrides {
      text += "\n\(override.name)  if \(override.conditions)\n"
      text += override.changes.map { "  \($0)\n" }.joined()
    }
    return text
  }

  /// `prlint rules`: each setting the configuration makes (a rule's severity, an option's value), with the
  /// preset or file it came from, in rule order.
  public static func settings(_ configuration: Configuration) -> String {
    var lines: [String] = []
    let descriptions = RuleRegistry.descriptions + configuration.customRules.map(\.description)
    for description in descriptions {
      if let origin = configuration.settingOrigins[description.id].map(configuration.label) {
        lines.append("  \(description.id): \(configuration.severity(of: description).rawValue) (\(origin))")
      }
      let options = configuration.options(of: description)
      for option in description.options {
        guard let origin = configuration.settingOrigins["\(description.id).\(option.key)"].map(configuration.label)
        else { continue }
        lines.append(
          "  \(description.id).\(option.key): \(options.values[option.key].map(String.init(describing:)) ?? "") (\(origin))"
        )
      }
    }
    guard !lines.isEmpty else { return "" }
    return "Settings and where each came from (the rest are the rules' defaults):\n\n" + lines.joined(separator: "\n")
      + "\n"
  }

  /// `prlint explain RULE`: everything about one rule, examples included; with `configuration`, the
  /// settings it makes and where each came from.
  public static func explain(
    _ description: RuleDescription, severity: Severity? = nil, configuration: Configuration? = nil
  ) -> String {
    var text = "\(description.id): \(description.summary)\n\n"
    text += "Default severity: \(description.defaultSeverity.rawValue)"
    let severityOrigin = configuration.flatMap { configuration in
      configuration.settingOrigins[description.id].map(configuration.label)
    }
    if let severity, severity != description.defaultSeverity || severityOrigin != nil {
      text += " (configured: \(severity.rawValue)\(severityOrigin.map { ", by \($0)" } ?? ""))"
    }
    text += "\n\n" + description.rationale + "\n"
    if !description.options.isEmpty {
      text += "\nOptions:\n"
      let configured = configuration?.options(of: description)
      for option in description.options {
        text += "  \(option.key) (\(option.kind.rawValue), default \(option.defaultValue)): \(option.summary)\n"
        if let configured, let configuration,
          let origin = configuration.settingOrigins["\(description.id).\(option.key)"].map(configuration.label)
        {
          text += "    configured: \(configured.values[option.key].map(String.init(describing:)) ?? ""), by \(origin)\n"
        }
      }
    }
    text += examples("Passes", description.passing, indent: "    ")
    text += examples("Fails (↓ marks each line reported)", description.failing, indent: "    ")
    return text
  }

  private static func examples(_ heading: String, _ examples: [Example], indent: String) -> String {
    guard !examples.isEmpty else { return "" }
    var text = "\n\(heading):\n"
    for example in examples {
      text += "\n" + settings(of: example).map { "  \($0)\n" }.joined()
      if let template = example.template {
        text += "  the repository's PR template:\n" + indented(template, "    | ")
        text += "  the body:\n"
      }
      text +=
        example.markedBody.split(separator: "\n", omittingEmptySubsequences: false)
        .map { indent + $0 }.joined(separator: "\n") + "\n"
    }
    return text
  }

  /// Title, diff size and options an example runs with, as `key: value` lines.
  private static func settings(of example: Example) -> [String] {
    var lines: [String] = []
    if let title = example.title { lines.append("title: \(title)") }
    if let changed = example.changedLines { lines.append("changed lines: \(changed)") }
    if let files = example.changedFiles { lines.append("changed files: \(files)") }
    for file in example.files ?? [] {
      let size = file.isBinary ? "binary" : "+\(file.additions ?? 0) -\(file.deletions ?? 0)"
      lines.append("changed file: \(file.path) (\(size))")
    }
    if let platform = example.platform { lines.append("platform: \(platform.rawValue)") }
    if let pullRequest = example.pullRequest { lines += settings(of: pullRequest) }
    for key in example.options.keys.sorted() {
      lines.append("\(key): \(example.options[key]!)")
    }
    return lines
  }

  private static func settings(of pullRequest: PullRequestInfo) -> [String] {
    var lines: [String] = []
    if let base = pullRequest.baseBranch { lines.append("base branch: \(base)") }
    if let defaultBranch = pullRequest.defaultBranch { lines.append("default branch: \(defaultBranch)") }
    if pullRequest.isDraft { lines.append("draft: true") }
    if !pullRequest.labels.isEmpty { lines.append("labels: " + pullRequest.labels.joined(separator: ", ")) }
    if let author = pullRequest.author { lines.append("author: \(author.login)\(author.isBot ? " (bot)" : "")") }
    if pullRequest.bodyTruncated { lines.append("body truncated by the host: true") }
    return lines
  }

  /// `prlint rules --format markdown`, committed as `Rules/README.md`.
  public static func markdown(_ descriptions: [RuleDescription]) -> String {
    var text = """
      # prlint rules

      <!-- Generated by `swift run prlint rules --format markdown > Rules/README.md`; do not edit. -->

      | Rule | Default | Summary |
      | --- | --- | --- |

      """
    for description in descriptions { text += tableRow(description, linkingTo: "") }
    for description in descriptions {
      text += "\n## \(description.id)\n\n\(description.summary.capitalizedFirst()).\n\n"
      text += "Default severity: **\(description.defaultSeverity.rawValue)**\n\n\(description.rationale)\n"
      if !description.options.isEmpty {
        text += "\n| Option | Type | Default | Meaning |\n| --- | --- | --- | --- |\n"
        for option in description.options {
          text +=
            "| `\(option.key)` | \(option.kind.rawValue) | `\(option.defaultValue)` | "
            + "\(option.summary.replacingPipes()) |\n"
        }
      }
      text += markdownExamples("Passes", description.passing)
      text += markdownExamples("Fails (`↓` marks each line reported)", description.failing)
    }
    return text
  }

  /// `prlint rules --format readme-table`: README.md's rule table between its markers, markers included.
  /// `scripts/update-readme-rules` puts it in place of the marked block; a test checks the README holds it.
  public static func readmeTable(_ descriptions: [RuleDescription]) -> String {
    var text = """
      \(readmeTableBegin)

      | rule | default | checks |
      | --- | --- | --- |

      """
    for description in descriptions { text += tableRow(description, linkingTo: "Rules/README.md") }
    return text + "\n\(readmeTableEnd)\n"
  }

  /// A rule's row in a rule table: its id, linking to its section of `page` ("" for the page the table
  /// is on), its default severity and its summary.
  private static func tableRow(_ description: RuleDescription, linkingTo page: String) -> String {
    "| [`\(description.id)`](\(page)#\(description.id)) | \(description.defaultSeverity.rawValue) | "
      + "\(description.summary.replacingPipes()) |\n"
  }

  public static let readmeTableBegin = "<!-- rules-table:begin (generated by make docs) -->"
  public static let readmeTableEnd = "<!-- rules-table:end -->"

  private static func markdownExamples(_ heading: String, _ examples: [Example]) -> String {
    guard !examples.isEmpty else { return "" }
    var text = "\n### \(heading)\n"
    for example in examples {
      text += "\n"
      let settings = settings(of: example)
      if !settings.isEmpty { text += settings.map { "- \($0.replacingPipes())" }.joined(separator: "\n") + "\n\n" }
      let fence = String(repeating: "`", count: max(3, longestBacktickRun(example.markedBody) + 1))
      if let template = example.template {
        let templateFence = String(repeating: "`", count: max(3, longestBacktickRun(template) + 1))
        text +=
          "The repository's PR template:\n\n\(templateFence)markdown\n\(template)\n\(templateFence)\n\nThe body:\n\n"
      }
      text += "\(fence)markdown\n\(example.markedBody)\n\(fence)\n"
    }
    return text
  }

  private static func indented(_ text: String, _ prefix: String) -> String {
    // An empty line gets the prefix without its trailing space: no trailing whitespace in the output.
    let bare = String(prefix.reversed().drop(while: { $0 == " " }).reversed())
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? bare : prefix + $0 }
      .joined(separator: "\n") + "\n"
  }

  private static func longestBacktickRun(_ text: String) -> Int {
    var longest = 0
    var current = 0
    for character in text {
      current = character == "`" ? current + 1 : 0
      longest = max(longest, current)
    }
    return longest
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  fileprivate func replacingPipes() -> String {
    String(flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
  }

  fileprivate func capitalizedFirst() -> String {
    prefix(1).uppercased() + dropFirst()
  }
}
