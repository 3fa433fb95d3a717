/// Identities for findings that stay the same from run to run (CI tools match them across pipelines):
/// an FNV-1a hash of rule, path, line and message, with a counter for exact repeats in one report.
struct FindingFingerprints {
  private var seen: [String: Int] = [:]

  mutating func next(_ diagnostic: Diagnostic, path: String) -> String {
    let key = [diagnostic.ruleID, path, String(diagnostic.position?.line ?? 0), diagnostic.message]
      .joined(separator: "\u{0}")
    let repeats = seen[key, default: 0]
    seen[key] = repeats + 1
    return StableHash.hex(key + "\u{0}" + String(repeats))
  }
}
