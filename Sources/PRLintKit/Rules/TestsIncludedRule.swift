import PRLintMarkdown

/// Source changes come with test changes, or the Testing section says why none are needed.
public struct TestsIncludedRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "tests-included",
    summary: "a diff that changes source files also changes tests, or the Testing section says why not",
    rationale: """
      Code that changes without its tests is the change most likely to break later, and a reviewer reading \
      only the description cannot see it. When source files changed and no test file did, the Testing \
      section must explain why: it is accepted when it contains one of the phrases "no tests needed" (or \
      "no test(s)/no new tests needed/required/necessary"), "not needed", "not required", "not applicable", \
      "N/A", "docs only", "documentation only", "covered by existing tests", "existing tests", \
      "no functional change" or "no behavior/behaviour change" (words compared case-insensitively, \
      punctuation around them ignored; one pass over the section's words). A test file is one matching \
      `test-globs`; a source file matches `source-globs` and neither `exclude-globs` nor a test glob. \
      Docs, configuration, lockfiles, build manifests and CI files are not source. Checked only when the diff's file list is known.
      """,
    defaultSeverity: .warning,
    options: [
      OptionSpec("test-globs", .strings, default: .strings(defaultTestGlobs), "paths that are tests"),
      OptionSpec("source-globs", .strings, default: .strings(defaultSourceGlobs), "paths that are source code"),
      OptionSpec(
        "exclude-globs", .strings, default: .strings(defaultExcludeGlobs),
        "paths never counted as source: build manifests and tool configuration written in code"),
      OptionSpec("section", .string, default: .string("Testing"), "the configured section that may explain"),
    ],
    passing: [
      Example("Adds a flag.", files: ["Sources/CLI/Flags.swift", "Tests/CLITests/FlagsTests.swift"]),
      Example("Docs, CI and the manifest.", files: ["README.md", ".github/workflows/ci.yml", "Package.swift"]),
      Example(
        """
        ## Testing
        Refactor only: covered by existing tests.
        """, files: ["src/parser.py"]),
      Example(
        """
        ## Testing
        N/A, comment fix.
        """, files: ["pkg/server/handler.go"]),
      Example("File list unknown: nothing to check."),
      Example("Go tests sit beside the code.", files: ["pkg/server/handler.go", "pkg/server/handler_test.go"]),
    ],
    failing: [
      Example("Adds a flag.", files: ["Sources/CLI/Flags.swift"]),
      Example(
        """
        ↓## Testing
        Ran it locally.
        """, files: ["src/components/Button.tsx", "src/components/Button.css"]),
      Example(
        """
        ↓## Testing
        No.
        """, files: ["lib/app/models/user.rb"]),
    ])

  static let defaultTestGlobs = [
    "**/Tests/**", "*Tests.swift", "*Test.swift",
    "test_*.py", "*_test.py", "**/tests/**", "**/test/**", "conftest.py",
    "*.test.{js,jsx,ts,tsx,mjs,cjs}", "*.spec.{js,jsx,ts,tsx,mjs,cjs}", "**/__tests__/**",
    "*_test.go",
    "**/src/test/**", "*Test.java", "*Tests.java", "*Test.kt",
    "**/spec/**", "*_spec.rb",
  ]

  static let defaultSourceGlobs = [
    "*.{swift,m,mm,c,cc,cpp,cxx,h,hpp}",
    "*.{py,pyx}",
    "*.{js,jsx,ts,tsx,mjs,cjs,vue,svelte}",
    "*.go", "*.rs",
    "*.{java,kt,kts,scala,groovy}",
    "*.{rb,php,cs,fs,ex,exs,erl,hs,clj,dart,lua}",
  ]

  static let defaultExcludeGlobs = [
    "Package.swift", "setup.py", "noxfile.py", "*.config.{js,cjs,mjs,ts}", "*.gradle.kts", ".eslintrc.{js,cjs}",
  ]

  /// Phrases (as normalised word sequences) that explain why a change needs no new tests.
  static let explanations: [[String]] = {
    var phrases: [[String]] = [
      ["not", "needed"], ["not", "required"], ["not", "necessary"], ["not", "applicable"], ["n/a"],
      ["docs", "only"], ["doc", "only"], ["documentation", "only"], ["docs-only"], ["documentation-only"],
      ["covered", "by", "existing"], ["existing", "tests"], ["existing", "test"],
      ["no", "functional", "change"], ["no", "functional", "changes"],
      ["no", "behavior", "change"], ["no", "behaviour", "change"],
    ]
    for subject in [["test"], ["tests"], ["new", "tests"]] {
      for reason in ["needed", "required", "necessary"] { phrases.append(["no"] + subject + [reason]) }
    }
    return phrases
  }()

  private let tests: PathPatterns
  private let sources: PathPatterns
  private let excluded: PathPatterns
  private let sectionName: String

  public init(options: RuleOptions, environment: RuleEnvironment) {
    tests = PathPatterns(options.strings("test-globs"))
    sources = PathPatterns(options.strings("source-globs"))
    excluded = PathPatterns(options.strings("exclude-globs"))
    sectionName = options.string("section")
  }

  public func check(_ context: RuleContext) -> [Finding] {
    guard let files = context.input.files else { return [] }
    guard !files.contains(where: { tests.matches($0.path) }) else { return [] }
    let changedSources = files.map(\.path).filter { sources.matches($0) && !excluded.matches($0) }
    guard !changedSources.isEmpty else { return [] }
    let section = context.section(named: sectionName)
    if let section, Self.explainsNoTests(section.content.words) { return [] }
    let count = changedSources.count
    return [
      Finding(
        "\(count) source file\(count == 1 ? "" : "s") changed (\(PathList.summary(changedSources))) but no test "
          + "did: add tests, or say in the \(section?.name ?? sectionName) section why none are needed",
        at: section?.position, section: section?.name)
    ]
  }

  /// Whether the words contain one of `explanations`: O(words × phrases), phrases are few and short.
  static func explainsNoTests(_ words: some Collection<String>) -> Bool {
    let normalized = words.map(Words.normalized)
    for start in normalized.indices {
      for phrase in explanations where normalized[start...].starts(with: phrase) { return true }
    }
    return false
  }
}
