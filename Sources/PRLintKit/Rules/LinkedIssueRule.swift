import PRLintMarkdown

/// The PR names the issue it resolves, in a form GitHub acts on.
public struct LinkedIssueRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "linked-issue",
    summary: "the body links the issue it resolves with a closing keyword (\"Closes #123\")",
    rationale: """
      A closing reference ties the change to the problem it solves, and GitHub closes the issue when the \
      PR merges. GitHub's grammar is strict: one of close(s/d), fix(es/ed), resolve(s/d), then the \
      reference; "Fixes #1, #2" closes only #1, "Closes issue #5" closes nothing, and references in code \
      or comments are ignored. Those near misses are reported as warnings saying what GitHub will do. \
      So are keywords in a link's or an image's text, which the forge shows as a link or not at all. \
      A reference inside a `<script>` or `<style>` element, which the forge drops, counts for nothing. \
      With `platform: gitlab` (detected in GitLab CI), GitLab's default closing pattern applies instead: \
      it also accepts closing, fixing, resolving, implement(s/ed/ing), "Closes issue #5", comma lists, \
      GL-N and project references (project#N, group/subgroup/project#N), but reads a capital only as a \
      keyword's first letter ("CLOSES #1" closes nothing) and a full URL only on its own instance \
      (`gitlab-url`, else the one the MR came from, else gitlab.com). Either forge closes issues only when \
      the PR merges into the default branch, so a PR known to target another branch is reported even when \
      it has a closing reference.
      """,
    defaultSeverity: .error,
    options: [
      OptionSpec(
        "require-closing-keyword", .bool, default: .bool(true),
        "when false, a plain mention (#123, GH-123, owner/repo#123 or an issue URL) is enough"),
      OptionSpec(
        "mention-keywords", .strings, default: .strings([]),
        "words that link an issue on purpose without closing it (`part of`, `related`, `refs`): \"Part of #12\" "
          + "satisfies the rule, and still closes nothing"),
      OptionSpec(
        "patterns", .patterns, default: .strings([]),
        "regular expressions for other trackers' keys (e.g. `[A-Z][A-Z0-9]+-[0-9]+` for Jira); a match in the "
          + "body, the title or the head branch is enough"),
    ],
    passing: [
      Example("Adds INT8 export. Closes #123."),
      Example("Fixes: octo/repo#7 and resolves https://github.com/octo/repo/issues/8"),
      Example("Follow-up to #12.", options: ["require-closing-keyword": .bool(false)]),
      Example("Part of #12: the exporter half.", options: ["mention-keywords": .strings(["part of", "related"])]),
      Example("Implements PLAT-1234.", options: ["patterns": .strings(["[A-Z][A-Z0-9]+-[0-9]+"])]),
      Example(
        "Adds retries to the uploader.", title: "PLAT-12 Add retries",
        options: ["patterns": .strings(["[A-Z][A-Z0-9]+-[0-9]+"])]),
      Example(
        "Adds retries to the uploader.", pullRequest: PullRequestInfo(headBranch: "feature/PLAT-12-retries"),
        options: ["patterns": .strings(["[A-Z][A-Z0-9]+-[0-9]+"])]),
      // Linked in GitHub's Development sidebar (`closingIssuesReferences`) or with --linked-issues.
      Example("Adds retries to the uploader.", pullRequest: PullRequestInfo(linkedIssues: ["#12"])),
      Example("Implements #12, #13 and closes issue #14.", platform: .gitlab),
      Example("Closes #12.", pullRequest: PullRequestInfo(baseBranch: "main", defaultBranch: "main")),
    ],
    failing: [
      Example("Adds INT8 export to the quantizer."),
      Example("Follow-up to #12."),
      Example(
        """
        ↓Fixes #1, #2
        """),
      Example(
        """
        Adds INT8 export.
        ↓Closes issue #5
        """),
      Example(
        """
        Adds INT8 export.
        ↓<!-- Fixes #5 -->
        """),
      Example("Fixes #(issue)"),
      Example(
        """
        Adds INT8 export.
        ↓[Fixes #5](https://example.com/notes)
        """),
      Example("Implements #12.", platform: .github),
      Example("↓CLOSES #12.", platform: .gitlab),
      Example(
        "↓Closes #12.", pullRequest: PullRequestInfo(baseBranch: "release-1.2", defaultBranch: "main")),
    ],
    templatePrompt: TemplatePrompt(
      .beforeSections,
      "<!-- The issue this PR resolves on merge: complete the line below with its number. -->\nCloses #\n"))

  private let requireClosingKeyword: Bool
  private let patterns: [UserPattern]
  private let mentionKeywords: MentionKeywords

  public init(options: RuleOptions, environment: RuleEnvironment) {
    requireClosingKeyword = options.bool("require-closing-keyword")
    mentionKeywords = MentionKeywords(options.strings("mention-keywords"))
    // Validated when the configuration loaded; an invalid one cannot reach here.
    patterns = options.strings("patterns").compactMap { try? UserPattern($0) }
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let closing = context.references.closing
    let linked = context.input.pullRequest.linkedIssues
    var findings = nearMisses(
      context.references.nearMisses, hasClosing: !closing.isEmpty || !linked.isEmpty, context)
    if let first = closing.first, let ignored = closingIgnored(context) {
      findings.insert(Finding("\(first.keyword ?? "closes") \(first.issue) \(ignored)", at: first.position), at: 0)
    } else if closing.isEmpty, let first = linked.first, let ignored = closingIgnored(context) {
      findings.insert(Finding("linked issue \(first) \(ignored)"), at: 0)
    }
    guard closing.isEmpty, linked.isEmpty else { return findings }
    switch trackerPatternMatch(context) {
    case .found: return findings
    case .gaveUp(let finding): return [finding] + findings
    case .none: break
    }
    let mentions = context.references.all.filter { !$0.closing }
    if !requireClosingKeyword, !mentions.isEmpty { return findings }
    if mentionKeywords.introduced(mentions, in: context.document) != nil { return findings }
    if let mention = mentions.first {
      findings.insert(
        Finding(
          "\(mention.issue) is mentioned but nothing closes on merge: write \"Closes \(mention.issue)\" "
            + "if this PR resolves it"), at: 0)
    } else {
      findings.insert(
        Finding("no linked issue: add \"Closes #123\" (or Fixes, Resolves) naming the issue this PR resolves"),
        at: 0)
    }
    return findings
  }

  /// Why a closing reference will close nothing: the PR merges into a branch other than the default.
  private func closingIgnored(_ context: RuleContext) -> String? {
    let pullRequest = context.input.pullRequest
    guard let base = pullRequest.baseBranch, let defaultBranch = pullRequest.defaultBranch, base != defaultBranch
    else { return nil }
    return "will not close on merge: this PR targets \"\(base)\", and \(context.platform.name) acts on closing "
      + "keywords only for PRs into the default branch \"\(defaultBranch)\"; close the issue by hand after merging"
  }

  private func nearMisses(_ nearMisses: [NearMiss], hasClosing: Bool, _ context: RuleContext) -> [Finding] {
    let platform = context.platform
    return nearMisses.compactMap { miss in
      let message: String
      switch miss.kind {
      case .listedAfterKeyword:
        message =
          "\(miss.issue) follows \"\(miss.keyword)\" without a keyword of its own, so \(platform.name) will not close it: "
          + "write \"\(miss.keyword) \(miss.issue)\""
      case .wordBetween:
        message =
          "a word stands between \"\(miss.keyword)\" and \(miss.issue), so \(platform.name) closes nothing: "
          + "write \"\(miss.keyword) \(miss.issue)\""
      case .keywordCase:
        let keyword = miss.keyword.prefix(1) + miss.keyword.dropFirst().lowercased()
        message =
          "\"\(miss.keyword)\" is not a closing keyword to \(platform.name), which allows a capital only as its first "
          + "letter: write \"\(keyword) \(miss.issue)\""
      case .otherInstance:
        let host = GitLabInstance(origin: miss.issue)?.url ?? "its host"
        message =
          "\"\(miss.keyword)\" names an issue on \(host), and GitLab closes only issues of its own instance "
          + "(\(context.gitLabInstance.url)): if \(host) is your GitLab, set `gitlab-url: \(host)` in the configuration"
      case .inCode, .inComment, .inLinkOrImageText:
        // Only worth saying when nothing else closes: templates often show examples in comments.
        guard !hasClosing else { return nil }
        let place =
          switch miss.kind {
          case .inCode: "code"
          case .inComment: "an HTML comment"
          default: "a link's or an image's text"
          }
        message =
          "\"\(miss.keyword) \(miss.issue)\" is inside \(place), which \(platform.name) ignores: write it as plain text"
      }
      return Finding(message, at: miss.position, severityCap: .warning)
    }
  }

  private enum TrackerMatch {
    case found
    case gaveUp(Finding)
    case none
  }

  /// Whether the title, the head branch (Jira and Linear keys live there too) or a line of prose matches
  /// one of `patterns`; a pattern that gave up is said, where it stopped, in place of "no linked issue",
  /// which it could not tell.
  private func trackerPatternMatch(_ context: RuleContext) -> TrackerMatch {
    guard !patterns.isEmpty else { return .none }
    let budget = MatchBudget(forTextOf: context.input.body.utf8.count)
    let elsewhere = [context.input.title, context.input.pullRequest.headBranch].compactMap { $0 }
    let lines =
      elsewhere.map { ($0, SourcePosition?.none) } + context.document.proseLines.map { ($0.text, $0.position) }
    for (text, position) in lines {
      for pattern in patterns {
        do {
          if try pattern.firstMatch(in: text, within: budget) != nil { return .found }
        } catch {
          return .gaveUp(Finding(error.message(for: "rule \"\(Self.description.id)\""), at: position))
        }
      }
    }
    return .none
  }
}
