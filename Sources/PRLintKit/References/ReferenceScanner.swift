import Foundation
import PRLintMarkdown

/// Finds issue references and closing keywords in prose, in one left-to-right pass, by the grammar
/// of GitHub or of GitLab's default closing pattern (ReferenceScanner+GitLab.swift).
///
/// Hand-written rather than a regex: the text is untrusted and every attempt is bounded
/// (owner ≤ 39 bytes, repository ≤ 100, number ≤ 10 digits), so the work is linear in its size.
struct ReferenceScanner {
  struct Found: Equatable {
    var issue: String
    /// Byte offset of the reference (or of its keyword, for a closing reference).
    var start: Int
    var end: Int
    var keyword: String?
    var keywordStart: Int?
  }

  struct Result {
    var references: [Found] = []
    /// Keyword followed by "issue", "bug" … and then a reference: GitHub closes nothing.
    var wordBetween: [Found] = []
    /// GitLab: a keyword in other capitals than its first letter ("CLOSES #1"), then a reference.
    var keywordCase: [Found] = []
    /// GitLab: a keyword, then an issue URL of another GitLab instance (`issue` is the URL as written).
    var otherInstance: [Found] = []
    /// A mention listed after a closing reference ("Fixes #1, #2"): its index into `references`,
    /// and the keyword of the closing reference it follows.
    var listedAfterKeyword: [(index: Int, keyword: String)] = []
    /// A keyword followed by code (`Fixes `#1``): `start` is the offset of the code's separator.
    var keywordBeforeSeparator: [Found] = []
  }

  /// UTF-8 of `InlineText.separator` (U+FFFC).
  private static let separatorBytes: [UInt8] = [0xEF, 0xBF, 0xBC]

  // keyword(at:) relies on each keyword starting with c, f, r or i (a test checks it).
  static let gitHubKeywords = [
    "closes", "closed", "close", "fixes", "fixed", "fix", "resolves", "resolved", "resolve",
  ]
  /// GitLab's default `issue_closing_pattern` adds -ing forms and "implement(s/ed/ing)".
  static let gitLabKeywords =
    gitHubKeywords + [
      "closing", "fixing", "resolving", "implements", "implemented", "implementing", "implement",
    ]
  // As bytes, so that matching one at every word start does not walk a String's UTF-8 view, and
  // grouped by initial (c, f, r, i), in list order, so a word start tries only the few that can match.
  private static let gitHubKeywordGroups = groupedByInitial(gitHubKeywords)
  static let gitLabKeywordGroups = groupedByInitial(gitLabKeywords)

  private static func groupedByInitial(_ keywords: [String]) -> [[[UInt8]]] {
    "cfri".utf8.map { initial in keywords.map { Array($0.utf8) }.filter { $0.first == initial } }
  }
  static let fillerWords: Set<String> = ["issue", "issues", "bug", "ticket", "pr", "pull", "request"]

  let bytes: [UInt8]
  var platform: Platform = .github
  /// The instance whose issue URLs are references under GitLab's grammar: its address in lower case.
  let instance: [UInt8]
  /// `OWNER/REPO#N` needs a `#`: most paragraphs have none, and then no word start is tried as an owner.
  let hasHash: Bool

  init(bytes: [UInt8], platform: Platform = .github, instance: GitLabInstance = .gitLabCom) {
    self.bytes = bytes
    self.platform = platform
    self.instance = Array(instance.url.utf8)
    hasHash = bytes.contains(UInt8(ascii: "#"))
  }

  static func scan(_ text: String, platform: Platform = .github, instance: GitLabInstance = .gitLabCom) -> Result {
    ReferenceScanner(bytes: Array(text.utf8), platform: platform, instance: instance).scan()
  }

  func scan() -> Result {
    guard platform == .github else { return scanGitLab() }
    return mayHoldGitHubReference ? scanGitHub() : Result()
  }

  /// Whether the text has a byte every GitHub reference, and a keyword before code, needs one of: `#`
  /// (`#N`, `OWNER/REPO#N`), `-` (`GH-N`), `/` (an issue URL), or U+FFFC's first byte (the separator
  /// standing for code). Most paragraphs have none; the grammar walk of each byte cost 8% of an audit.
  var mayHoldGitHubReference: Bool {
    bytes.withUnsafeBufferPointer(Self.mayHoldGitHubReference)
  }

  static func mayHoldGitHubReference(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    // A memchr (vectorised) for each byte costs less than one closure call a byte.
    guard let base = buffer.baseAddress else { return false }
    return [UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "/"), 0xEF].contains { byte in
      memchr(base, Int32(byte), buffer.count) != nil
    }
  }

  /// GitHub's grammar: a keyword, an optional colon, whitespace, one reference.
  func scanGitHub() -> Result {
    var result = Result()
    var index = 0
    // The end of the last closing reference, or of a mention listed after it, and its keyword.
    var chain: (end: Int, keyword: String)? = nil
    while index < bytes.count {
      guard isBoundary(before: index), hasHash || mayStartWithoutHash(bytes[index]) else {
        index += 1
        continue
      }
      if let (keyword, afterKeyword) = keyword(at: index) {
        let referenceStart = skipSpaces(from: afterKeyword)
        if referenceStart > afterKeyword, let (issue, end) = reference(at: referenceStart) {
          result.references.append(
            Found(issue: issue, start: referenceStart, end: end, keyword: keyword, keywordStart: index))
          chain = (end, keyword)
          index = end
          continue
        }
        if referenceStart > afterKeyword, startsWithSeparator(at: referenceStart) {
          result.keywordBeforeSeparator.append(
            Found(issue: "", start: referenceStart, end: referenceStart + 3, keyword: keyword, keywordStart: index))
        }
        if let found = referenceAfterFillerWord(from: referenceStart, keyword: keyword, keywordStart: index) {
          result.wordBetween.append(found.reference)
        }
        index = afterKeyword
        continue
      }
      if let urlEnd = nonIssueURLEnd(at: index) {
        index = urlEnd  // a URL's path and fragment are not references
        continue
      }
      if let (issue, end) = reference(at: index) {
        if let current = chain, onlyListSeparators(from: current.end, to: index) {
          // GitHub closes only the first of a list: the others are mentions.
          result.listedAfterKeyword.append((result.references.count, current.keyword))
          chain = (end, current.keyword)
        } else {
          chain = nil
        }
        result.references.append(Found(issue: issue, start: index, end: end, keyword: nil))
        index = end
        continue
      }
      index += 1
    }
    return result
  }

  // MARK: - Keywords

  private func keyword(at index: Int) -> (String, Int)? {
    // Every keyword starts with c, f, r or i: most bytes are ruled out before the list is tried.
    let initial = index < bytes.count ? bytes[index].asciiLowercased : 0
    let group: Int
    switch initial {
    case UInt8(ascii: "c"): group = 0
    case UInt8(ascii: "f"): group = 1
    case UInt8(ascii: "r"): group = 2
    case UInt8(ascii: "i"): group = 3
    default: return nil
    }
    for keyword in Self.gitHubKeywordGroups[group] where matchesLowercased(keyword, at: index) {
      let end = index + keyword.count
      guard end >= bytes.count || !isWordByte(bytes[end]) else { continue }
      let written = String(decoding: bytes[index..<end], as: UTF8.self)
      return (written, end < bytes.count && bytes[end] == UInt8(ascii: ":") ? end + 1 : end)
    }
    return nil
  }

  func referenceAfterFillerWord(from start: Int, keyword: String, keywordStart: Int)
    -> (reference: Found, filler: String)?
  {
    var end = start
    while end < bytes.count, end - start < 10, bytes[end].isASCIILetter { end += 1 }
    guard end > start else { return nil }
    let word = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    guard Self.fillerWords.contains(word) else { return nil }
    let referenceStart = skipSpaces(from: end)
    guard referenceStart > end, let (issue, referenceEnd) = reference(at: referenceStart) else { return nil }
    let found = Found(
      issue: issue, start: referenceStart, end: referenceEnd, keyword: keyword, keywordStart: keywordStart)
    return (found, word)
  }

  /// Between two references of a list: spaces, commas, `&`, `and`.
  private func onlyListSeparators(from start: Int, to end: Int) -> Bool {
    guard end - start <= 12 else { return false }
    let between = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    let stripped = between.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "&" || $0 == "\t" })
    return stripped.allSatisfy { $0 == "and" }
  }

  // MARK: - References

  /// The end of a web address that is not an issue URL (a GitHub issue or pull request; under GitLab's
  /// grammar an issue of the instance).
  func nonIssueURLEnd(at index: Int) -> Int? {
    // Checked at every word start: rule out anything not starting with h or w first.
    let initial = index < bytes.count ? bytes[index].asciiLowercased : 0
    guard initial == UInt8(ascii: "h") || initial == UInt8(ascii: "w"),
      matchesLowercased("http://", at: index) || matchesLowercased("https://", at: index)
        || matchesLowercased("www.", at: index), url(at: index) == nil
    else { return nil }
    var cursor = index
    while cursor < bytes.count, bytes[cursor] > UInt8(ascii: " "), bytes[cursor] != UInt8(ascii: "<") {
      cursor += 1
    }
    return cursor
  }

  /// A reference starting exactly at `index`: `#N`, `GH-N`, `OWNER/REPO#N` or an issue/pull URL
  /// (under GitLab's grammar, `gitLabReference(at:)`).
  func reference(at index: Int) -> (String, Int)? {
    guard index < bytes.count else { return nil }
    guard platform == .github else { return gitLabReference(at: index) }
    switch bytes[index] {
    case UInt8(ascii: "#"):
      return number(at: index + 1).map { ("#" + $0.digits, $0.end) }
    case UInt8(ascii: "G"), UInt8(ascii: "g"):
      if matchesLowercased("gh-", at: index), let found = number(at: index + 3) {
        return ("#" + found.digits, found.end)
      }
    case UInt8(ascii: "h"), UInt8(ascii: "H"):
      if let found = url(at: index) { return found }
    default:
      break
    }
    return ownerRepoReference(at: index)
  }

  private func url(at index: Int) -> (String, Int)? {
    guard platform == .github else { return gitLabIssueURL(at: index) }
    var cursor = index
    for prefix in ["https://", "http://"] where matchesLowercased(prefix, at: cursor) {
      cursor += prefix.utf8.count
      break
    }
    guard cursor > index else { return nil }
    if matchesLowercased("www.", at: cursor) { cursor += 4 }
    guard matchesLowercased("github.com/", at: cursor) else { return nil }
    cursor += 11
    guard let (owner, repo, afterRepo) = ownerAndRepo(at: cursor), afterRepo < bytes.count,
      bytes[afterRepo] == UInt8(ascii: "/")
    else { return nil }
    cursor = afterRepo + 1
    var matchedKind = false
    for kind in ["issues/", "pull/"] where matchesLowercased(kind, at: cursor) {
      cursor += kind.utf8.count
      matchedKind = true
      break
    }
    guard matchedKind, let found = number(at: cursor) else { return nil }
    return ("\(owner)/\(repo)#\(found.digits)", found.end)
  }

  private func ownerRepoReference(at index: Int) -> (String, Int)? {
    guard hasHash, index == 0 || !isOwnerRepoByte(bytes[index - 1]),
      let (owner, repo, afterRepo) = ownerAndRepo(at: index),
      afterRepo < bytes.count, bytes[afterRepo] == UInt8(ascii: "#"),
      let found = number(at: afterRepo + 1)
    else { return nil }
    return ("\(owner)/\(repo)#\(found.digits)", found.end)
  }

  private func ownerAndRepo(at index: Int) -> (String, String, Int)? {
    var cursor = index
    while cursor < bytes.count, cursor - index < 39, isOwnerByte(bytes[cursor]) { cursor += 1 }
    guard cursor > index, cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") else { return nil }
    let owner = String(decoding: bytes[index..<cursor], as: UTF8.self)
    let repoStart = cursor + 1
    cursor = repoStart
    while cursor < bytes.count, cursor - repoStart < 100, isOwnerRepoByte(bytes[cursor]) { cursor += 1 }
    guard cursor > repoStart else { return nil }
    let repo = String(decoding: bytes[repoStart..<cursor], as: UTF8.self)
    return (owner, repo, cursor)
  }

  /// Digits (1–10 of them) not followed by a letter or digit: `#12abc` is no reference.
  func number(at index: Int) -> (digits: String, end: Int)? {
    var cursor = index
    while cursor < bytes.count, cursor - index < 10, bytes[cursor].isASCIIDigit { cursor += 1 }
    guard cursor > index else { return nil }
    if cursor < bytes.count, isWordByte(bytes[cursor]) { return nil }
    return (String(decoding: bytes[index..<cursor], as: UTF8.self), cursor)
  }

  // MARK: - Bytes

  /// Without a `#` in the text, only a keyword (c, f, r, i), a web address (h, w) or `GH-N` can
  /// start at a word start: every other word is passed over without trying them.
  func mayStartWithoutHash(_ byte: UInt8) -> Bool {
    switch byte.asciiLowercased {
    case UInt8(ascii: "c"), UInt8(ascii: "f"), UInt8(ascii: "r"), UInt8(ascii: "i"), UInt8(ascii: "h"),
      UInt8(ascii: "w"), UInt8(ascii: "g"):
      true
    default: false
    }
  }

  func isBoundary(before index: Int) -> Bool {
    index == 0 || !isWordByte(bytes[index - 1])
  }

  func startsWithSeparator(at index: Int) -> Bool {
    index + 3 <= bytes.count && Array(bytes[index..<index + 3]) == Self.separatorBytes
  }

  private func skipSpaces(from index: Int) -> Int {
    var cursor = index
    while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") {
      cursor += 1
    }
    return cursor
  }

  /// Whether the bytes at `index` spell `word` (lower-case) in any case.
  func matchesLowercased(_ word: some Sequence<UInt8>, at index: Int) -> Bool {
    var cursor = index
    for expected in word {
      guard cursor < bytes.count, bytes[cursor].asciiLowercased == expected else { return false }
      cursor += 1
    }
    return true
  }
  func matchesLowercased(_ word: String, at index: Int) -> Bool {
    matchesLowercased(word.utf8, at: index)
  }

  /// Letters, digits, `_`, and any non-ASCII byte (a letter of another script).
  func isWordByte(_ byte: UInt8) -> Bool {
    byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_") || byte >= 0x80
  }
  func isURLPathByte(_ byte: UInt8) -> Bool {
    byte > UInt8(ascii: " ") && byte < 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
      && byte != UInt8(ascii: ")") && byte != UInt8(ascii: "?") && byte != UInt8(ascii: "#")
  }
  private func isOwnerByte(_ byte: UInt8) -> Bool {
    byte.isASCIIAlphanumeric || byte == UInt8(ascii: "-")
  }
  private func isOwnerRepoByte(_ byte: UInt8) -> Bool {
    isOwnerByte(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }
}
