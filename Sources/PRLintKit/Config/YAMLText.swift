import Yams

/// Scalars and flow lists for the YAML prlint writes (`prlint init`, `prlint config`), emitted by Yams so
/// the quoting is YAML's own, never hand-rolled. The text can come from a PR (a section name, a template
/// heading, a pattern), so what is written is also inert on a terminal: text that `TerminalSafe` would
/// change (control characters, bidirectional overrides, `##[`) is written double-quoted, every character
/// outside ASCII escaped YAML's way (`\u202E`), and the `[` after a `#` as `\x5B`; the YAML still reads
/// back as the same text.
enum YAMLText {
  /// `text` as one YAML scalar, single-quoted where it is printable (`'What''s new'`), on one line.
  static func scalar(_ text: String) -> String {
    emit(.scalar(quoted(text, inert: isInert(text))), inert: isInert(text))
  }

  /// `text` as a mapping key or a name (a rule id, a preset): plain where YAML allows it (`no-lorem`).
  static func plain(_ text: String) -> String {
    guard !text.isEmpty else { return scalar(text) }
    let inert = isInert(text)
    return emit(.scalar(Node.Scalar(text, .implicit, inert ? .plain : .doubleQuoted)), inert: inert)
  }

  /// `texts` as a YAML flow list, `['a', 'b']`, on one line.
  static func list(_ texts: [String]) -> String {
    let inert = texts.allSatisfy(isInert)
    return emit(
      .sequence(Node.Sequence(texts.map { .scalar(quoted($0, inert: inert)) }, .implicit, .flow)), inert: inert)
  }

  private static func isInert(_ text: String) -> Bool {
    TerminalSafe.escape(text) == text
  }

  private static func quoted(_ text: String, inert: Bool) -> Node.Scalar {
    Node.Scalar(text, .implicit, inert ? .singleQuoted : .doubleQuoted)
  }

  private static func emit(_ node: Node, inert: Bool) -> String {
    // Width -1: never folded onto a second line, where a comment after it would no longer be.
    guard var text = try? Yams.serialize(node: node, width: -1, allowUnicode: inert) else { return "''" }
    for suffix in ["\n...\n", "\n"] where text.hasSuffix(suffix) {
      text.removeLast(suffix.count)
    }
    // Only a double-quoted scalar can hold `#[` here (a single-quoted one is inert): `\x5B` is its `[`.
    return inert ? text : text.replacingOccurrences(of: "#[", with: "#\\x5B")
  }
}
