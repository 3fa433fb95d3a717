import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// `prlint fix` over the 258 real bodies in `../shared/fixtures`, under the default preset and under
/// `sections: template` with a real template: fixing twice changes nothing more than fixing once, and the
/// fixed body is the original, byte for byte, with only the fix's own rewrites made in it.
struct BodyFixerFixtureTests {
  struct Body: Sendable, CustomTestStringConvertible {
    var id: String
    var bytes: [UInt8]
    /// The repository it came from (`owner/name`), when its metadata says.
    var repository: String?
    var testDescription: String { "body \(id)" }
  }

  static let bodies: [Body] = {
    guard let folder = TestSupport.fixtures?.appendingPathComponent("bodies"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
      let id = String(name.dropLast(3))
      guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { return nil }
      let metadata = (try? Data(contentsOf: folder.appendingPathComponent(id + ".json"))).flatMap {
        try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
      }
      let source = metadata?["source"] as? String
      let repository = source.map { String($0.prefix { $0 != "@" && $0 != "#" && $0 != " " && $0 != ":" }) }
      return Body(id: id, bytes: Array(data), repository: repository)
    }
  }()

  /// The real templates, by file name (`owner__repo__path.md`).
  static let templates: [(name: String, text: String)] = {
    guard let folder = TestSupport.fixtures?.appendingPathComponent("templates"),
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".md") }.sorted().compactMap { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))).map { (name, String(decoding: $0, as: UTF8.self)) }
    }
  }()

  /// A fixer under `sections: template` for each real template, built once.
  static let templateFixers: [(name: String, fixer: BodyFixer)] = {
    var configuration = TestSupport.defaultConfiguration
    configuration.sectionsFromTemplate = Configuration.noFile
    return templates.map { template in
      let linter = TestSupport.linter(configuration, templates: [(".github/pull_request_template.md", template.text)])
      return (template.name, BodyFixer(linter: linter))
    }
  }()

  static let defaultFixer = BodyFixer(linter: TestSupport.linter())

  /// The template a body is fixed against: its own repository's when the fixtures have it, else one in turn.
  static func templateFixer(for body: Body, index: Int) -> (name: String, fixer: BodyFixer) {
    let prefix = body.repository.map { $0.replacingOccurrences(of: "/", with: "__") + "__" }
    return templateFixers.first { prefix.map($0.name.hasPrefix) == true }
      ?? templateFixers[index % templateFixers.count]
  }

  static func fix(_ body: Body, with fixer: BodyFixer) -> BodyFix {
    fixer.fix(LintInput(source: "PR.md", sourceIsFile: true, body: ""), bytes: body.bytes)
  }

  /// Why `fix` is not the original with only its own rewrites made, or nil when it is. Exact: the
  /// sections added are the whole of what follows the original; each keyword written is taken out where
  /// it was reported; each removed word is put back where it was; what is left must be the original.
  static func unexplained(_ fix: BodyFix) -> String? {
    var fixed = fix.fixed
    // Sections are added at the end, after everything else.
    let added = fix.changes.filter { $0.kind == .addedSection }.map { Array(($0.inserted ?? "").utf8) }
    let tail = added.reduce([], +)
    guard fixed.count >= tail.count, Array(fixed.suffix(tail.count)) == tail else {
      return "the added sections are not the end of the fixed body"
    }
    fixed.removeLast(tail.count)
    // Keywords written: each a closing keyword and a space (after a space when the list had none), taken
    // out from the last, so earlier offsets hold.
    let lines = BodyLines(fix.fixed)
    var insertions: [(offset: Int, bytes: [UInt8])] = []
    for change in fix.changes where change.kind == .keywordForListedIssue {
      guard let inserted = change.inserted, let position = change.position,
        let keywordAt = lines.offset(of: position)
      else { return "a written keyword has no place" }
      let keyword = inserted.trimmingCharacters(in: .whitespaces)
      guard ReferenceScanner.gitHubKeywords.contains(keyword) || ReferenceScanner.gitLabKeywords.contains(keyword),
        inserted == keyword + " " || inserted == " " + keyword + " "
      else { return "\"\(inserted)\" is not a keyword and a space" }
      insertions.append((keywordAt - (inserted.hasPrefix(" ") ? 1 : 0), Array(inserted.utf8)))
    }
    for insertion in insertions.sorted(by: { $0.offset > $1.offset }) {
      let range = insertion.offset..<(insertion.offset + insertion.bytes.count)
      guard range.upperBound <= fixed.count, Array(fixed[range]) == insertion.bytes else {
        return "a written keyword is not where it was reported"
      }
      fixed.removeSubrange(range)
    }
    // Removed words: each a word that only says what the reference is, and the spaces after it.
    var original = fix.original
    let removed = fix.changes.filter { $0.kind == .wordRemoved }
    for change in removed.sorted(by: { ($0.removed?.lowerBound ?? 0) > ($1.removed?.lowerBound ?? 0) }) {
      guard let range = change.removed else { return "a removed word has no range" }
      let text = String(decoding: original[range], as: UTF8.self)
      let word = text.trimmingCharacters(in: .whitespaces).lowercased()
      guard ClosingKeywordFixes.removableWords.contains(word),
        text.hasPrefix(text.trimmingCharacters(in: .whitespaces)),
        text.count > word.count
      else { return "removed \"\(text)\", which is not a word and its spaces" }
      original.removeSubrange(range)
    }
    return fixed == original ? nil : "the fixed body holds changes no change reports"
  }

  /// The real bodies hold no closing keyword GitHub ignores: this line, put before one, makes each fix work.
  static let nearMisses = Array("Fixes issue #1, #2 & GH-3; closes bug #4\n\n".utf8)

  @Test(.needsFixtures, arguments: bodies.indices)
  func fixingIsIdempotentAndKeepsTheAuthorsBytes(index: Int) {
    let body = Self.bodies[index]
    let template = Self.templateFixer(for: body, index: index)
    let cases = [
      ("default preset", body, Self.defaultFixer), ("template \(template.name)", body, template.fixer),
      ("near misses first", Body(id: body.id, bytes: Self.nearMisses + body.bytes), Self.defaultFixer),
    ]
    for (name, body, fixer) in cases {
      let once = Self.fix(body, with: fixer)
      let twice = fixer.fix(LintInput(source: "PR.md", sourceIsFile: true, body: ""), bytes: once.fixed)
      #expect(twice.fixed == once.fixed, "body \(body.id), \(name): fixing twice changes it again")
      #expect(!twice.changes.contains { $0.isChange }, "body \(body.id), \(name): \(twice.changes.map(\.message))")
      let unexplained = Self.unexplained(once)
      #expect(unexplained == nil, "body \(body.id), \(name): \(unexplained ?? "")")
    }
  }

  /// The check above catches a fix that changed anything it does not report.
  @Test func theByteCheckCatchesAnUnreportedChange() {
    let body = Body(id: "example", bytes: Self.nearMisses + Array("## What\nAdds retries.\n".utf8))
    let fix = Self.fix(body, with: Self.defaultFixer)
    #expect(Self.unexplained(fix) == nil)
    var tampered = fix
    tampered.fixed[tampered.fixed.count / 2] = UInt8(ascii: "x")
    #expect(Self.unexplained(tampered) != nil)
    tampered = fix
    tampered.fixed.remove(at: 0)
    #expect(Self.unexplained(tampered) != nil)
    tampered = fix
    tampered.changes.removeAll { $0.kind == .wordRemoved }
    #expect(Self.unexplained(tampered) != nil)
  }

  /// Prints the figures quoted in the closing note: how many bodies each fix changed, under both.
  @Test(.needsFixtures) func figures() throws {
    try #require(Self.bodies.count == 258, "expected the 258 real bodies, found \(Self.bodies.count)")
    for name in ["default preset", "sections: template", "near misses first"] {
      var changed = 0
      var idempotent = 0
      var kinds: [BodyFix.Change.Kind: (bodies: Int, changes: Int)] = [:]
      for (index, body) in Self.bodies.enumerated() {
        let fixer = name != "sections: template" ? Self.defaultFixer : Self.templateFixer(for: body, index: index).fixer
        let body = name == "near misses first" ? Body(id: body.id, bytes: Self.nearMisses + body.bytes) : body
        let fix = Self.fix(body, with: fixer)
        changed += fix.isChanged ? 1 : 0
        idempotent += Self.fix(Body(id: body.id, bytes: fix.fixed), with: fixer).fixed == fix.fixed ? 1 : 0
        for kind in Set(fix.changes.map(\.kind)) {
          kinds[kind, default: (0, 0)].bodies += 1
          kinds[kind, default: (0, 0)].changes += fix.changes.count { $0.kind == kind }
        }
      }
      let byKind = [BodyFix.Change.Kind.addedSection, .keywordForListedIssue, .wordRemoved, .leftAlone].map {
        "\($0.rawValue) \(kinds[$0]?.bodies ?? 0) bodies (\(kinds[$0]?.changes ?? 0))"
      }
      print(
        "fix over \(Self.bodies.count) bodies, \(name): changed \(changed), idempotent \(idempotent)/"
          + "\(Self.bodies.count); \(byKind.joined(separator: ", "))")
    }
  }
}
