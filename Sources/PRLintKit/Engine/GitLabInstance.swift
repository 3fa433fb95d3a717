import PRLintMarkdown

/// A GitLab instance, known by the address its web pages start with. GitLab counts a full issue URL as a
/// reference only on its own instance: its `link_reference_pattern` starts with `Gitlab.config.gitlab.url`
/// (app/models/concerns/referable.rb), and `closing_issue_extractor_spec.rb` checks that
/// "Closes https://google.com/…/issues/N" closes nothing.
public struct GitLabInstance: Sendable, Hashable, CustomStringConvertible {
  /// `scheme://host[:port][/path]`: scheme and host in lower case, no user or password, no trailing slash.
  public let url: String

  /// The instance when nothing names another: GitLab.com.
  public static let gitLabCom = GitLabInstance(checked: "https://gitlab.com")

  public var description: String { url }

  private init(checked url: String) {
    self.url = url
  }

  /// From an address as `gitlab-url:` or GitLab's `CI_SERVER_URL` writes it: `https://gitlab.example.com`,
  /// with a port or a path when the instance has one, or a bare host (`gitlab.example.com`, taken as
  /// https). Nil for anything else, including an address that carries a user or a password.
  public init?(_ text: String) {
    var rest = Substring(text.trimmingWhitespace())
    var scheme = "https"
    if let separator = rest.range(of: "://") {
      scheme = rest[..<separator.lowerBound].lowercased()
      rest = rest[separator.upperBound...]
    }
    guard scheme == "https" || scheme == "http" else { return nil }
    while rest.hasSuffix("/") { rest = rest.dropLast() }
    let slash = rest.firstIndex(of: "/") ?? rest.endIndex
    let path = rest[slash...]
    guard let authority = Self.authority(rest[..<slash]), Self.isPath(path) else { return nil }
    self.init(checked: "\(scheme)://\(authority)\(path)")
  }

  /// The instance a git remote lives on (`git@gitlab.example.com:group/project.git`,
  /// `ssh://git@gitlab.example.com:2222/group/project.git`, `https://gitlab.example.com/group/project.git`):
  /// an http(s) remote's scheme, host and port; https and the host for any other (an ssh port is not the
  /// web's). The user and password of a remote are never kept. Nil for a local path. An instance served
  /// under a path (`https://example.com/gitlab`) cannot be told from its remotes: set `gitlab-url:`.
  public init?(remoteURL: String) {
    let url = remoteURL.trimmingWhitespace()
    var scheme = "https"
    var authority: Substring
    var keepsPort = false
    if let separator = url.range(of: "://") {
      let remoteScheme = url[..<separator.lowerBound].lowercased()
      keepsPort = remoteScheme == "http" || remoteScheme == "https"
      if keepsPort { scheme = remoteScheme }
      let rest = url[separator.upperBound...]
      authority = rest[..<(rest.firstIndex(of: "/") ?? rest.endIndex)]
    } else {
      // scp-like `[user@]host:path`; a path with a slash before any colon is local.
      guard let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") else { return nil }
      authority = url[..<colon]
    }
    if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
    if !keepsPort, let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
      authority = authority[..<colon]
    }
    guard let checked = Self.authority(authority) else { return nil }
    self.init(checked: "\(scheme)://\(checked)")
  }

  /// The instance a project's web address lives on: `project.web_url` less the project's path
  /// (`path_with_namespace`) when it ends with it, else the address's scheme, host and port.
  public init?(projectURL: String, projectPath: String?) {
    var url = Substring(projectURL.trimmingWhitespace())
    while url.hasSuffix("/") { url = url.dropLast() }
    if let projectPath, !projectPath.isEmpty, url.hasSuffix("/" + projectPath) {
      self.init(String(url.dropLast(projectPath.utf8.count + 1)))
    } else {
      self.init(origin: String(url))
    }
  }

  /// The scheme, host and port of an http(s) address (`https://gitlab.example.com/a/b` gives
  /// `https://gitlab.example.com`).
  public init?(origin url: String) {
    guard let separator = url.range(of: "://") else { return nil }
    let rest = url[separator.upperBound...]
    self.init(String(url[..<separator.upperBound] + rest[..<(rest.firstIndex(of: "/") ?? rest.endIndex)]))
  }

  /// In GitLab CI, `CI_SERVER_URL`: the instance running the pipeline.
  public static func detect(environment: [String: String]) -> GitLabInstance? {
    guard environment["GITLAB_CI"] == "true" else { return nil }
    return environment["CI_SERVER_URL"].flatMap { GitLabInstance($0) }
  }

  // MARK: - Parts

  /// `host[:port]`, the host in lower case: letters, digits, `-`, `_` and dots, or an IPv6 address in
  /// brackets; nil for anything else (a user, a space, an empty host).
  private static func authority(_ text: Substring) -> String? {
    var host = text
    var port: Substring = ""
    if let colon = text.lastIndex(of: ":"), !text[colon...].contains("]") {
      host = text[..<colon]
      port = text[text.index(after: colon)...]
      guard !port.isEmpty, port.utf8.count <= 5, port.utf8.allSatisfy(\.isASCIIDigit) else { return nil }
    }
    guard !host.isEmpty, host.utf8.count <= 253 else { return nil }
    let isBracketed = host.hasPrefix("[") && host.hasSuffix("]")
    let allowed = { (byte: UInt8) in
      byte.isASCIIAlphanumeric || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
        || (isBracketed && (byte == UInt8(ascii: ":") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")))
    }
    guard host.utf8.allSatisfy(allowed) else { return nil }
    return host.lowercased() + (port.isEmpty ? "" : ":" + port)
  }

  /// Empty, or `/`-separated parts of letters, digits, `-`, `_`, `.` and `~`.
  private static func isPath(_ path: Substring) -> Bool {
    guard !path.isEmpty else { return true }
    guard path.utf8.count <= 255 else { return false }
    return path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
      !part.isEmpty
        && part.utf8.allSatisfy {
          $0.isASCIIAlphanumeric || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
            || $0 == UInt8(ascii: "~")
        }
    }
  }
}
