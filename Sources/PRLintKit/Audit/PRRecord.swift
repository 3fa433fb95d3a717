import Foundation

/// One PR record of an audit, in whichever of the shapes people already have: the fields of all
/// three are read and a record uses those its shape names. Missing fields and nulls are fine.
public struct PRRecord: Decodable, Sendable {
  /// Where a record came from: field names differ, and so does what `url` means.
  public enum Shape: String, Sendable {
    /// `gh pr list --json number,title,body,additions,deletions,changedFiles,labels,author,isDraft,url`.
    case githubCLI
    /// The REST API's pulls list: `user`, `draft`, `html_url`, snake_case.
    case githubREST
    /// prlint's own minimal `{"number","title","body","additions","deletions","changed_files"}`.
    case minimal
  }

  public struct DecodingFailure: Error, Sendable {
    public var message: String
  }

  public var shape: Shape
  public var number: Int?
  public var title: String?
  public var body: String?
  public var additions: Int?
  public var deletions: Int?
  public var changedFiles: Int?
  public var labels: [String]
  public var author: PullRequestInfo.Author?
  public var isDraft: Bool
  public var url: String?

  private enum Key: String, CodingKey {
    case number, title, body, additions, deletions, labels, url
    case changedFiles, author, isDraft  // gh
    case changedFilesSnake = "changed_files"
    case user, draft
    case htmlURL = "html_url"  // REST and minimal
  }

  private struct User: Decodable {
    var login: String?
    var type: String?
    /// gh's `author` says so itself.
    var isBot: Bool?

    private enum CodingKeys: String, CodingKey {
      case login, type
      case isBot = "is_bot"
    }
  }

  /// A label is an object with a `name` (gh and REST) or a plain string.
  private struct Label: Decodable {
    var name: String

    private enum Key: String, CodingKey { case name }

    init(from decoder: any Decoder) throws {
      if let name = try? decoder.singleValueContainer().decode(String.self) {
        self.name = name
      } else {
        name = try decoder.container(keyedBy: Key.self).decode(String.self, forKey: .name)
      }
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    shape =
      container.contains(.author) || container.contains(.changedFiles) || container.contains(.isDraft)
      ? .githubCLI
      : container.contains(.user) || container.contains(.htmlURL) || container.contains(.draft)
        ? .githubREST : .minimal
    number = try Self.count(container, .number)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    body = try container.decodeIfPresent(String.self, forKey: .body)
    additions = try Self.count(container, .additions)
    deletions = try Self.count(container, .deletions)
    if let additions, let deletions, additions.addingReportingOverflow(deletions).overflow {
      // Their sum is the diff size: a forged record must not crash the audit.
      throw Swift.DecodingError.dataCorruptedError(forKey: .deletions, in: container, debugDescription: Self.tooLarge)
    }
    labels = try container.decodeIfPresent([Label].self, forKey: .labels)?.map(\.name) ?? []
    switch shape {
    case .githubCLI:
      changedFiles = try Self.count(container, .changedFiles)
      isDraft = try container.decodeIfPresent(Bool.self, forKey: .isDraft) ?? false
      url = try container.decodeIfPresent(String.self, forKey: .url)
      let user = try container.decodeIfPresent(User.self, forKey: .author)
      author = user?.login.map { PullRequestInfo.Author(login: $0, isBot: user?.isBot ?? false) }
    case .githubREST, .minimal:
      changedFiles = try Self.count(container, .changedFilesSnake)
      isDraft = try container.decodeIfPresent(Bool.self, forKey: .draft) ?? false
      url =
        try container.decodeIfPresent(String.self, forKey: .htmlURL)
        ?? container.decodeIfPresent(String.self, forKey: .url)
      let user = try container.decodeIfPresent(User.self, forKey: .user)
      author = user?.login.map { PullRequestInfo.Author(login: $0, isBot: user?.type == "Bot") }
    }
  }

  private static let tooLarge = "additions + deletions is too large"

  private static func count(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Int? {
    guard let value = try container.decodeIfPresent(Int.self, forKey: key) else { return nil }
    guard value >= 0 else {
      throw Swift.DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "negative")
    }
    return value
  }

  /// Decodes one record's bytes; the failure says which field was wrong and what was expected.
  public static func decode(_ bytes: [UInt8], decoder: JSONDecoder = JSONDecoder()) throws(DecodingFailure)
    -> PRRecord
  {
    do {
      return try decoder.decode(PRRecord.self, from: Data(bytes))
    } catch let error as Swift.DecodingError {
      throw DecodingFailure(message: describe(error))
    } catch {
      throw DecodingFailure(message: "not valid JSON: expected a PR object")
    }
  }

  /// The lint input for this record; `source` names it by number, else by record number.
  public func lintInput(recordNumber: Int) -> LintInput {
    let changedLines =
      switch (additions, deletions) {
      case (let added?, let deleted?): added + deleted
      case (let added?, nil): added
      case (nil, let deleted?): deleted
      case (nil, nil): nil as Int?
      }
    return LintInput(
      source: number.map { "#\($0)" } ?? "record \(recordNumber)", body: body ?? "", title: title,
      changedLines: changedLines, changedFiles: changedFiles,
      pullRequest: PullRequestInfo(number: number, url: url, labels: labels, author: author, isDraft: isDraft))
  }

  private static func describe(_ error: Swift.DecodingError) -> String {
    func field(_ path: [any CodingKey]) -> String {
      String(path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().dropFirst())
    }
    switch error {
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      if context.codingPath.isEmpty { return "expected a JSON object for a PR" }
      return "\"\(field(context.codingPath))\" has the wrong type: expected \(expectation(type))"
    case .keyNotFound(let key, let context):
      return "\"\(field(context.codingPath + [key]))\" is missing"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return "not valid JSON: expected a PR object" }
      if context.debugDescription == tooLarge {
        return "\"additions\" + \"deletions\" is too large: expected a line count"
      }
      return "\"\(field(context.codingPath))\" is not valid: expected a whole number, 0 or more"
    @unknown default:
      return "not valid JSON: expected a PR object"
    }
  }

  private static func expectation(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type: "a whole number, 0 or more"
    case is Bool.Type: "true or false"
    case is [Any].Type: "an array"
    default: "an object"
    }
  }
}
