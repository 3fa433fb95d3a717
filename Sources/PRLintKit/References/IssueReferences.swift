import PRLintMarkdown

/// What a forge makes of the issues a body names: its closing references and mentions, and the closing
/// keywords it will not act on. Computed once per lint from the document, by the grammar of the
/// platform in force (for GitLab, of the instance in force: only its issue URLs are references).
public struct IssueReferences: Sendable {
  /// Closing references and mentions in body order: in paragraph, heading and HTML-block text and in
  /// link destinations, never in code or HTML comments.
  public private(set) var all: [IssueReference] = []
  /// Closing keywords the forge ignores, in body order.
  public private(set) var nearMisses: [NearMiss] = []

  /// Code and comments longer than this are a log or a patch, not a sentence: not searched for keywords.
  static let hiddenTextLimit = 4096

  public init(in document: MarkdownDocument, platform: Platform, gitLab: GitLabInstance = .gitLabCom) {
    let grammar = Grammar(platform: platform, gitLab: gitLab)
    var inText: [IssueReference] = []
    var missedInText: [NearMiss] = []
    // By index: a loop variable would copy each text's arrays and strings.
    for index in document.inlineTexts.indices {
      Self.scan(document.inlineTexts[index], grammar, references: &inText, nearMisses: &missedInText)
    }
    all = Self.merged(inText, Self.destinations(of: document.links, grammar))
    var missed: [NearMiss] = []
    for span in document.codeSpans { Self.hidden(span.code, at: span.position, .inCode, grammar, into: &missed) }
    for comment in document.comments {
      Self.hidden(comment.text, at: comment.position, .inComment, grammar, into: &missed)
    }
    for block in document.codeBlocks { Self.hidden(block.code, at: block.position, .inCode, grammar, into: &missed) }
    nearMisses = Self.inBodyOrder(missed.isEmpty ? missedInText : missed + missedInText)
  }

  /// The closing references, in body order.
  public var closing: [IssueReference] { all.filter(\.closing) }

  /// Each issue once as a closing reference and once as a mention, at its first place; an issue that
  /// is closed is not also listed as a mention.
  public var distinct: [IssueReference] {
    guard all.count > 1 else { return all }
    let closed = Set(all.lazy.filter(\.closing).map(\.issue))
    var seen = Set<String>()
    return all.filter { reference in
      guard reference.closing || !closed.contains(reference.issue) else { return false }
      return seen.insert((reference.closing ? "c " : "m ") + reference.issue).inserted
    }
  }

  // MARK: - Scanning

  /// The forge's grammar, and for GitLab the instance whose issue URLs are references.
  private struct Grammar {
    var platform: Platform
    var gitLab: GitLabInstance

    func scanner(_ text: String) -> ReferenceScanner {
      ReferenceScanner(bytes: Array(text.utf8), platform: platform, instance: gitLab)
    }
  }

  private static func scan(
    _ inline: InlineText, _ grammar: Grammar, references: inout [IssueReference], nearMisses: inout [NearMiss]
  ) {
    // Most texts can hold no GitHub reference: told from the text's own bytes, before copying them out.
    if grammar.platform == .github {
      var text = inline.text
      guard text.withUTF8(ReferenceScanner.mayHoldGitHubReference) else { return }
    }
    let result = grammar.scanner(inline.text).scan()
    // A keyword in a link's or an image's text is not read by the forge: the issue is only mentioned.
    let hasHiddenText = !inline.linkAndImageTexts.isEmpty
    let isHidden = { (offset: Int?) in hasHiddenText && offset.map(inline.isInLinkOrImageText) == true }
    for found in result.references {
      if let keyword = found.keyword, isHidden(found.keywordStart) {
        let position = inline.position(ofByte: found.keywordStart ?? found.start)
        references.append(IssueReference(issue: found.issue, closing: false, keyword: nil, position: position))
        nearMisses.append(NearMiss(kind: .inLinkOrImageText, issue: found.issue, keyword: keyword, position: position))
        continue
      }
      references.append(
        IssueReference(
          issue: found.issue, closing: found.keyword != nil, keyword: found.keyword,
          position: inline.position(ofByte: found.keywordStart ?? found.start)))
    }
    for (index, keyword) in result.listedAfterKeyword where !isHidden(result.references[index].start) {
      let found = result.references[index]
      nearMisses.append(
        NearMiss(
          kind: .listedAfterKeyword, issue: found.issue, keyword: keyword,
          position: inline.position(ofByte: found.start)))
    }
    let missed: [(NearMiss.Kind, [ReferenceScanner.Found])] = [
      (.wordBetween, result.wordBetween), (.keywordCase, result.keywordCase), (.otherInstance, result.otherInstance),
    ]
    for (kind, found) in missed {
      for found in found where !isHidden(found.keywordStart ?? found.start) {
        nearMisses.append(
          NearMiss(
            kind: kind, issue: found.issue, keyword: found.keyword ?? "",
            position: inline.position(ofByte: found.keywordStart ?? found.start)))
      }
    }
    for found in result.keywordBeforeSeparator where !isHidden(found.keywordStart ?? found.start) {
      guard let code = inline.codeSpan(atByte: found.start),
        let (issue, _) = grammar.scanner(code).reference(at: 0)
      else { continue }
      nearMisses.append(
        NearMiss(
          kind: .inCode, issue: issue, keyword: found.keyword ?? "",
          position: inline.position(ofByte: found.keywordStart ?? found.start)))
    }
  }

  /// A link whose destination is an issue mentions it. An autolink's text is its address, already
  /// scanned with the paragraph.
  private static func destinations(of links: [Link], _ grammar: Grammar) -> [IssueReference] {
    links.compactMap { link in
      guard link.destination != link.text, let (issue, _) = grammar.scanner(link.destination).destinationReference()
      else { return nil }
      return IssueReference(issue: issue, closing: false, keyword: nil, position: link.position)
    }
  }

  /// Closing keywords in code or a comment, which the forge ignores, at the position of the code or comment.
  private static func hidden(
    _ text: String, at position: SourcePosition?, _ kind: NearMiss.Kind, _ grammar: Grammar,
    into found: inout [NearMiss]
  ) {
    guard text.utf8.count <= hiddenTextLimit else { return }
    for reference in grammar.scanner(text).scan().references {
      guard let keyword = reference.keyword else { continue }
      found.append(NearMiss(kind: kind, issue: reference.issue, keyword: keyword, position: position))
    }
  }

  // MARK: - Order

  /// Two lists, each in body order, as one; at the same place a link's destination comes before its text.
  /// A reference without a position keeps the place of the one before it in its list.
  private static func merged(_ inText: [IssueReference], _ destinations: [IssueReference]) -> [IssueReference] {
    guard !destinations.isEmpty else { return inText }
    guard !inText.isEmpty else { return destinations }
    var result: [IssueReference] = []
    result.reserveCapacity(inText.count + destinations.count)
    var (text, destination) = (0, 0)
    var (textPlace, destinationPlace) = (SourcePosition.start, SourcePosition.start)
    while text < inText.count || destination < destinations.count {
      if text < inText.count { textPlace = inText[text].position ?? textPlace }
      if destination < destinations.count { destinationPlace = destinations[destination].position ?? destinationPlace }
      if destination < destinations.count, text == inText.count || destinationPlace <= textPlace {
        result.append(destinations[destination])
        destination += 1
      } else {
        result.append(inText[text])
        text += 1
      }
    }
    return result
  }

  /// Near misses by position, stably; one without a position first.
  private static func inBodyOrder(_ nearMisses: [NearMiss]) -> [NearMiss] {
    guard nearMisses.count > 1 else { return nearMisses }
    return nearMisses.enumerated().sorted { lhs, rhs in
      let left = lhs.element.position ?? .start
      let right = rhs.element.position ?? .start
      return left == right ? lhs.offset < rhs.offset : left < right
    }.map(\.element)
  }
}

extension SourcePosition {
  /// Before every place in the body.
  fileprivate static let start = SourcePosition(line: 0, column: 0)
}
