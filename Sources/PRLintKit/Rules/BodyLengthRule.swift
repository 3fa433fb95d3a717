import PRLintMarkdown

/// The description is long enough to say something and short enough for GitHub to accept.
public struct BodyLengthRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "body-length",
    summary: "the body has at least min-words words and at most max-characters characters",
    rationale: """
      A one-line description makes the reviewer reverse-engineer the change from the diff. Words are \
      counted outside headings, HTML comments and code, so an untouched template scores zero. Chinese, \
      Japanese, Thai, Lao, Khmer and Burmese, written without spaces, count a word per character, as word \
      processors count them. GitHub \
      itself refuses bodies over 65,536 characters. GitLab CI hands jobs only the first 2,700 characters \
      of a description; when it says it cut one, that is reported as a warning, since later sections may \
      be missing only from the cut copy: pass the full text with `--body-file`.
      """,
    defaultSeverity: .error,
    options: [
      OptionSpec("min-words", .int, default: .int(20), "fewest words of prose (0 turns the check off)"),
      OptionSpec("max-characters", .int, default: .int(65536), "most characters (GitHub's own cap)"),
    ],
    passing: [
      Example(
        """
        ## What
        Adds INT8 quantization to the model exporter so edge devices can load models half the size,
        with a calibration step that keeps accuracy within one point of the FP32 baseline.
        """),
      Example(
        """
        ## What
        エクスポートにINT8量子化を追加しました。モデルのサイズが四分の一になります。
        """),
    ],
    failing: [
      Example("Fix bug."),
      Example(
        """
        ## What
        <!-- Describe your change in detail. -->

        ## Testing
        <!-- How did you test it? -->
        """),
      Example("Adds INT8 quantization to the exporter.", options: ["min-words": .int(10)]),
      Example(
        "Adds INT8 quantization to the model exporter so edge devices can load models half the size, with "
          + "calibration that keeps accuracy within a point of FP32, and",
        pullRequest: PullRequestInfo(bodyTruncated: true)),
    ])

  private let minWords: Int
  private let maxCharacters: Int

  public init(options: RuleOptions, environment: RuleEnvironment) {
    minWords = options.int("min-words")
    maxCharacters = options.int("max-characters")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let words = context.document.wordCount
    if words < minWords {
      findings.append(
        Finding(
          "description has \(words) word\(words == 1 ? "" : "s") of prose: write at least \(minWords) "
            + "explaining what changed and why"))
    }
    // A character is at least one byte: a body within the limit in bytes needs no counting.
    let body = context.input.body
    let characters = maxCharacters > 0 && body.utf8.count > maxCharacters ? body.count : 0
    if characters > maxCharacters {
      findings.append(
        Finding(
          "description is \(characters) characters, over the limit of \(maxCharacters): move logs and long "
            + "output into a linked file or collapsed details"))
    }
    if context.input.pullRequest.bodyTruncated {
      findings.append(
        Finding(
          "the description was cut short by the CI (GitLab passes jobs at most 2,700 characters), so parts may "
            + "be missing: pass the full text with --body-file", severityCap: .warning))
    }
    return findings
  }
}
