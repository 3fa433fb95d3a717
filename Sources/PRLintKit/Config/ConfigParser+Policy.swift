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

  /// `size-classes: {xs: 10, s: 100, m: 500, l: 1000}`: the largest line count of each class, any of
  /// them, in increasing order.
  func sizeClasses(_ node: Node) throws(ConfigurationError) -> [String: Int] {
    guard case .mapping(let mapping) = node else {
      throw fail(node, "expected a mapping of size classes to their largest line counts, e.g. {xs: 10, s: 100}")
    }
    var maxima: [String: Int] = [:]
    var previous: (key: String, value: Int)? = nil
    for (keyNode, value) in mapping {
      let key = try string(keyNode, "a size class")
      guard let order = SizeClasses.keys.firstIndex(of: key) else {
        throw fail(
          keyNode, "unknown size class \"\(key)\": expected one of \(SizeClasses.keys.joined(separator: ", "))")
      }
      let maximum = try count(value)
      if let previous, SizeClasses.keys.firstIndex(of: previous.key)! > order || previous.value >= maximum {
        throw fail(value, "expected size classes in order, each larger than \(previous.key)'s \(previous.value)")
      }
      maxima[key] = maximum
      previous = (key, maximum)
    }
    return maxima
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
