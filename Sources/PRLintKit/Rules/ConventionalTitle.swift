import PRLintMarkdown

/// A title in Conventional Commits form: `type(scope)!: subject`. Parsed by hand, not by regex.
struct ConventionalTitle {
  var type: String
  var scope: String?
  var breaking: Bool
  var subject: String

  init?(_ title: String) {
    let characters = Array(title)
    var index = 0
    // A type is a word as commitlint's `\w` reads it: letters, digits and underscores (`i18n`, `a11y`).
    while index < characters.count, Self.isTypeCharacter(characters[index]) { index += 1 }
    guard index > 0 else { return nil }
    type = String(characters[..<index])
    scope = nil
    if index < characters.count, characters[index] == "(" {
      guard let close = characters[index...].firstIndex(of: ")"), close > index + 1 else { return nil }
      scope = String(characters[(index + 1)..<close])
      index = close + 1
    }
    breaking = index < characters.count && characters[index] == "!"
    if breaking { index += 1 }
    guard index + 1 < characters.count, characters[index] == ":", characters[index + 1] == " " else { return nil }
    subject = String(characters[(index + 2)...]).trimmingWhitespace()
    guard !subject.isEmpty else { return nil }
  }

  static func isTypeCharacter(_ character: Character) -> Bool {
    character.isLetter || character == "_" || ("0"..."9").contains(character)
  }
}
