import PRLintMarkdown

/// An issue the body names: a closing reference, which merging the PR closes, or a mention.
public struct IssueReference: Sendable, Hashable {
  /// Normalised: `#N` or `OWNER/REPO#N` (GitLab: `PROJECT#N` or `GROUP/…/PROJECT#N`), or the text a custom
  /// pattern matched.
  public var issue: String
  /// True when a closing keyword directly precedes it, so merging the PR closes the issue.
  public var closing: Bool
  /// The keyword as written (`Fixes`), nil for a mention.
  public var keyword: String?
  public var position: SourcePosition?
}

/// A closing keyword the forge will not act on, and why.
public struct NearMiss: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    /// "Fixes #1, #2": #2 has no keyword of its own.
    case listedAfterKeyword
    /// "Closes issue #5": a word between keyword and reference.
    case wordBetween
    /// "`Fixes #1`" or "<!-- Fixes #1 -->".
    case inCode, inComment
    /// "[Fixes #1](https://example.com)" or "![Fixes #1](shot.png)": shown as a link or not at all.
    case inLinkOrImageText
    /// GitLab: "CLOSES #1", a keyword with capitals past its first letter.
    case keywordCase
    /// GitLab: "Closes https://gitlab.example.com/group/project/-/issues/1" where the instance is another;
    /// `issue` is the URL as written.
    case otherInstance
  }
  public var kind: Kind
  public var issue: String
  public var keyword: String
  public var position: SourcePosition?
}
