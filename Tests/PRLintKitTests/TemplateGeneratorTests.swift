import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// `prlint template`: the generated template fails unfilled and passes once filled in with real text.
struct TemplateGeneratorTests {
  static let answers: [String: String] = [
    "What": "Adds a `--half` flag that runs inference in fp16, which halves GPU memory on large models.",
    "Why": "Users with 16 GB cards cannot load the 13B model today; fp16 lets them run it without sharding.",
    "How": "The loader casts weights once at startup and the kernels pick the fp16 path when the flag is set.",
    "Testing": "Ran the unit suite and compared outputs of 200 prompts against fp32 within a 1e-3 tolerance.",
    "Breaking change": "None: the default stays fp32, so existing scripts behave exactly as before.",
  ]

  /// Each section's hint comment replaced by an answer, the issue number written, the boxes ticked.
  static func filled(_ template: String) -> String {
    var section = ""
    return template.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
      if line == "Closes #" { return "Closes #42" }
      if line.hasPrefix("- [ ] ") { return "- [x] " + line.dropFirst(6) }
      if line.hasPrefix("<!-- "), let answer = answers[section] { return answer }
      return String(line)
    }.joined(separator: "\n")
  }

  @Test(arguments: ["default", "strict", "minimal"])
  func unfilledFailsAndFilledPasses(preset: String) throws {
    let configuration = try ConfigurationLoader.preset(preset)
    let template = TemplateGenerator.generate(for: configuration)
    let unfilled = TestSupport.lint(template, configuration: configuration)
    let required = configuration.sections.filter(\.required).map(\.name)
    let empty = unfilled.diagnostics.filter { $0.ruleID == "empty-section" }.compactMap(\.section)
    #expect(Set(required).isSubset(of: Set(empty)), "\(preset): \(empty)")
    let filled = TestSupport.lint(Self.filled(template), configuration: configuration)
    #expect(filled.diagnostics.isEmpty, "\(preset): \(filled.diagnostics.map(\.message))")
  }

  @Test func requiredSectionsComeFirstAndSayTheyAreRequired() throws {
    let template = TemplateGenerator.generate(for: TestSupport.defaultConfiguration)
    let headings = template.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(headings == ["## What", "## Why", "## Testing", "## How", "## Breaking change", "## Checklist"])
    #expect(template.contains("<!-- Required. What does this change do?"))
    #expect(template.contains("Write \"None\", or describe the break"))
    #expect(template.contains("\nCloses #\n"))
  }

  @Test func hintsCarryMinimumWordsAndStayComments() {
    var configuration = Configuration()
    configuration.sections = [
      SectionDefinition(name: "Risk --> rollout", aliases: ["risk"], required: true, minWords: 8, acceptsNone: true)
    ]
    let template = TemplateGenerator.generate(for: configuration)
    #expect(template.contains("At least 8 words."))
    #expect(template.contains("\"None\" is an answer."))
    let document = MarkdownParser.parse(template)
    #expect(document.comments.contains { $0.text.hasSuffix("At least 8 words.") }, "\(template)")
    #expect(!document.proseLines.contains { $0.text.contains("words") }, "the hint leaked out of its comment")
  }
}
