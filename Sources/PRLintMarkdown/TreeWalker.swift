internal import CCmark

/// One pass over cmark's tree, ENTER and EXIT events in document order, filling a `MarkdownDocument`.
struct TreeWalker {
  private let root: OpaquePointer
  private let source: SourceText
  let options: MarkdownParser.Options

  private(set) var blockIndex = -1
  /// The paragraph or heading whose inline text is being collected; they never nest.
  private(set) var inline = InlineText()
  private var topHeadingDepth = 0
  /// Open images and links, innermost last, with where their text starts in `inline` and the text so far.
  private var imageStack: [(node: OpaquePointer, start: Int, alt: String)] = []
  private var linkStack: [(node: OpaquePointer, index: Int, text: String, start: Int)] = []
  private var hiddenElement = HiddenInlineElement()
  private var pseudoLabel: (node: OpaquePointer, text: String, position: SourcePosition?)? = nil
  private var textNodeAfterColonLabel: OpaquePointer? = nil
  /// The parenthetical emphasis after a pseudo-heading's label, and its text once entered.
  private var pseudoNote: (node: OpaquePointer, text: String?)? = nil
  private var taskMarkerNode: OpaquePointer? = nil
  private var pendingTask: (index: Int, paragraph: OpaquePointer)? = nil
  /// The open paragraph's or heading's text as `CmarkNode.plainText` gives it (text and code, a space per
  /// line break, nothing of a hidden element), collected on the way rather than by walking it again.
  private var plainText = ""

  init(root: OpaquePointer, source: SourceText, options: MarkdownParser.Options) {
    self.root = root
    self.source = source
    self.options = options
  }

  mutating func walk(into document: inout MarkdownDocument) {
    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator), node != root else { continue }
      if event == CMARK_EVENT_ENTER {
        enter(node, into: &document)
      } else {
        exit(node, into: &document)
      }
    }
  }

  // MARK: - Events

  private mutating func enter(_ node: OpaquePointer, into document: inout MarkdownDocument) {
    let type = cmark_node_get_type(node)
    let isTopLevel = cmark_node_parent(node) == root
    if isTopLevel {
      blockIndex += 1
      document.blocks.append(Block(kind: CmarkNode.blockKind(type), position: CmarkNode.position(node)))
    }
    if hiddenElement.isOpen, CmarkNode.isInline(type) {
      if type == CMARK_NODE_HTML_INLINE { hiddenElement.follow(CmarkNode.literal(node)) }
      return
    }
    switch type {
    case CMARK_NODE_HEADING:
      inline = InlineText()
      plainText = ""
      if isTopLevel { topHeadingDepth += 1 }
    case CMARK_NODE_PARAGRAPH:
      inline = InlineText()
      plainText = ""
      if isTopLevel, options.pseudoHeadings { detectPseudoHeading(node) }
    case CMARK_NODE_TEXT:
      text(node, into: &document)
    case CMARK_NODE_CODE:
      let code = CmarkNode.literal(node)
      plainText += code
      document.codeSpans.append(CodeSpan(code: code, position: CmarkNode.position(node)))
      inline.appendCode(code, at: CmarkNode.position(node))
      if pseudoLabel != nil {
        pseudoLabel?.text += code  // heading text keeps code-span text
      } else if pseudoNote?.text != nil {
        pseudoNote?.text? += code
      } else if !code.isAllWhitespace {
        markNonTextContent(&document)
      }
    case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
      inline.appendLineBreak()
      plainText += " "
      if pseudoLabel != nil { pseudoLabel?.text += " " }
      if pseudoNote?.text != nil { pseudoNote?.text? += " " }
    case CMARK_NODE_HTML_INLINE:
      htmlInline(node, into: &document)
    case CMARK_NODE_HTML_BLOCK:
      htmlBlock(node, into: &document)
    case CMARK_NODE_CODE_BLOCK:
      codeBlock(node, into: &document)
    case CMARK_NODE_LINK:
      document.links.append(
        Link(destination: CmarkNode.string(cmark_node_get_url(node)), text: "", position: CmarkNode.position(node)))
      linkStack.append((node, document.links.count - 1, "", inline.length))
    case CMARK_NODE_IMAGE:
      document.images.append(
        Image(source: CmarkNode.string(cmark_node_get_url(node)), position: CmarkNode.position(node)))
      imageStack.append((node, inline.length, ""))
    case CMARK_NODE_ITEM:
      detectTask(node, into: &document)
    case CMARK_NODE_EMPH:
      if let note = pseudoNote, note.node == node { pseudoNote?.text = "" }
    default:
      break
    }
  }

  private mutating func exit(_ node: OpaquePointer, into document: inout MarkdownDocument) {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_HEADING:
      hiddenElement = HiddenInlineElement()
      if cmark_node_parent(node) == root {
        topHeadingDepth -= 1
        document.headings.append(heading(node))
      }
      keepInlineText(into: &document, isHeading: true)
    case CMARK_NODE_PARAGRAPH:
      hiddenElement = HiddenInlineElement()
      keepInlineText(into: &document)
      let task = pendingTask.flatMap { $0.paragraph == node ? document.tasks[$0.index] : nil }
      document.leaves.append(
        LeafBlock(
          text: plainText, position: CmarkNode.position(node), blockIndex: blockIndex,
          isTask: task != nil, isCheckedTask: task?.checked == true))
      if let task = pendingTask, task.paragraph == node {
        document.tasks[task.index].text = Self.taskText(plainText)
        pendingTask = nil
      }
    case CMARK_NODE_STRONG, CMARK_NODE_EMPH:
      if let label = pseudoLabel, label.node == node {
        document.headings.append(pseudoHeading(label.text, at: label.position))
        pseudoLabel = nil
      } else if let note = pseudoNote, note.node == node, let text = note.text {
        document.headings[document.headings.count - 1].note = text.trimmingWhitespace()
        pseudoNote = nil
      }
    case CMARK_NODE_LINK:
      // A link that began inside a script or style element was never pushed.
      if let link = linkStack.last, link.node == node {
        linkStack.removeLast()
        document.links[link.index].text = link.text
        // A link says something only when it shows some text (`[](http://x)` shows nothing); an image
        // or code inside it counts by itself.
        if !link.text.isAllWhitespace { markNonTextContent(&document) }
        if document.links[link.index].destination != link.text { inline.markLinkOrImageText(from: link.start) }
      }
    case CMARK_NODE_IMAGE:
      if let image = imageStack.last, image.node == node {
        imageStack.removeLast()
        inline.markLinkOrImageText(from: image.start)
        // Like a link, an image says something only with text of its own: `![](x.png)` is the cheapest
        // way to fill a section with nothing said. Media rules read `document.images`, which has it.
        if !image.alt.isAllWhitespace { markNonTextContent(&document) }
      }
    default:
      break
    }
  }

  // MARK: - Inline content

  private mutating func text(_ node: OpaquePointer, into document: inout MarkdownDocument) {
    var placed = PlacedText(literal: CmarkNode.literal(node), position: CmarkNode.position(node))
    plainText += placed.literal
    if let start = placed.position {
      placed.columns = source.columns(
        of: placed.literal, line: start.line, startColumn: start.column, endColumn: Int(cmark_node_get_end_column(node))
      )
    }
    if node == taskMarkerNode {
      let rest = placed.literal.dropFirst(3).drop(while: { $0 == " " || $0 == "\t" })
      placed.dropPrefix(bytes: placed.literal.utf8.count - rest.utf8.count)
      taskMarkerNode = nil
    }
    if node == textNodeAfterColonLabel, placed.literal.hasPrefix(":") {
      placed.dropPrefix(bytes: 1)
      textNodeAfterColonLabel = nil
    }
    let literal = placed.literal
    inline.append(placed)
    for index in linkStack.indices { linkStack[index].text += literal }
    for index in imageStack.indices { imageStack[index].alt += literal }
    if pseudoLabel != nil {
      pseudoLabel?.text += literal
      return
    }
    if pseudoNote?.text != nil {
      pseudoNote?.text? += literal
      return
    }
    guard topHeadingDepth == 0, imageStack.isEmpty else { return }
    addWords(literal[...], into: &document)
  }

  private mutating func htmlInline(_ node: OpaquePointer, into document: inout MarkdownDocument) {
    let html = CmarkNode.literal(node)
    if html.hasPrefix("<!--") {
      let body = HTMLText.commentBody(html)
      document.comments.append(HTMLComment(text: body, position: CmarkNode.position(node)))
      inline.appendSeparator()
    } else if HTMLText.isImageTag(html) {
      document.images.append(Image(source: HTMLText.source(ofTag: html), position: CmarkNode.position(node)))
      markNonTextContent(&document)
    } else if HTMLText.isAnchorTag(html), case let target = HTMLText.target(ofTag: html), !target.isEmpty {
      document.htmlLinks.append(Link(destination: target, text: "", position: CmarkNode.position(node)))
    } else {
      hiddenElement.follow(html)
    }
  }

  private mutating func htmlBlock(_ node: OpaquePointer, into document: inout MarkdownDocument) {
    let html = CmarkNode.literal(node)
    let position = CmarkNode.position(node)
    let parts = HTMLText.split(html)
    for comment in parts.comments {
      let line = position.map { SourcePosition(line: $0.line + comment.lineOffset, column: 1) }
      document.comments.append(HTMLComment(text: comment.body, position: line))
    }
    for source in parts.imageSources {
      document.images.append(Image(source: source, position: position))
    }
    if parts.hasImage { markNonTextContent(&document) }
    for target in parts.anchorTargets {
      document.htmlLinks.append(Link(destination: target, text: "", position: position))
    }
    guard !parts.text.isAllWhitespace else { return }
    addWords(parts.text[...], into: &document)
    document.leaves.append(LeafBlock(text: parts.text, position: position, blockIndex: blockIndex, isTask: false))
    // Tags and comments were blanked byte for byte, so each line of text keeps its columns.
    inline = InlineText()
    for (offset, line) in parts.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if offset > 0 { inline.appendLineBreak() }
      let start = position.map { SourcePosition(line: $0.line + offset, column: offset == 0 ? $0.column : 1) }
      inline.append(String(line), at: start)
    }
    keepInlineText(into: &document)
  }

  private mutating func codeBlock(_ node: OpaquePointer, into document: inout MarkdownDocument) {
    let code = CmarkNode.literal(node)
    document.codeBlocks.append(
      CodeBlock(info: CmarkNode.string(cmark_node_get_fence_info(node)), code: code, position: CmarkNode.position(node))
    )
    if !code.isAllWhitespace { markNonTextContent(&document) }
  }

  private mutating func addWords(_ text: Substring, into document: inout MarkdownDocument) {
    guard blockIndex >= 0 else { return }
    let before = document.blocks[blockIndex].content.words.count
    Words.append(text, to: &document.blocks[blockIndex].content.words)
    document.wordCount += document.blocks[blockIndex].content.words.count - before
  }

  private func markNonTextContent(_ document: inout MarkdownDocument) {
    guard blockIndex >= 0, topHeadingDepth == 0 else { return }
    document.blocks[blockIndex].content.hasNonTextContent = true
  }

  // MARK: - Headings and tasks

  private func heading(_ node: OpaquePointer) -> Heading {
    let position = CmarkNode.position(node)
    // A setext heading ends on its underline; an ATX heading is always one line.
    let isATX = Int(cmark_node_get_end_line(node)) <= (position?.line ?? 0)
    let text = plainText.trimmingWhitespace()
    return Heading(
      kind: isATX ? .atx : .setext, level: Int(cmark_node_get_heading_level(node)), text: text,
      normalized: HeadingNormalizer.normalize(text), position: position, blockIndex: blockIndex)
  }

  private func pseudoHeading(_ label: String, at position: SourcePosition?) -> Heading {
    var text = label.trimmingWhitespace()
    if text.hasSuffix(":") { text.removeLast() }
    text = text.trimmingWhitespace()
    return Heading(
      kind: .pseudo, level: 7, text: text, normalized: HeadingNormalizer.normalize(text), position: position,
      blockIndex: blockIndex)
  }

  /// `**Why:** …`, `**Why**: …`, `***Why:***`, a first line that is only bold text, or bold text and a
  /// parenthetical in emphasis (`**Which issue** *(optional)*:`, as Kubernetes-style templates write them).
  private mutating func detectPseudoHeading(_ paragraph: OpaquePointer) {
    guard let strong = cmark_node_first_child(paragraph), Self.isBold(strong) else { return }
    let label = CmarkNode.plainText(of: strong).trimmingWhitespace()
    guard !label.isEmpty else { return }
    var next = cmark_node_next(strong)
    var note: OpaquePointer? = nil
    if !label.hasSuffix(":"), let space = next, let parenthetical = Self.parentheticalAfter(space) {
      note = parenthetical
      next = cmark_node_next(parenthetical)
    }
    let nextType = next.map { cmark_node_get_type($0) }
    var colonNode: OpaquePointer? = nil
    if label.hasSuffix(":") || next == nil || nextType == CMARK_NODE_SOFTBREAK || nextType == CMARK_NODE_LINEBREAK {
      // The label is the whole first line, or ends in its own colon.
    } else if let next, nextType == CMARK_NODE_TEXT {
      let literal = CmarkNode.literal(next)
      if literal.hasPrefix(":") {
        colonNode = next
      } else if !literal.allSatisfy({ $0 == " " || $0 == "\t" }) {
        return
      } else if let after = cmark_node_next(next), cmark_node_get_type(after) != CMARK_NODE_SOFTBREAK {
        return
      }
    } else {
      return
    }
    pseudoLabel = (strong, "", CmarkNode.position(strong))
    pseudoNote = note.map { ($0, nil) }
    textNodeAfterColonLabel = colonNode
  }

  /// The emphasis after `space` (spaces only) when it holds a parenthetical: `*(optional)*`, `_(see below)_`.
  private static func parentheticalAfter(_ space: OpaquePointer) -> OpaquePointer? {
    guard cmark_node_get_type(space) == CMARK_NODE_TEXT,
      CmarkNode.literal(space).allSatisfy({ $0 == " " || $0 == "\t" }),
      let emphasis = cmark_node_next(space), cmark_node_get_type(emphasis) == CMARK_NODE_EMPH
    else { return nil }
    let text = CmarkNode.plainText(of: emphasis).trimmingWhitespace()
    return text.hasPrefix("(") && text.hasSuffix(")") ? emphasis : nil
  }

  /// Strong emphasis, or emphasis wrapped around nothing but strong emphasis (`***Why:***`).
  private static func isBold(_ node: OpaquePointer) -> Bool {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_STRONG:
      return true
    case CMARK_NODE_EMPH:
      guard let only = cmark_node_first_child(node), cmark_node_next(only) == nil else { return false }
      return cmark_node_get_type(only) == CMARK_NODE_STRONG
    default:
      return false
    }
  }

  /// Task list items (`- [ ] text`, `- [x] text`), a GFM extension: plain cmark leaves the box as text.
  private mutating func detectTask(_ item: OpaquePointer, into document: inout MarkdownDocument) {
    guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
      let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT
    else { return }
    // The first four bytes, read in place (a NUL ends the C string early): every list item is checked.
    guard let pointer = cmark_node_get_literal(first) else { return }
    let literal = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
    guard literal[0] == UInt8(ascii: "["), literal[1] != 0, literal[2] == UInt8(ascii: "]") else { return }
    let box = literal[1]
    guard box == UInt8(ascii: " ") || box == UInt8(ascii: "x") || box == UInt8(ascii: "X") else { return }
    // GFM: the box is followed by whitespace before any content, so `- [ ]` alone or `- [ ]**x**` is text.
    if literal[3] == 0 {
      guard let next = cmark_node_next(first),
        [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type(next))
      else { return }
    } else {
      guard literal[3] == UInt8(ascii: " ") || literal[3] == UInt8(ascii: "\t") else { return }
    }
    document.tasks.append(
      TaskItem(
        checked: box != UInt8(ascii: " "), text: "", position: CmarkNode.position(item), blockIndex: blockIndex))
    pendingTask = (document.tasks.count - 1, paragraph)
    taskMarkerNode = first
    markNonTextContent(&document)
  }

  /// A task item's text without its `[ ]` box.
  private static func taskText(_ text: String) -> String {
    text.dropFirst(3).trimmingWhitespace()
  }
}

/// What each paragraph, heading and HTML block's text leaves behind as it closes: the flattened text
/// itself, for scanners that read a paragraph at a time, and from which prose lines are cut on demand.
extension TreeWalker {
  /// A heading's text is kept only when there is some; a paragraph's and an HTML block's always, since
  /// each is a prose line even when empty.
  mutating func keepInlineText(into document: inout MarkdownDocument, isHeading: Bool = false) {
    guard !isHeading || !inline.isEmpty else { return }
    // Moved out rather than copied: the walker starts a new text for the next paragraph or heading anyway.
    var kept = InlineText()
    swap(&kept, &inline)
    kept.blockIndex = blockIndex
    kept.isHeading = isHeading
    document.inlineTexts.append(kept)
  }
}
