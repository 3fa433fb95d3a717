import Testing

@testable import PRLintMarkdown

/// `Words` and `WordList`: the byte-level splitting and normalising give what the `Character`-level code
/// they stand in for gives.
struct WordsTests {
  private static let samples = [
    "", " ", "plain words here", "  leading and trailing  ", "tabs\tand\nnew\r\nlines\u{0B}vt\u{0C}ff",
    "- ... | -- a", "TODO: tbd, N/A (none)", "`code` [link](x) #12", "(TODO)", "--TbD--", "n/a.", "NONE!",
    "café naïve", "mixed ascii and ü", "non\u{00A0}breaking", "emoji 👍🏽 ok", "e\u{301}", "\u{2003}em space",
  ]

  /// The Character-level definitions the fast paths must agree with.
  private static func referenceSplit(_ text: String) -> [String] {
    text.split(whereSeparator: { $0.isWhitespace }).compactMap { token in
      token.contains(where: { $0.isLetter || $0.isNumber }) ? String(token) : nil
    }
  }

  private static func referenceNormalized(_ word: String) -> String {
    let lowered = word.lowercased()
    let trimmed = lowered.drop(while: { !($0.isLetter || $0.isNumber) })
    var end = trimmed.endIndex
    while end > trimmed.startIndex {
      let previous = trimmed.index(before: end)
      if trimmed[previous].isLetter || trimmed[previous].isNumber { break }
      end = previous
    }
    return String(trimmed[trimmed.startIndex..<end])
  }

  @Test(arguments: samples)
  func wordsMatchTheCharacterDefinitions(_ text: String) {
    #expect(Words.split(text) == Self.referenceSplit(text))
    for word in Self.referenceSplit(text) + text.split(separator: " ").map(String.init) {
      #expect(Words.normalized(word) == Self.referenceNormalized(word), "word \(word)")
      #expect(Words.isPlaceholder(word) == Words.placeholders.contains(Self.referenceNormalized(word)), "\(word)")
    }
  }

  /// Scripts without spaces count a word per character, as word processors count them; what sits
  /// between those characters (`API`, `v2`) is a word of its own; Korean, which spaces its words, and
  /// CJK punctuation do not split.
  @Test(arguments: [
    ("キャッシュを追加しました。", ["キ", "ャ", "ッ", "シ", "ュ", "を", "追", "加", "し", "ま", "し", "た"]),
    ("修复了缓存", ["修", "复", "了", "缓", "存"]), ("ใช้แคช", ["ใ", "ช้", "แ", "ค", "ช"]),
    ("Use日本語API v2", ["Use", "日", "本", "語", "API", "v2"]), ("캐시를 추가했습니다", ["캐시를", "추가했습니다"]),
    ("「」。、", []),
  ])
  func unspacedScriptsCountACharacterAWord(_ text: String, words: [String]) {
    #expect(Words.split(text) == words)
    var list = WordList()
    Words.append(text[...], to: &list)
    #expect(Array(list) == words)
  }

  /// Three Japanese sentences describing a change are a description, not five words.
  @Test func aJapaneseDescriptionPassesBodyLength() {
    let body = """
      ## What
      エクスポートにINT8量子化を追加しました。モデルのサイズが四分の一になります。

      ## Why
      モバイル端末でのメモリ使用量を減らすためです。

      ## Testing
      既存のテストと新しい単体テストを実行しました。
      """
    #expect(TestSupport.parse(body).wordCount > 60)
  }

  @Test(arguments: [
    "", " ", "plain words here", "  leading and trailing  ", "tabs\tand\nnew\r\nlines\u{0B}vt\u{0C}ff", "- ... | -- a",
    "café naïve", "mixed ascii and ü", "non\u{00A0}breaking", "emoji 👍🏽 ok", "`code` [link](x) #12",
  ])
  func wordListHoldsTheSplitWords(_ text: String) {
    var list = WordList()
    Words.append(text[...], to: &list)
    #expect(Array(list) == Words.split(text))
    var twice = list
    twice.append(contentsOf: list)
    #expect(Array(twice) == Words.split(text) + Words.split(text))
    #expect(WordList(Words.split(text)) == list)
  }
}
