/// What one PR body says, copied out of cmark's tree into plain values: its blocks, headings, text with
/// positions, code, comments, links and tasks. What a forge makes of it (the issues it closes) is
/// computed from this elsewhere; rules never see Markdown syntax.
public struct MarkdownDocument: Sendable {
  /// The body after BOM removal and line-ending normalisation (CRLF and lone CR become LF).
  public var text: String
  /// Headings and pseudo-headings that open sections, in body order.
  public var headings: [Heading] = []
  /// The top-level blocks in body order, each with a summary of the content it holds.
  public var blocks: [Block] = []
  /// The flattened text of each paragraph, heading and HTML block that has some, in body order.
  public var inlineTexts: [InlineText] = []
  public var tasks: [TaskItem] = []
  public var links: [Link] = []
  /// The `href` of each HTML `<a>` tag: a link, but one whose text prlint does not follow, so it is
  /// kept apart from `links` (which other checks read for their text and as references).
  public var htmlLinks: [Link] = []
  public var images: [Image] = []
  public var codeBlocks: [CodeBlock] = []
  public var codeSpans: [CodeSpan] = []
  /// HTML comments (block and inline), each at the line it starts on; inline directives are read from them.
  public var comments: [HTMLComment] = []
  /// Paragraphs at any depth and the visible text of HTML blocks, in body order.
  public var leaves: [LeafBlock] = []
  /// Lines of prose text (no headings, code or comments), for text-matching rules: cut from
  /// `inlineTexts` on each use, since most lints need none (`InlineText.proseLines()` cuts one text's).
  public var proseLines: [ProseLine] { inlineTexts.flatMap { $0.proseLines() } }
  /// Words outside headings, HTML comments and code.
  public var wordCount = 0

  public init(text: String) {
    self.text = text
  }
}

public struct Heading: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case atx, setext, pseudo
  }
  public var kind: Kind
  /// 1–6 for real headings; pseudo-headings sit below every real heading level.
  public var level: Int
  /// The rendered text, as the author wrote it (markup dropped).
  public var text: String
  /// The text normalised for alias matching (see `HeadingNormalizer`).
  public var normalized: String
  public var position: SourcePosition?
  /// Index into `MarkdownDocument.blocks` of the block that carries this heading.
  public var blockIndex: Int
  /// A pseudo-heading's parenthetical, in emphasis after the bold label (`**Which issue** *(optional)*:`):
  /// part of the label, not prose under it, but not part of the name either.
  public var note: String? = nil
}

/// A child of the document root, with what its content amounts to.
public struct Block: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case heading, paragraph, list, blockQuote, codeBlock, htmlBlock, thematicBreak, other
  }
  public var kind: Kind
  public var position: SourcePosition?
  public var content = ContentSummary()
}

/// What a stretch of the body holds once HTML comments and whitespace are gone.
public struct ContentSummary: Sendable, Hashable {
  /// Prose words (no headings, comments or code), in order, as written.
  public var words = WordList()
  /// Non-word content: a non-empty code block or span, an image, a link or a task item.
  public var hasNonTextContent = false

  public init() {}

  public mutating func append(_ other: ContentSummary) {
    words.append(contentsOf: other.words)
    hasNonTextContent = hasNonTextContent || other.hasNonTextContent
  }
}

public struct TaskItem: Sendable, Hashable {
  public var checked: Bool
  public var text: String
  public var position: SourcePosition?
  /// The top-level block (the list) it is in: sections are ranges of blocks.
  public var blockIndex = 0
}

public struct Link: Sendable, Hashable {
  public var destination: String
  public var text: String
  public var position: SourcePosition?
}

public struct Image: Sendable, Hashable {
  public var source: String
  public var position: SourcePosition?
}

public struct CodeBlock: Sendable, Hashable {
  public var info: String
  public var code: String
  public var position: SourcePosition?
}

public struct CodeSpan: Sendable, Hashable {
  public var code: String
  public var position: SourcePosition?
}

public struct HTMLComment: Sendable, Hashable {
  public var text: String
  public var position: SourcePosition?
}

public struct ProseLine: Sendable, Hashable {
  /// The line's text, code spans and comments blanked out.
  public var text: String
  /// Index into `MarkdownDocument.blocks` of the top-level block holding the line.
  public var blockIndex: Int
  var positions: PositionMap

  /// Where the line starts in the body.
  public var position: SourcePosition? { positions.position(ofByte: 0) }

  /// The body position of the byte at `offset` in `text`: exact across markup, links and entities.
  public func position(ofByte offset: Int) -> SourcePosition? {
    positions.position(ofByte: offset)
  }
}
