import Foundation

/// One PR record of an audit, in whichever of the shapes people already have (gh's, the REST API's,
/// prlint's minimal one), told apart by the fields it has. Missing fields and nulls are fine; a field of
/// the wrong type makes the record malformed, worded as for an event payload.
public struct AuditRecord: Decodable, Sendable {
  /// Which JSON the record is, from the fields it has.
  public enum Shape: String, Sendable {
    /// `gh pr list --json number,title,body,additions,deletions,changedFiles,labels,author,isDraft,url`
    /// (and `headRefName`, `baseRefName`, `closingIssuesReferences`).
    case githubCLI
    /// The REST API's pull request object: `user`, `draft`, `html_url`, snake_case.
    case githubREST
    /// prlint's own minimal `{"number","title","body","additions","deletions","changed_files"}`.
    case minimal

    init(of fields: some JSONObjectReader) {
      let camelCase = ["author", "changedFiles", "isDraft", "headRefName", "baseRefName", "closingIssuesReferences"]
      if camelCase.contains(where: fields.contains) {
        self = .githubCLI
      } else if fields.contains("user") || fields.contains("html_url") || fields.contains("draft") {
        self = .githubREST
      } else {
        self = .minimal
      }
    }
  }

  public var shape: Shape
  private var request: PullRequestJSON

  public init(from decoder: any Decoder) throws {
    try self.init(fields: try JSONFields(root: decoder))
  }

  private init(fields: some JSONObjectReader) throws(InputError) {
    shape = Shape(of: fields)
    request = try shape == .githubCLI ? PullRequestJSON.gitHubCLI(fields) : PullRequestJSON.gitHubREST(fields)
  }

  /// Decodes one record's bytes; the error says which field was wrong and what was expected.
  public static func decode(_ bytes: [UInt8], decoder: JSONDecoder = JSONDecoder()) throws(InputError) -> AuditRecord {
    if let record = decodeWithoutFoundation(bytes) { return record }
    return try decodeWithFoundation(bytes, decoder: decoder)
  }

  /// The fast path: the record parsed by `JSONTreeParser` and read by `JSONTreeFields`, or nil when
  /// either is unsure JSONDecoder would agree (then JSONDecoder reads it, and words any error).
  static func decodeWithoutFoundation(_ bytes: [UInt8]) -> AuditRecord? {
    guard let tree = JSONTreeParser.parse(bytes), let root = JSONTreeFields(root: tree) else { return nil }
    return try? AuditRecord(fields: root)
  }

  static func decodeWithFoundation(_ bytes: [UInt8], decoder: JSONDecoder) throws(InputError) -> AuditRecord {
    try JSONDocument.decode(
      AuditRecord.self, from: Data(bytes), source: "record", expected: "a PR object", decoder: decoder)
  }

  /// Lines added plus deleted, when known.
  public var changedLines: Int? { request.changedLines }

  /// The lint input for this record; `source` names it by number, else by record number.
  public func lintInput(recordNumber: Int) -> LintInput {
    request.lintInput(source: request.info.number.map { "#\($0)" } ?? "record \(recordNumber)")
  }
}
