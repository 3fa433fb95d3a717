import Testing
import Yams

@testable import PRLintKit

/// A configuration may not use YAML anchors or aliases: composing them costs Yams 2^N for N lines, and
/// `extends` shares settings instead. They are refused where written, before Yams sees the text; a `*`
/// or `&` that is text (quoted, in a comment or a block scalar, inside a plain scalar) is not.
struct YAMLAliasTests {
  private static let refusal =
    "YAML anchors and aliases (&name, *name) are not supported: write the value out, or share settings with extends"

  private func error(_ yaml: String) -> String? {
    do {
      _ = try ConfigParser(file: ".prlint.yml").parse(yaml)
      return nil
    } catch {
      return error.description
    }
  }

  /// Each line's key aliases a mapping that holds the previous line's twice: Yams hashed 2^24 nodes.
  @Test func aliasesThatDoubleEachLineAreRefusedAtOnce() {
    let lines =
      ["x0: &k0 {a: 1, b: 2}"] + (1...24).map { "x\($0): &k\($0) {? *k\($0 - 1) : 1, ? [*k\($0 - 1)] : 2}" }
    #expect(error(lines.joined(separator: "\n") + "\n") == ".prlint.yml:1:5: \(Self.refusal)")
  }

  /// The anchor is refused, where it is written: its alias never reaches Yams.
  @Test func anAnchorAndItsAliasAreRefused() {
    let yaml = """
      rules:
        diff-size:
          exclude: &generated ["*.pbxproj"]
        tests-included:
          test-globs: *generated
      """
    #expect(error(yaml) == ".prlint.yml:3:14: \(Self.refusal)")
  }

  @Test(arguments: [
    ("rules: &all\n  title: off\n", "1:8"),
    ("rules:\n  title: !!map &t {severity: off}\n", "2:16"),
    ("sections:\n  - &what\n    name: What\n", "2:5"),
    ("sections: [{name: What, aliases: [*w]}]\n", "1:35"),
    ("platform: \"github\"\ndrafts:   &d skip\n", "2:11"),
    ("hook: |\n  text\n&h : x\n", "3:1"),
    ("--- &doc\nrules: {}\n", "1:5"),
  ])
  func anchorsAndAliasesAnywhereAreRefused(_ yaml: String, _ location: String) {
    #expect(error(yaml) == ".prlint.yml:\(location): \(Self.refusal)")
  }

  /// Text that holds `*` and `&` where no node starts: still loads, through the whole loader.
  @Test func lookAlikesLoad() throws {
    let yaml = #"""
      # Globs like *.md, entities like &amp; and *emphasis* in a comment
      ignore:
        labels: ["*skip*", 'no-lint & co', "it's *", 'say ''*x'' & ''&y''']  #  *trailing &comment
      rules:
        diff-size:
          exclude: ["**/*.md", 'Sources/**/*.pbxproj', "multi-line
            *continued &here"]
        tests-included:
          test-globs:
            - Tests/**/*Tests.swift
            - "*.test.md"
        linked-issue:
          patterns: [^feat*, a&b, '[A-Z]+-[0-9]+', "\"*quoted\" &x", x*y]
        no-wip:
          kind: forbid-text
          pattern: ^WIP*|&amp;
          message: |
            Remove the *WIP* markers &amp; finish:
              * first bullet
            &  second
            *  third
          severity: warning
        needs-changelog:
          kind: require-text
          pattern: CHANGELOG
          message: >-
            Mention the *CHANGELOG* entry
            &nbsp; *really*
      """#
    #expect(error(yaml) == nil)
    let configuration = try ConfigurationLoader.configuration(text: yaml, file: ".prlint.yml")
    #expect(configuration.policy.ignoredLabels.contains("*skip*"))
  }

  /// Yams itself is the judge: on random YAML-like text it composes, the scan finds an anchor exactly
  /// when some node has one (every alias needs one).
  @Test func agreesWithYamsOnRandomText() throws {
    let atoms = [
      " ", "  ", "\n", "\n  ", "\n- ", "- ", "? ", ": ", ",", "[", "]", "{", "}", "#", " # c", "&a ", "*a", "&b",
      "*", "&", "!!str ", "!t&x ", "|", ">-", "|2", "'", "''", "\"", "\\\"", "k", "v: ", "x*y", "a&b", "---",
      "\r\n", "é", "\u{2028}", "key: *a", "- &a v", "'q *x'", "'a''*b' ", "\"d &x\"",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func random(_ bound: Int) -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % UInt64(bound))
    }
    var composed = 0
    for _ in 0..<20_000 {
      let text = (0..<(1 + random(16))).map { _ in atoms[random(atoms.count)] }.joined()
      // The parser keeps its anchors alive (nodes hold them weakly) while the tree is searched.
      guard let parser = try? Parser(yaml: text, resolver: .basic, constructor: Constructor([:], [:], [:])),
        let root = try? parser.singleRoot()
      else { continue }
      composed += 1
      let found = YAMLAliasScan.firstAnchorOrAlias(in: text)
      #expect((found != nil) == Self.hasAnchor(root), "\(text.debugDescription)")
    }
    #expect(composed > 4_000)
  }

  private static func hasAnchor(_ node: Node) -> Bool {
    if node.anchor != nil { return true }
    switch node {
    case .mapping(let mapping): return mapping.contains { hasAnchor($0.key) || hasAnchor($0.value) }
    case .sequence(let sequence): return sequence.contains(where: hasAnchor)
    case .scalar, .alias: return false
    }
  }
}
