import PRLintMarkdown

/// One ref a push updates, as git tells a pre-push hook on standard input:
/// `<local ref> <local sha> <remote ref> <remote sha>`.
public struct PushUpdate: Sendable, Hashable {
  public var localRef: String
  public var localSHA: String
  public var remoteRef: String
  public var remoteSHA: String

  public init(localRef: String, localSHA: String, remoteRef: String, remoteSHA: String) {
    self.localRef = localRef
    self.localSHA = localSHA
    self.remoteRef = remoteRef
    self.remoteSHA = remoteSHA
  }

  /// A line that is not four fields; the hook refuses rather than guess.
  public struct MalformedLine: Error, Sendable {
    public var line: Int
  }

  /// The lines git writes, one update each; blank lines are ignored.
  public static func parse(_ text: String) throws(MalformedLine) -> [PushUpdate] {
    var updates: [PushUpdate] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let fields = line.split(separator: " ")
      if fields.isEmpty { continue }
      // An object id is hex (SHA-1 or SHA-256): anything else, which git never writes, could reach git
      // as an option.
      guard fields.count == 4, isObjectID(fields[1]), isObjectID(fields[3]) else {
        throw MalformedLine(line: index + 1)
      }
      updates.append(
        PushUpdate(
          localRef: String(fields[0]), localSHA: String(fields[1]), remoteRef: String(fields[2]),
          remoteSHA: String(fields[3])))
    }
    return updates
  }

  static func isObjectID(_ text: Substring) -> Bool {
    (text.utf8.count == 40 || text.utf8.count == 64)
      && text.utf8.allSatisfy { $0.isASCIIDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
  }

  /// The null object id git writes for a ref that does not exist, as long as `id` (SHA-1 or SHA-256).
  static func nullID(like id: String) -> String {
    String(repeating: "0", count: id.utf8.count)
  }

  /// `git push REMOTE :branch` or `--delete`: the local side is the null object id (SHA-1 or SHA-256).
  public var isDeletion: Bool { localSHA.allSatisfy { $0 == "0" } }

  /// The branch name on the remote when the push updates a branch (not a tag, note or other ref).
  public var remoteBranch: String? {
    let prefix = "refs/heads/"
    guard remoteRef.hasPrefix(prefix), remoteRef.count > prefix.count else { return nil }
    return String(remoteRef.dropFirst(prefix.count))
  }

  /// Whether a PR could come of this update: it creates or moves a branch.
  public var isLintable: Bool { !isDeletion && remoteBranch != nil && localSHA != remoteSHA }
}
