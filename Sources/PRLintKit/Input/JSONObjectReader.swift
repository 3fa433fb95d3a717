/// The typed reads `PullRequestJSON` makes of a JSON object: an absent field or JSON null is nil, any
/// other type an error. Two readers implement them: `JSONFields` over JSONDecoder, whose errors name the
/// field, and `JSONTreeFields` over a parsed tree, an audit's fast path. Generic code over this protocol
/// keeps one mapping from JSON to prlint's facts for both.
protocol JSONObjectReader {
  func contains(_ key: String) -> Bool
  func string(_ key: String) throws(InputError) -> String?
  func bool(_ key: String) throws(InputError) -> Bool?
  /// A whole number of 0 or more (an id, a line or file count).
  func count(_ key: String) throws(InputError) -> Int?
  func object(_ key: String) throws(InputError) -> Self?
  /// An array whose elements are strings or objects with a string `field` (`labels`: names, or
  /// `{"name": …}`); an object without the field names nothing.
  func names(_ key: String, field: String) throws(InputError) -> [String]?
  /// An array of objects, each read by `read` in order; its nil results are dropped.
  func objects<T>(_ key: String, _ read: (Self) throws(InputError) -> T?) throws(InputError) -> [T]?
  /// The key's path from the document's root, for error messages.
  func qualified(_ key: String) -> String
}

extension JSONObjectReader {
  /// A PR description: a string of at most `BodyReader.maximumBytes`, the limit of a body read any
  /// other way (a payload's JSON escapes would otherwise let a body six times as large through).
  func description(_ key: String) throws(InputError) -> String? {
    guard let text = try string(key) else { return nil }
    guard text.utf8.count <= BodyReader.maximumBytes else {
      let limit = BodyReader.describe(bytes: BodyReader.maximumBytes)
      throw JSONDocument.failure("\(qualified(key)) is larger than \(limit), prlint's limit: expected a PR description")
    }
    return text
  }

  /// `gh pr view --json closingIssuesReferences`: objects with a `number` (and `repository`), as `#N`
  /// or `OWNER/REPO#N` when the repository is named.
  func issueNumbers(_ key: String) throws(InputError) -> [String] {
    let issues = try objects(key) { issue throws(InputError) -> String? in
      guard let number = try issue.count("number") else { return nil }
      let repository = try issue.object("repository")
      if let name = try repository?.string("name"), let owner = try repository?.object("owner")?.string("login") {
        return "\(owner)/\(name)#\(number)"
      }
      return "#\(number)"
    }
    return issues ?? []
  }

  /// The sum of two counts (either alone when the other is missing), or an error when it does not fit
  /// (a forged payload, not a real diff).
  func sum(_ first: String, _ second: String) throws(InputError) -> Int? {
    let left = try count(first)
    let right = try count(second)
    guard let left, let right else { return left ?? right }
    let (total, overflow) = left.addingReportingOverflow(right)
    guard !overflow else {
      throw JSONDocument.failure("\(qualified(first)) + \(second) is too large: expected a diff's line count")
    }
    return total
  }
}
