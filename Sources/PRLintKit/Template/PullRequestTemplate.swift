import PRLintMarkdown

/// A repository's pull request template, parsed once per run: the normalised text of each of its
/// leaf blocks, which a body still holding them has not replaced.
public struct PullRequestTemplate: Sendable, Hashable {
  /// Where it was read from, for messages and `prlint rules`; "example" for a rule example.
  public var path: String
  public var texts: Set<String>

  public init(text: String, path: String, pseudoHeadings: Bool = true) {
    self.path = path
    let document = MarkdownParser.parse(text, options: MarkdownParser.Options(pseudoHeadings: pseudoHeadings))
    texts = Set(document.leaves.filter { !$0.isTask }.map { Self.normalize($0.text) })
  }

  /// Whitespace runs become one space, and ends are trimmed: re-wrapping a line is not an edit. Format
  /// characters (a zero-width space, a soft hyphen) go, as they do from headings: an invisible one per
  /// paragraph does not make the template's text the author's. (Line endings were unified by the
  /// parser; HTML comments are not part of a leaf's text.)
  public static func normalize(_ text: String) -> String {
    HeadingNormalizer.dropFormatCharacters(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  public func contains(_ leaf: LeafBlock) -> Bool {
    texts.contains(Self.normalize(leaf.text))
  }
}
