/// A block of text at any depth that holds no other block: a paragraph (in the body, a list item or a
/// quote) or the visible text of an HTML block. Rules compare these with a template's.
public struct LeafBlock: Sendable, Hashable {
  /// The text and code, markup and HTML comments dropped, line breaks as spaces.
  public var text: String
  public var position: SourcePosition?
  /// Index into `MarkdownDocument.blocks` of the top-level block holding it.
  public var blockIndex: Int
  /// The paragraph of a task-list item (`- [ ] …`, `- [x] …`).
  public var isTask: Bool
  /// A task item the author ticked.
  public var isCheckedTask = false
}
