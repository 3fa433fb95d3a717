import Testing

@testable import PRLintKit

/// Cutting JSON Lines and JSON arrays into records, whatever the chunk boundaries.
struct RecordSplitterTests {
  /// Feeds `text` in chunks of `chunkSize` bytes and collects every record.
  private func split(_ text: String, chunkSize: Int = 1 << 16, maximumRecordBytes: Int = 1 << 20)
    -> [RecordSplitter.Record]
  {
    var splitter = RecordSplitter(maximumRecordBytes: maximumRecordBytes)
    let bytes = Array(text.utf8)
    var records: [RecordSplitter.Record] = []
    var start = 0
    while start < bytes.count {
      let end = min(start + chunkSize, bytes.count)
      records += splitter.feed(Array(bytes[start..<end]))
      start = end
    }
    return records + splitter.finish()
  }

  private func texts(_ records: [RecordSplitter.Record]) -> [String] {
    records.map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  @Test func jsonLinesGiveOneRecordPerNonBlankLine() {
    let records = split("{\"a\": 1}\n\n  \n{\"b\": \"x\\ny\"}\r\n{\"c\": 3}")
    #expect(texts(records) == ["{\"a\": 1}", "{\"b\": \"x\\ny\"}", "{\"c\": 3}"])
    #expect(records.map(\.number) == [1, 2, 3])
    #expect(records.map(\.line) == [1, 4, 5])
    #expect(records.allSatisfy { $0.problem == nil })
  }

  @Test func arrayElementsAreRecordsRespectingStringsAndNesting() {
    let text = """
      [
        {"body": "a, b ] } { \\" [", "labels": [{"name": "x"}, {"name": "y"}]},
        {"n": [1, [2, 3]]}
      ]
      """
    for chunkSize in [1, 2, 7, 1 << 16] {
      let records = split(text, chunkSize: chunkSize)
      #expect(
        texts(records) == [
          "{\"body\": \"a, b ] } { \\\" [\", \"labels\": [{\"name\": \"x\"}, {\"name\": \"y\"}]}",
          "{\"n\": [1, [2, 3]]}",
        ], "chunk size \(chunkSize)")
      #expect(records.map(\.line) == [2, 3])
    }
  }

  @Test func emptyArrayAndEmptyInputHaveNoRecords() {
    #expect(split("[]").isEmpty)
    #expect(split("  [ \n ]  \n").isEmpty)
    #expect(split("").isEmpty)
    #expect(split("\n\n").isEmpty)
  }

  @Test func brokenArraysAreReportedAsMalformedRecords() {
    let missing = split("[{\"a\": 1},,{\"b\": 2}]")
    #expect(missing.count == 3)
    #expect(missing.map { $0.problem == nil } == [true, false, true])

    let unclosed = split("[{\"a\": 1},\n{\"b\": ")
    #expect(unclosed.count == 2)
    #expect(unclosed.last?.problem?.contains("not closed") == true)
    #expect(unclosed.last?.line == 2)

    let trailing = split("[{\"a\": 1}]\n{\"b\": 2}")
    #expect(trailing.count == 2)
    #expect(trailing.last?.problem?.contains("after the JSON array") == true)
  }

  /// `gh api --paginate …/pulls` without `--jq` writes each page as its own array, back to back.
  @Test func arraysBackToBackAreOneStreamOfRecords() {
    let pages = "[{\"n\": 1},\n {\"n\": 2}][{\"n\": 3}]\n[]\n[\n{\"n\": 4}\n]\n"
    for chunkSize in [1, 3, 1 << 16] {
      let records = split(pages, chunkSize: chunkSize)
      #expect(texts(records) == ["{\"n\": 1}", "{\"n\": 2}", "{\"n\": 3}", "{\"n\": 4}"], "chunk size \(chunkSize)")
      #expect(records.map(\.number) == [1, 2, 3, 4])
      #expect(records.map(\.line) == [1, 2, 2, 5])
      #expect(records.allSatisfy { $0.problem == nil })
    }
    // A page that ends in a comma is still a missing element; one left open is still reported.
    #expect(split("[{\"n\": 1}][{\"n\": 2},]").map { $0.problem == nil } == [true, true, false])
    #expect(split("[{\"n\": 1}][{\"n\": 2}").last?.problem?.contains("not closed") == true)
  }

  @Test func anOversizedRecordIsReportedWithoutBeingKept() {
    let big = "{\"body\": \"" + String(repeating: "x", count: 100) + "\"}"
    for input in [big + "\n{\"a\": 1}\n", "[" + big + ", {\"a\": 1}]"] {
      let records = split(input, chunkSize: 16, maximumRecordBytes: 50)
      #expect(records.count == 2)
      #expect(records.first?.problem?.contains("larger than") == true)
      #expect(records.first?.bytes.isEmpty == true)
      #expect(records.last.map { String(decoding: $0.bytes, as: UTF8.self) } == "{\"a\": 1}")
    }
  }
}
