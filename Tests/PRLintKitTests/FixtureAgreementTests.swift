import Foundation
import Testing

@testable import PRLintKit
@testable import PRLintMarkdown

/// Lints every labelled real PR body in `../shared/fixtures` and compares with a careful reviewer's
/// labels: closing references, mentions, section status per canonical section and unchecked tasks.
struct FixtureAgreementTests {
  struct Label: Decodable, Sendable, CustomTestStringConvertible {
    var id: String
    var closes: [String]
    var mentions: [String]
    var sections: [String: String]
    var uncheckedTasks: Int
    var testDescription: String { "body \(id)" }

    enum CodingKeys: String, CodingKey {
      case id, closes, mentions, sections
      case uncheckedTasks = "unchecked_tasks"
    }
  }

  /// Labels this project believes are wrong, with the reason; each is reported in the closing note.
  /// The test checks that they still disagree, so a fix on either side shows up here.
  static let disputed: [String: String] = [:]

  static let labels: [Label] = {
    guard let fixtures = TestSupport.fixtures,
      let data = try? Data(contentsOf: fixtures.appendingPathComponent("labels.json"))
    else { return [] }
    return (try? JSONDecoder().decode([Label].self, from: data)) ?? []
  }()

  static let sectionKeys = [
    ("what", "What"), ("why", "Why"), ("how", "How"), ("testing", "Testing"), ("breaking", "Breaking change"),
  ]

  struct Observed: Equatable {
    var closes: [String]
    var mentions: [String]
    var sections: [String: String]
    var uncheckedTasks: Int
  }

  static func observe(_ label: Label) throws -> Observed {
    let url = try #require(TestSupport.fixtures).appendingPathComponent("bodies/\(label.id).md")
    let body = try String(decoding: Data(contentsOf: url), as: UTF8.self)
    let result = TestSupport.lint(body)
    let document = MarkdownParser.parse(body)
    var sections: [String: String] = [:]
    for (key, name) in sectionKeys {
      sections[key] = result.sections.first(where: { $0.name == name })?.status.rawValue
    }
    return Observed(
      closes: result.references.filter(\.closing).map(\.issue),
      mentions: result.references.filter { !$0.closing }.map(\.issue),
      sections: sections,
      uncheckedTasks: document.tasks.count(where: { !$0.checked }))
  }

  static func expected(_ label: Label) -> Observed {
    Observed(
      closes: label.closes, mentions: label.mentions, sections: label.sections, uncheckedTasks: label.uncheckedTasks)
  }

  @Test(.needsFixtures, arguments: labels)
  func matchesLabel(_ label: Label) throws {
    let observed = try Self.observe(label)
    let expected = Self.expected(label)
    if let reason = Self.disputed[label.id] {
      #expect(observed != expected, "body \(label.id) is listed as disputed (\(reason)) but now agrees: unlist it")
      return
    }
    #expect(observed.closes == expected.closes, "closing references of body \(label.id)")
    #expect(observed.mentions == expected.mentions, "mentions of body \(label.id)")
    #expect(observed.sections == expected.sections, "sections of body \(label.id)")
    #expect(observed.uncheckedTasks == expected.uncheckedTasks, "unchecked tasks of body \(label.id)")
  }

  /// Prints the agreement figures quoted in the closing note; fails when the labels could not be read.
  @Test(.needsFixtures) func agreementFigures() throws {
    try #require(!Self.labels.isEmpty, "labels.json is present but no label decoded")
    var closes = 0
    var mentions = 0
    var sections = 0
    var tasks = 0
    var whole = 0
    for label in Self.labels {
      let observed = try Self.observe(label)
      let expected = Self.expected(label)
      closes += observed.closes == expected.closes ? 1 : 0
      mentions += observed.mentions == expected.mentions ? 1 : 0
      tasks += observed.uncheckedTasks == expected.uncheckedTasks ? 1 : 0
      sections += Self.sectionKeys.count(where: { observed.sections[$0.0] == expected.sections[$0.0] })
      whole += observed == expected ? 1 : 0
    }
    let count = Self.labels.count
    print(
      """
      fixture agreement over \(count) labelled bodies: closes \(closes)/\(count), mentions \(mentions)/\(count), \
      section statuses \(sections)/\(count * Self.sectionKeys.count), unchecked tasks \(tasks)/\(count), \
      bodies agreeing on everything \(whole)/\(count)
      """)
  }
}
