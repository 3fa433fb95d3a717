extension Platform {
  /// The forge a push goes to, from the remote's URL when its host says so (`gitlab.com`,
  /// `gitlab.example.org`, `github.com`); nil for any other host. The `platform:` setting overrides it.
  public static func guess(remoteURL: String) -> Platform? {
    let url = remoteURL.lowercased()
    // scp-like `git@host:path` or `scheme://[user@]host[:port]/path`: only the host is looked at.
    let afterScheme = url.range(of: "://").map { String(url[$0.upperBound...]) } ?? url
    let authority = afterScheme.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
    let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first.map(String.init) ?? "" } ?? ""
    let labels = host.split(separator: ".")
    if labels.contains("gitlab") { return .gitlab }
    if labels.contains("github") { return .github }
    return nil
  }
}
