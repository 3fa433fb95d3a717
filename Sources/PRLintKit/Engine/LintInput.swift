/// One pull request to lint: its body and whatever else is known about it.
public struct LintInput: Sendable {
  /// Where the body came from, as shown in messages: a path, or `<stdin>`.
  public var source: String
  public var body: String
  public var title: String?
  /// Lines added plus lines deleted, when known.
  public var changedLines: Int?
  public var changedFiles: Int?

  public init(source: String, body: String, title: String? = nil, changedLines: Int? = nil, changedFiles: Int? = nil) {
    self.source = source
    self.body = body
    self.title = title
    self.changedLines = changedLines
    self.changedFiles = changedFiles
  }
}
