/// A path pattern as people write them in `.gitignore` and CODEOWNERS:
/// - without a `/`, it matches a file name in any folder (`*.snap`, `yarn.lock`);
/// - with one, the whole path from the repository root (`vendor/**`, `**/generated/**`);
/// - `*` is any run of characters and `?` one character, both within a path segment;
///   `**` as a whole segment is zero or more segments; `[a-z]` and `[!0-9]` are character classes;
///   `{css,scss}` is one of the alternatives.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
  public let description: String
  private let alternatives: [[String]]
  private let matchesFileName: Bool

  public init(_ pattern: String) {
    self.init(pattern, wholeName: false)
  }

  /// A pattern for names that are not paths in a tree, as branch filters read them: it always matches
  /// the whole name, with or without a `/` (`main` is `main` only, not `feature/main`; `*` is one
  /// segment, so `release/*` is `release/1.2`; `**` is any run of segments).
  public static func wholeName(_ pattern: String) -> Glob {
    Glob(pattern, wholeName: true)
  }

  private init(_ pattern: String, wholeName: Bool) {
    description = pattern
    var trimmed = Substring(pattern)
    if trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }  // "/docs" is the root's docs
    if trimmed.hasSuffix("/") { trimmed += "**" }  // "vendor/" is everything under vendor
    matchesFileName = !wholeName && !trimmed.contains("/")
    alternatives = Self.expandBraces(String(trimmed)).map { $0.split(separator: "/").map(String.init) }
  }

  public func matches(_ path: String) -> Bool {
    matches(SplitPath(path))
  }

  func matches(_ path: SplitPath) -> Bool {
    let segments = path.segments
    guard let name = segments.last else { return false }
    if matchesFileName {
      return alternatives.contains { $0.count == 1 && Self.segment(Array($0[0].unicodeScalars), matches: name) }
    }
    return alternatives.contains { Self.path($0.map { Array($0.unicodeScalars) }, matches: segments) }
  }

  /// More alternatives than anyone writes (`{a,b}` 25 times is 33 million): past this, a pattern's
  /// braces are literal text, so a configuration a PR changed cannot make matching exponential.
  public static let maximumAlternatives = 1024

  /// `{a,b}` → one pattern per alternative; several groups multiply. Unbalanced braces, and groups that
  /// would make more than `maximumAlternatives`, stay literal.
  private static func expandBraces(_ pattern: String) -> [String] {
    guard alternativeCount(pattern) <= maximumAlternatives else { return [pattern] }
    return expandedBraces(pattern)
  }

  /// How many patterns the groups multiply to, counted without making them; saturating.
  private static func alternativeCount(_ pattern: String) -> Int {
    var count = 1
    var rest = pattern[...]
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      let options = rest[rest.index(after: open)..<close].count(where: { $0 == "," }) + 1
      let (product, overflow) = count.multipliedReportingOverflow(by: options)
      if overflow || product > maximumAlternatives { return Int.max }
      count = product
      rest = rest[rest.index(after: close)...]
    }
    return count
  }

  private static func expandedBraces(_ pattern: String) -> [String] {
    guard let open = pattern.firstIndex(of: "{"),
      let close = pattern[open...].firstIndex(of: "}")
    else { return [pattern] }
    let head = pattern[..<open]
    let tail = expandedBraces(String(pattern[pattern.index(after: close)...]))
    let options = pattern[pattern.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
    return options.flatMap { option in tail.map { head + option + $0 } }
  }

  /// Segments against segments, `**` standing for any number of them: the same two-pointer match as
  /// `segment`, one level up, so no recursion (a path from a PR may have half a million segments)
  /// and O(pattern × path) at worst.
  private static func path(_ pattern: [[Unicode.Scalar]], matches path: [[Unicode.Scalar]]) -> Bool {
    let anySegments: [Unicode.Scalar] = ["*", "*"]
    var p = 0
    var s = 0
    var star: (p: Int, s: Int)?
    while s < path.count {
      if p < pattern.count, pattern[p] == anySegments {
        star = (p, s)
        p += 1
      } else if p < pattern.count, segment(pattern[p], matches: path[s]) {
        p += 1
        s += 1
      } else if let last = star {
        p = last.p + 1
        s = last.s + 1
        star = (last.p, last.s + 1)
      } else {
        return false
      }
    }
    while p < pattern.count, pattern[p] == anySegments { p += 1 }
    return p == pattern.count
  }

  /// Wildcards within one segment: the classic two-pointer match that backtracks only to the last `*`.
  private static func segment(_ pattern: [Unicode.Scalar], matches name: [Unicode.Scalar]) -> Bool {
    var p = 0
    var n = 0
    var star: (p: Int, n: Int)?
    while n < name.count {
      if p < pattern.count, pattern[p] == "*" {
        star = (p, n)
        p += 1
      } else if p < pattern.count, let width = single(pattern, at: p, matches: name[n]) {
        p += width
        n += 1
      } else if let last = star {
        p = last.p + 1
        n = last.n + 1
        star = (last.p, last.n + 1)
      } else {
        return false
      }
    }
    while p < pattern.count, pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }

  /// Whether the pattern element at `p` (a literal, `?` or a class) matches `character`; its width if so.
  private static func single(_ pattern: [Unicode.Scalar], at p: Int, matches character: Unicode.Scalar) -> Int? {
    switch pattern[p] {
    case "?": return 1
    case "[":
      guard let (matched, width) = characterClass(pattern, at: p, contains: character) else {
        return character == "[" ? 1 : nil  // no closing bracket: a literal "["
      }
      return matched ? width : nil
    default: return pattern[p] == character ? 1 : nil
    }
  }

  private static func characterClass(_ pattern: [Unicode.Scalar], at start: Int, contains character: Unicode.Scalar)
    -> (Bool, Int)?
  {
    var i = start + 1
    let negated = i < pattern.count && (pattern[i] == "!" || pattern[i] == "^")
    if negated { i += 1 }
    var found = false
    var first = true
    while i < pattern.count, pattern[i] != "]" || first {
      first = false
      if i + 2 < pattern.count, pattern[i + 1] == "-", pattern[i + 2] != "]" {
        if pattern[i] <= character && character <= pattern[i + 2] { found = true }
        i += 3
      } else {
        if pattern[i] == character { found = true }
        i += 1
      }
    }
    guard i < pattern.count else { return nil }
    return (found != negated, i - start + 1)
  }
}

/// A path split into segments once, to be matched against many globs.
struct SplitPath {
  let segments: [[Unicode.Scalar]]

  init(_ path: String) {
    segments = path.split(separator: "/").map { Array($0.unicodeScalars) }
  }
}
