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

  /// The text and code of a subtree, walked iteratively.
  static func plainText(of node: OpaquePointer) -> String {
    guard let iterator = cmark_iter_new(node) else { return "" }
    defer { cmark_iter_free(iterator) }
    var text = ""
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let current = cmark_iter_get_node(iterator) else { continue }
      switch cmark_node_get_type(current) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(current)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
      default: break
      }
    }
    return text
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
