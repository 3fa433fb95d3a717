import Yams

/// The `hook:` settings of the pre-push hook: `body-file:`, the description to check instead of the
/// tip commit's body.
extension ConfigParser {
  static let hookKeys = ["body-file"]

  func hookBodyFile(_ node: Node) throws(ConfigurationError) -> String? {
    guard case .mapping(let mapping) = node else {
      throw fail(node, "expected the pre-push hook's settings, a mapping with \(Self.hookKeys.joined(separator: ", "))")
    }
    var bodyFile: String? = nil
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      guard key == "body-file" else {
        throw fail(keyNode, "unknown hook setting \"\(key)\": expected one of \(Self.hookKeys.joined(separator: ", "))")
      }
      guard case .scalar(let path) = value, !path.string.isEmpty else {
        throw fail(value, "expected a file path (relative to the repository root) for hook.body-file")
      }
      bodyFile = path.string
    }
    return bodyFile
  }
}
