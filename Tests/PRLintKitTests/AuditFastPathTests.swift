import Foundation
import Testing

@testable import PRLintKit

/// An audit record's fast path (`JSONTreeParser` and `JSONTreeFields`) against the JSONDecoder path it
/// stands in for: wherever the fast path gives a record, JSONDecoder gives the same one, and wherever it
/// declines, `AuditRecord.decode` says what JSONDecoder says, error and all.
struct AuditFastPathTests {
  /// What a decoding gave, in full: the shape, the diff's size and the lint input, or the error. Its
  /// UTF-8 is compared, so canonically equivalent but different text differs.
  private static func outcome(_ decode: () throws(InputError) -> AuditRecord) -> [UInt8] {
    do {
      let record = try decode()
      return Array(String(reflecting: (record.shape, record.changedLines, record.lintInput(recordNumber: 7))).utf8)
    } catch {
      return Array("error: \(error)".utf8)
    }
  }

  /// Checks one record; returns whether the fast path read it.
  @discardableResult
  private static func check(_ bytes: [UInt8], _ comment: Comment? = nil) -> Bool {
    let foundation = outcome { () throws(InputError) in
      try AuditRecord.decodeWithFoundation(bytes, decoder: JSONDecoder())
    }
    let decoded = outcome { () throws(InputError) in try AuditRecord.decode(bytes) }
    #expect(decoded == foundation, comment)
    guard let fast = AuditRecord.decodeWithoutFoundation(bytes) else { return false }
    let fastOutcome = outcome { fast }
    #expect(fastOutcome == foundation, comment)
    return true
  }

  @Test(arguments: EdgeRecords.fast)
  func ordinaryAndOddRecordsTakeTheFastPathAndAgree(_ record: String) {
    let read = Self.check(Array(record.utf8), Comment(rawValue: record))
    #expect(read, "fell back: \(record)")
  }

  @Test(arguments: EdgeRecords.declined)
  func recordsTheFastPathDeclinesFallBackToJSONDecoder(_ record: String) {
    let read = Self.check(Array(record.utf8), Comment(rawValue: record))
    #expect(!read, "not declined: \(record)")
  }

  @Test(arguments: EdgeRecords.declinedBytes)
  func invalidUTF8FallsBack(_ bytes: [UInt8]) {
    let read = Self.check(bytes)
    #expect(!read)
  }

  @Test func aBodyOverTheLimitFallsBackToItsError() {
    let body = String(repeating: "a", count: BodyReader.maximumBytes + 1)
    let tooLarge = Self.check(Array(#"{"number": 1, "body": "\#(body)"}"#.utf8))
    #expect(!tooLarge)
    let largest = Self.check(Array(#"{"number": 1, "body": "\#(body.dropLast())"}"#.utf8))
    #expect(largest)
  }

  @Test func deepNestingFallsBackWithoutRecursing() {
    let depth = JSONTreeParser.maximumDepth
    let inside = String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
    let deepest = Self.check(Array(#"{"number": 1, "x": \#(inside)}"#.utf8))
    #expect(deepest)
    let tooDeep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let tooDeepRead = Self.check(Array(#"{"number": 1, "x": \#(tooDeep)}"#.utf8))
    #expect(!tooDeepRead)
    let unclosed = JSONTreeParser.parse(Array(String(repeating: "[", count: 1_000_000).utf8))
    #expect(unclosed == nil)
  }

  @Test func manyKeysAreCheckedForDuplicatesInOnePass() {
    let keys = (0..<50_000).map { #""key\#($0)": \#($0)"# }
    let distinct = Self.check(Array("{\(keys.joined(separator: ",")), \"number\": 1}".utf8))
    #expect(distinct)
    let duplicated = Self.check(Array("{\(keys.joined(separator: ",")), \"key49999\": 1}".utf8))
    #expect(!duplicated)
  }

  /// Every record of the benchmark corpus takes the fast path and gives what JSONDecoder gives.
  @Test(.needsCorpus) func theBenchmarkCorpusTakesTheFastPath() throws {
    let text = try String(contentsOf: try #require(TestSupport.corpus), encoding: .utf8)
    var records = 0
    for line in text.split(separator: "\n") where !line.isEmpty {
      records += 1
      let read = Self.check(Array(line.utf8))
      #expect(read, "record \(records) fell back")
    }
    #expect(records > 0)
  }

  /// The REST pull request objects of the event fixtures, written back by JSONSerialization (which
  /// escapes `/`), and the whole events as records.
  @Test(.needsFixtures) func eventFixturesPullRequestsAgree() throws {
    let events = try #require(TestSupport.fixtures).appendingPathComponent("events")
    let files = try #require(FileManager.default.enumerator(at: events, includingPropertiesForKeys: nil))
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }
    #expect(!files.isEmpty)
    for file in files {
      let data = try Data(contentsOf: file)
      Self.check(Array(data), Comment(rawValue: file.lastPathComponent))
      let payload = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      guard let pullRequest = payload?["pull_request"] else { continue }
      let record = try JSONSerialization.data(withJSONObject: pullRequest)
      let read = Self.check(Array(record))
      #expect(read, "fell back: \(file.lastPathComponent)")
    }
  }
}
