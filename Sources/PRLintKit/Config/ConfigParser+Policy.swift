import Yams

/// The settings about which PRs are linted and where: `platform`, `gitlab-url`, `ignore`, `drafts`.
extension ConfigParser {
  static let ignoreKeys = ["authors", "labels", "bots"]

  func platform(_ node: Node) throws(ConfigurationError) -> ConfigLayer.PlatformSetting {
    let expected = "auto, github or gitlab"
    let value = try string(node, expected)
    if value == "auto" { return .auto }
    guard let platform = Platform(rawValue: value) else {
      throw fail(node, "unknown platform \"\(value)\": expected \(expected)")
    }
    return .fixed(platform)
  }

  func gitLabInstance(_ node: Node) throws(ConfigurationError) -> GitLabInstance {
    let expected = "the GitLab instance's address, such as https://gitlab.example.com"
    guard let instance = GitLabInstance(try string(node, expected)) else {
      throw fail(node, "invalid gitlab-url: expected \(expected) (a scheme, a host, an optional port and path)")
    }
    return instance
  }

  func ignore(_ node: Node) throws(ConfigurationError) -> ConfigLayer.Ignore {
    guard case .mapping(let mapping) = node else {
      throw fail(node, "expected a mapping with authors, labels or bots")
    }
    var ignore = ConfigLayer.Ignore()
    for (keyNode, value) in mapping {
      switch try string(keyNode, "an ignore setting") {
      case "authors": ignore.authors = try strings(value)
      case "labels": ignore.labels = try strings(value)
      case "bots": ignore.bots = try bool(value, "true or false")
      case let key:
        throw fail(
          keyNode, "unknown ignore setting \"\(key)\": expected one of \(Self.ignoreKeys.joined(separator: ", "))")
      }
    }
    return ignore
  }

  func drafts(_ node: Node) throws(ConfigurationError) -> Policy.Drafts {
    let expected = Policy.Drafts.allCases.map(\.rawValue).joined(separator: ", ")
    let value = try string(node, "one of \(expected)")
    guard let drafts = Policy.Drafts(rawValue: value) else {
      throw fail(node, "unknown drafts policy \"\(value)\": expected one of \(expected)")
    }
    return drafts
  }
}
