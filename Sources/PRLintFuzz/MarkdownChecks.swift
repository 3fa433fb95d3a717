import PRLintKit
import PRLintMarkdown

/// What `--format markdown` promises whatever the PR held (a PR comment, a step summary): parsed back
/// with cmark it has no link, image or issue reference, no HTML but its own, nothing that notifies, and
/// every table row keeps its cells.
enum MarkdownChecks {
  static let ourHTML = ["<!-- prlint-report -->", "<details>", "<summary>", "</summary>", "</details>"]

  /// The first broken promise, or nil.
  static func violation(in output: String) -> String? {
    let document = MarkdownParser.parse(output)
    if !document.links.isEmpty || !document.images.isEmpty { return "a link or image" }
    if !IssueReferences(in: document, platform: .github).all.isEmpty { return "an issue reference" }
    let withoutOurs = ourHTML.reduce(output) { $0.replacing($1, with: "") }
    if withoutOurs.contains("<") || withoutOurs.contains("-->") { return "HTML" }
    if let trigger = notification(in: output.replacing("&#8203;", with: "\u{200B}")) { return trigger }
    if output.contains("://") { return "an autolink" }
    return brokenTableRow(in: output).map { "a table row split: \($0)" }
  }

  /// `@name`, `#1`, `GH-1` as GitHub reads them in rendered text.
  private static func notification(in text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    for index in scalars.indices.dropLast() {
      let next = scalars[index + 1]
      let isAlphanumeric = next.properties.isAlphabetic || ("0"..."9").contains(next)
      if scalars[index] == "@", isAlphanumeric { return "a mention" }
      if scalars[index] == "#", ("0"..."9").contains(next) { return "an issue reference" }
      if scalars[index] == "-", ("0"..."9").contains(next), index >= 2,
        String(String.UnicodeScalarView(scalars[(index - 2)..<index])).lowercased() == "gh"
      {
        return "a GH- reference"
      }
    }
    return nil
  }

  /// A row with more or fewer unescaped `|` than its table's header.
  private static func brokenTableRow(in output: String) -> Substring? {
    var header: Int? = nil
    for row in output.split(separator: "\n", omittingEmptySubsequences: false) {
      guard row.hasPrefix("| ") else {
        header = nil
        continue
      }
      let borders = unescapedPipes(in: row)
      if let expected = header, borders != expected { return row }
      header = header ?? borders
    }
    return nil
  }

  private static func unescapedPipes(in text: Substring) -> Int {
    var count = 0
    var escaped = false
    for character in text {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        count += 1
      }
    }
    return count
  }
}
