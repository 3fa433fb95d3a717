internal import CCmark

/// Reading values out of cmark nodes; nothing here keeps a pointer.
enum CmarkNode {
  static func position(_ node: OpaquePointer) -> SourcePosition? {
    SourcePosition(cmarkLine: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node))
  }

  static func literal(_ node: OpaquePointer) -> String {
    string(cmark_node_get_literal(node))
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }

  /// The text and code of a subtree, walked iteratively, without what an inline script or style
  /// element holds.
  static func plainText(of node: OpaquePointer) -> String {
    guard let iterator = cmark_iter_new(node) else { return "" }
    defer { cmark_iter_free(iterator) }
    var text = ""
    var hidden = HiddenInlineElement()
    while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
      guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
      switch cmark_node_get_type(current) {
      case CMARK_NODE_HTML_INLINE: hidden.follow(literal(current))
      case _ where hidden.isOpen: break
      case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(current)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
      default: break
      }
    }
    return text
  }

  /// Text, code, breaks, inline HTML, emphasis, links and images: what a paragraph or heading holds.
  static func isInline(_ type: cmark_node_type) -> Bool {
    (CMARK_NODE_FIRST_INLINE.rawValue...CMARK_NODE_LAST_INLINE.rawValue).contains(type.rawValue)
  }

  static func blockKind(_ type: cmark_node_type) -> Block.Kind {
    switch type {
    case CMARK_NODE_HEADING: .heading
    case CMARK_NODE_PARAGRAPH: .paragraph
    case CMARK_NODE_LIST: .list
    case CMARK_NODE_BLOCK_QUOTE: .blockQuote
    case CMARK_NODE_CODE_BLOCK: .codeBlock
    case CMARK_NODE_HTML_BLOCK: .htmlBlock
    case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
    default: .other
    }
  }
}
