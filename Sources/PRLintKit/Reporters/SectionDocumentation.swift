/// The sections in force and where each came from, for `prlint rules` and `prlint explain`: the preset
/// or file that lists them, or the PR template heading each was made from.
public enum SectionDocumentation {
  public static func text(_ plan: SectionPlan) -> String {
    var text = plan.summary + ":\n"
    if plan.templates.isEmpty { return text + "\n" + table(plan.configured) }
    for template in plan.templates {
      if plan.templates.count > 1 { text += "\n\(template.path):\n" }
      text += "\n" + table(template.sections)
    }
    return text
  }

  /// One line per section: name, required or optional, then where it came from.
  static func table(_ sections: [SectionDefinition]) -> String {
    let width = sections.map(\.name.count).max() ?? 0
    return sections.map { section in
      let name = section.name + String(repeating: " ", count: max(0, width - section.name.count))
      return "  \(name)  \(section.required ? "required" : "optional")  \(origin(of: section))"
    }.joined(separator: "\n") + "\n"
  }

  /// How the section came to be: a template's heading (its line, the preset section whose aliases it took,
  /// why it is optional), or the headings that open a listed section.
  static func origin(of section: SectionDefinition) -> String {
    guard let template = section.template else {
      return "opened by: " + section.aliases.joined(separator: ", ")
    }
    var parts = ["\(template.line.map { "line \($0): " } ?? "")\(template.heading)"]
    if let canonical = template.canonical { parts.append("also opened by \(canonical)'s aliases") }
    if let reason = template.optionalBecause { parts.append("optional: \(reason)") }
    return parts.joined(separator: "; ")
  }
}
