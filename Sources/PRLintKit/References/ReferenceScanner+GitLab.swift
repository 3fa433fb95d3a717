import PRLintMarkdown

/// GitLab's default closing pattern, as GitLab documents it ("Default closing pattern" on
/// docs.gitlab.com, user/project/issues/managing_issues) and as `Gitlab::ClosingIssueExtractor` applies it:
///
///     \b((?:[Cc]los(?:e[sd]?|ing)|\b[Ff]ix(?:e[sd]|ing)?|\b[Rr]esolv(?:e[sd]?|ing)|\b[Ii]mplement(?:s|ed|ing)?)(:?)
///       +(?:(?:issues? +)?%{issue_ref}(?:(?: *,? +and +| *,? *)?)|([A-Z][A-Z0-9_]+-\d+))+)
///
/// `%{issue_ref}` is any http(s) link (`HTTP_LINK_PATTERN`, lib/gitlab/closing_issue_extractor.rb) or an
/// issue reference (`Issue.reference_pattern`, app/models/issue.rb): `#N`, `GL-N`, `PROJECT#N` (a project
/// of the same namespace) or `GROUP/…/PROJECT#N`. Every issue the matched text references closes; a link
/// references one only when it is an issue or work-item URL of the instance itself (`link_reference_pattern`
/// in app/models/concerns/referable.rb, where `/-/` is optional). The regular expression is case-sensitive:
///
/// - only a keyword's first letter may be a capital ("CLOSES #1" closes nothing), and "issue", "and" and
///   "http" are lower case;
/// - spaces (not tabs, not a line break) stand between keyword and reference;
/// - a list goes on over commas, spaces and " and ", each item optionally after "issue(s)"; a link to
///   another host is an item that closes nothing, and the list goes on past it;
/// - `GH-N` is GitHub's; GitLab's own prefix is `GL-N` (`Issue.alternative_reference_prefix`).
///
/// GitLabReferenceTests holds a port of spec/lib/gitlab/closing_issue_extractor_spec.rb. Not ported: the
/// Jira-style alternative (`Closes PROJ-7` closes through an external tracker only; the linked-issue
/// rule's `patterns` option covers it), and GitLab's reading of the raw Markdown rather than the text a
/// reader sees.
extension ReferenceScanner {
  func scanGitLab() -> Result {
    var result = Result()
    var index = 0
    // The end of the closing statement so far, and its keyword: the pattern repeats over a list.
    var chain: (end: Int, keyword: String)? = nil
    while index < bytes.count {
      // `#N` needs no boundary: "a.git#2" is not a project's reference but still names #2.
      guard isBoundary(before: index) || bytes[index] == UInt8(ascii: "#"),
        hasHash || mayStartWithoutHash(bytes[index])
      else {
        index += 1
        continue
      }
      if let (keyword, afterKeyword, isExact) = gitLabKeyword(at: index) {
        chain = nil
        let itemStart = skipGitLabSpaces(from: afterKeyword)
        guard itemStart > afterKeyword else {
          index = afterKeyword
          continue
        }
        let referenceStart = skipIssueWord(from: itemStart)
        if !isExact {
          if let (issue, end) = reference(at: referenceStart) {
            result.keywordCase.append(
              Found(issue: issue, start: referenceStart, end: end, keyword: keyword, keywordStart: index))
          }
          index = afterKeyword
          continue
        }
        if let (issue, end) = reference(at: referenceStart) {
          result.references.append(
            Found(issue: issue, start: referenceStart, end: end, keyword: keyword, keywordStart: index))
          chain = (end, keyword)
          index = end
          continue
        }
        if let link = gitLabLink(at: referenceStart) {
          if let issue = otherInstanceIssue(link) {
            result.otherInstance.append(
              Found(issue: issue, start: referenceStart, end: link.end, keyword: keyword, keywordStart: index))
          }
          chain = (link.end, keyword)
          index = link.runEnd
          continue
        }
        if startsWithSeparator(at: itemStart) {
          result.keywordBeforeSeparator.append(
            Found(issue: "", start: itemStart, end: itemStart + 3, keyword: keyword, keywordStart: index))
        }
        if let found = referenceAfterFillerWord(from: itemStart, keyword: keyword, keywordStart: index) {
          result.wordBetween.append(found.reference)
        }
        index = afterKeyword
        continue
      }
      if let urlEnd = nonIssueURLEnd(at: index) {
        // A link in a list is an item that closes nothing: the list goes on past it.
        if let current = chain, isListGap(from: current.end, to: index), let link = gitLabLink(at: index) {
          if let issue = otherInstanceIssue(link) {
            result.otherInstance.append(Found(issue: issue, start: index, end: link.end, keyword: current.keyword))
          }
          chain = (link.end, current.keyword)
        }
        index = urlEnd
        continue
      }
      if let (issue, end) = reference(at: index) {
        var keyword: String? = nil
        if let current = chain, isListGap(from: current.end, to: index) {
          keyword = current.keyword
          chain = (end, current.keyword)
        } else {
          chain = nil
        }
        result.references.append(Found(issue: issue, start: index, end: end, keyword: keyword))
        index = end
        continue
      }
      index += 1
    }
    return result
  }

  /// A link destination that references an issue: under GitLab's grammar only an issue URL of the
  /// instance does (its reference filters look at a link's address only when it is a full URL).
  func destinationReference() -> (String, Int)? {
    platform == .gitlab ? gitLabIssueURL(at: 0) : reference(at: 0)
  }

  // MARK: - Keywords and separators

  /// A keyword of GitLab's pattern in any case, the end of it and of its optional colon, and whether
  /// GitLab reads it: only its first letter may be a capital.
  private func gitLabKeyword(at index: Int) -> (keyword: String, end: Int, isExact: Bool)? {
    let group: Int
    switch bytes[index].asciiLowercased {
    case UInt8(ascii: "c"): group = 0
    case UInt8(ascii: "f"): group = 1
    case UInt8(ascii: "r"): group = 2
    case UInt8(ascii: "i"): group = 3
    default: return nil
    }
    for keyword in Self.gitLabKeywordGroups[group] where matchesLowercased(keyword, at: index) {
      let end = index + keyword.count
      guard end >= bytes.count || !isWordByte(bytes[end]) else { continue }
      let written = String(decoding: bytes[index..<end], as: UTF8.self)
      let isExact = bytes[(index + 1)..<end].elementsEqual(keyword.dropFirst())
      return (written, end < bytes.count && bytes[end] == UInt8(ascii: ":") ? end + 1 : end, isExact)
    }
    return nil
  }

  private func skipGitLabSpaces(from index: Int) -> Int {
    var cursor = index
    while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
    return cursor
  }

  /// After `issue` or `issues` and spaces (`(?:issues? +)?`), else `index`.
  private func skipIssueWord(from index: Int) -> Int {
    guard matches("issue", at: index) else { return index }
    var end = index + 5
    if end < bytes.count, bytes[end] == UInt8(ascii: "s") { end += 1 }
    let afterSpaces = skipGitLabSpaces(from: end)
    return afterSpaces > end ? afterSpaces : index
  }

  /// Whether the text between two items of a list is what GitLab's pattern allows there:
  /// `(?: *,? +and +| *,? *)` and then `(?:issues? +)?`.
  private func isListGap(from start: Int, to end: Int) -> Bool {
    guard end >= start, end - start <= 64 else { return false }
    var cursor = skipGitLabSpaces(from: start)
    if cursor < end, bytes[cursor] == UInt8(ascii: ",") { cursor = skipGitLabSpaces(from: cursor + 1) }
    // " and " needs a space before it (after the comma, when there is one) and after it.
    if cursor > start, bytes[cursor - 1] == UInt8(ascii: " "), matches("and", at: cursor) {
      let afterAnd = skipGitLabSpaces(from: cursor + 3)
      if afterAnd > cursor + 3 { cursor = afterAnd }
    }
    return skipIssueWord(from: cursor) == end
  }

  /// Whether the bytes at `index` spell `word` exactly, as GitLab's case-sensitive pattern reads them.
  private func matches(_ word: String, at index: Int) -> Bool {
    matches(word.utf8, at: index)
  }
  private func matches(_ word: some Sequence<UInt8>, at index: Int) -> Bool {
    var cursor = index
    for expected in word {
      guard cursor < bytes.count, bytes[cursor] == expected else { return false }
      cursor += 1
    }
    return true
  }

  // MARK: - References

  /// `#N`, `GL-N`, `[GROUP/…/]PROJECT#N` or an issue or work-item URL of the instance.
  func gitLabReference(at index: Int) -> (String, Int)? {
    switch bytes[index] {
    case UInt8(ascii: "#"):
      return number(at: index + 1).map { ("#" + $0.digits, $0.end) }
    case UInt8(ascii: "G"):
      if matches("GL-", at: index), let found = number(at: index + 3) { return ("#" + found.digits, found.end) }
    case UInt8(ascii: "h"):
      if let found = gitLabIssueURL(at: index) { return found }
    default:
      break
    }
    return gitLabProjectReference(at: index)
  }

  /// `PROJECT#N` or `GROUP/SUBGROUP/…/PROJECT#N` (`Project.reference_pattern`), not preceded by a letter,
  /// digit, `_` or `.`. Tried once per run of path bytes, from its start: GitLab's match is the leftmost
  /// valid path in the run (in "x./p#3", `p#3`).
  private func gitLabProjectReference(at index: Int) -> (String, Int)? {
    guard hasHash, index == 0 || !isGitLabPathByte(bytes[index - 1]) else { return nil }
    var end = index
    while end < bytes.count, end - index < 512, isGitLabPathByte(bytes[end]) { end += 1 }
    guard end > index, end < bytes.count, bytes[end] == UInt8(ascii: "#"), let found = number(at: end + 1),
      let start = projectPathStart(index, end)
    else { return nil }
    return (String(decoding: bytes[start..<end], as: UTF8.self) + "#" + found.digits, found.end)
  }

  /// Where the leftmost valid `GROUP/…/PROJECT` ending at `end` starts within `start..<end`: at `start`
  /// or after a `-` or `/` (the pattern's look-behind rules out a letter, digit, `_` or `.`). Linear:
  /// whether the parts after each `/` are all valid is worked out once, from the right.
  private func projectPathStart(_ start: Int, _ end: Int) -> Int? {
    var slashes: [Int] = []
    for cursor in start..<end where bytes[cursor] == UInt8(ascii: "/") { slashes.append(cursor) }
    var validAfter = [Bool](repeating: false, count: slashes.count)
    var valid = true
    var partEnd = end
    for (position, slash) in slashes.enumerated().reversed() {
      valid = valid && isPathPartShape(slash + 1, partEnd, isProject: partEnd == end)
      validAfter[position] = valid
      partEnd = slash
    }
    var nextSlash = 0
    for candidate in start..<end {
      while nextSlash < slashes.count, slashes[nextSlash] < candidate { nextSlash += 1 }
      guard candidate == start || bytes[candidate - 1] == UInt8(ascii: "-") || bytes[candidate - 1] == UInt8(ascii: "/")
      else { continue }
      let partEnd = nextSlash < slashes.count ? slashes[nextSlash] : end
      if isPathPartShape(candidate, partEnd, isProject: partEnd == end),
        nextSlash == slashes.count || validAfter[nextSlash]
      {
        return candidate
      }
    }
    return nil
  }

  /// `INSTANCE/PATH[/-]/issues[/incident]/N` or `INSTANCE/[groups/]PATH[/-]/work_items/N`, and whatever
  /// the link holds after the number: `PATH#N`. Only on the instance, and written as GitLab writes its
  /// address (the pattern is case-sensitive).
  func gitLabIssueURL(at index: Int) -> (String, Int)? {
    let slash = index + instance.count
    guard matches(instance, at: index), slash < bytes.count, bytes[slash] == UInt8(ascii: "/") else { return nil }
    var end = slash + 1
    while end < bytes.count, end - slash < 512, isURLPathByte(bytes[end]) { end += 1 }
    let pathStart = slash + 1
    // The path is valid up to its last part while every part before is a valid namespace: kept as
    // the parts go by, so each '/' is looked at once.
    var namespacesValid = true
    var partStart = pathStart
    for cursor in pathStart..<end where bytes[cursor] == UInt8(ascii: "/") {
      if partStart < cursor, namespacesValid, isPathPart(partStart, cursor, isProject: true),
        let (routeEnd, isWorkItem) = issueRoute(at: cursor), let found = number(at: routeEnd)
      {
        var start = pathStart
        if isWorkItem, matches("groups/", at: start), start + 7 < cursor { start += 7 }
        let path = String(decoding: bytes[start..<cursor], as: UTF8.self)
        return ("\(path)#\(found.digits)", max(found.end, gitLabLink(at: index)?.end ?? found.end))
      }
      namespacesValid = namespacesValid && isPathPart(partStart, cursor, isProject: false)
      partStart = cursor + 1
    }
    return nil
  }

  private static let issueRoutes: [(route: [UInt8], isWorkItem: Bool)] = [
    ("/-/issues/incident/", false), ("/-/issues/", false), ("/-/work_items/", true),
    ("/issues/incident/", false), ("/issues/", false), ("/work_items/", true),
  ].map { (Array($0.0.utf8), $0.1) }

  /// The end of an issue or work-item route starting at the `/` at `index`.
  private func issueRoute(at index: Int) -> (end: Int, isWorkItem: Bool)? {
    for (route, isWorkItem) in Self.issueRoutes where matches(route, at: index) {
      return (index + route.count, isWorkItem)
    }
    return nil
  }

  /// A part of a path (`Gitlab::PathRegex`): letters, digits, `_`, `-`, `.`, not starting with `-` nor
  /// ending in `.git` or `.atom`; a namespace's part does not end in `.`.
  private func isPathPart(_ start: Int, _ end: Int, isProject: Bool) -> Bool {
    start < end && bytes[start..<end].allSatisfy { $0 != UInt8(ascii: "/") && isGitLabPathByte($0) }
      && isPathPartShape(start, end, isProject: isProject)
  }

  /// `isPathPart` for bytes already known to be path bytes other than `/`: only its ends are looked at.
  private func isPathPartShape(_ start: Int, _ end: Int, isProject: Bool) -> Bool {
    guard start < end, end - start <= 255, bytes[start] != UInt8(ascii: "-") else { return false }
    if !isProject, bytes[end - 1] == UInt8(ascii: ".") { return false }
    return !bytes[start..<end].ends(with: ".git") && !bytes[start..<end].ends(with: ".atom")
  }

  private func isGitLabPathByte(_ byte: UInt8) -> Bool {
    byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "/")
  }

  // MARK: - Links

  /// A link as GitLab's pattern takes one: `(http|https)://` and up to 300 bytes that are not
  /// whitespace or `>`, less any trailing `?`, `!`, `.`, `,` or `:`. `runEnd` is where the bytes end.
  private func gitLabLink(at index: Int) -> (start: Int, end: Int, runEnd: Int)? {
    var start = index
    for scheme in ["https://", "http://"] where matches(scheme, at: index) {
      start = index + scheme.utf8.count
      break
    }
    guard start > index else { return nil }
    var runEnd = start
    while runEnd < bytes.count, !bytes[runEnd].isASCIIWhitespace, bytes[runEnd] != UInt8(ascii: ">") { runEnd += 1 }
    var end = min(runEnd, start + 300)
    while end > start + 1,
      [UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":")]
        .contains(bytes[end - 1])
    {
      end -= 1
    }
    guard end > start else { return nil }
    return (index, end, runEnd)
  }

  /// The link as written when it has the form of a GitLab issue or work item (`/-/issues/N`,
  /// `/-/work_items/N`) on a host that could be a GitLab but is not the instance: an issue GitLab will
  /// not close.
  private func otherInstanceIssue(_ link: (start: Int, end: Int, runEnd: Int)) -> String? {
    guard !(matches(instance, at: link.start) && matches("/", at: link.start + instance.count)) else { return nil }
    let text = bytes[link.start..<link.end]
    for route in Self.otherInstanceRoutes {
      if let found = text.firstRange(of: route), found.upperBound < link.end, bytes[found.upperBound].isASCIIDigit {
        let url = String(decoding: text, as: UTF8.self)
        return GitLabInstance(origin: url) == nil ? nil : url
      }
    }
    return nil
  }

  private static let otherInstanceRoutes = [Array("/-/issues/".utf8), Array("/-/work_items/".utf8)]
}

extension ArraySlice<UInt8> {
  fileprivate func ends(with suffix: String) -> Bool {
    count >= suffix.utf8.count && suffix.utf8.elementsEqual(self.suffix(suffix.utf8.count))
  }
}
