/// Audit records at the edges of what the fast path reads (see `AuditFastPathTests`).
enum EdgeRecords {
  /// More keys than are compared pair by pair.
  private static let twentyKeys = (0..<20).map { #""k\#($0)": \#($0)"# }.joined(separator: ", ")

  /// Records the fast path reads (and must read as JSONDecoder does).
  static let fast: [String] = [
    #"{"number": 1, "title": "t", "body": "b", "additions": 1, "deletions": 2, "changed_files": 3}"#,
    #"{}"#,
    " \t\r\n{ \"number\" : 1 , \"title\" : \"t\" } \n",
    // gh's shape, with linked issues and labels as objects.
    #"""
    {"number": 5, "title": "T", "body": "x", "additions": 1, "deletions": 0, "changedFiles": 1,
     "labels": [{"name": "bug", "color": "red", "extra": {"deep": [1, 2, {"x": null}]}}, {"name": "ui"}],
     "author": {"login": "me", "is_bot": false}, "isDraft": true, "url": "https://github.com/o/r/pull/5",
     "headRefName": "feat", "baseRefName": "main",
     "closingIssuesReferences": [{"number": 3}, {"number": 4, "repository": {"name": "r", "owner": {"login": "o"}}},
       {"repository": null}, {"number": 6, "repository": {"name": "r"}}]}
    """#,
    #"{"author": {"login": "dependabot", "is_bot": true}, "isDraft": null, "closingIssuesReferences": null}"#,
    #"{"changedFiles": 0, "labels": [], "closingIssuesReferences": []}"#,
    // The REST API's shape.
    #"""
    {"number": 7, "title": "T", "body": null, "user": {"login": "bot[bot]", "type": "Bot"}, "draft": false,
     "html_url": "https://github.com/o/r/pull/7", "url": "https://api.github.com/x",
     "labels": ["a", {"name": "b"}, {"nope": 1}, {"name": null}], "base": {"ref": "main", "repo":
     {"default_branch": "trunk"}}, "head": {"ref": "x", "repo": null}, "additions": 5}
    """#,
    #"{"url": "https://api.github.com/x", "draft": true, "user": {"login": "me", "type": "User"}}"#,
    #"{"number": null, "title": null, "body": null, "labels": null, "user": null, "base": null}"#,
    #"{"deletions": 4}"#,
    #"{"number": 0, "additions": 9223372036854775806, "deletions": 1}"#,
    #"{"number": 9223372036854775807}"#,
    // Escapes, raw UTF-8, canonically equivalent text written two ways.
    #"{"body": "\"\\\/\b\f\n\r\t\u0000\u001f\u00e9\u20AC\ud83d\ude00\uFFFF\uDBFF\uDFFF end"}"#,
    #"{"title": "h\u00e9llo e\u0301", "body": "héllo é € 😀 \udbff\udfff"}"#,
    "{\"title\": \"\u{FFFF}\u{FEFF}\u{200D}\", \"body\": \"\\r\\n\u{7F}\"}",
    // Fields prlint does not read may hold any valid JSON.
    #"{"number": 3, "x": 1e400, "y": -0.5E-3, "z": 123456789012345678901234567890, "w": [true, false, null]}"#,
    #"{"number": 3, "x": "\ud83d\ude00", "": "", "milestone": {"title": "v1", "due": 1.5}}"#,
    "{\(twentyKeys), \"title\": \"t\"}",
  ]

  /// Records the fast path declines: JSONDecoder reads them, or words their error.
  static let declined: [String] = [
    // Wrong types.
    #"{"number": "1"}"#, #"{"title": 1}"#, #"{"body": []}"#, #"{"body": {}}"#, #"{"draft": "yes"}"#,
    #"{"isDraft": 0, "author": null}"#, #"{"labels": {"name": "x"}}"#, #"{"labels": [1]}"#,
    #"{"labels": [null]}"#, #"{"labels": [["a"]]}"#, #"{"labels": [{"name": {"x": 1}}]}"#,
    #"{"user": "me"}"#, #"{"user": {"login": 1}}"#, #"{"base": {"repo": []}}"#,
    #"{"author": {"login": "me", "is_bot": "no"}}"#, #"{"closingIssuesReferences": [1]}"#,
    #"{"closingIssuesReferences": "x"}"#, #"{"closingIssuesReferences": [{"number": "3"}]}"#,
    #"{"closingIssuesReferences": [{"number": 3, "repository": {"name": "r", "owner": "o"}}]}"#,
    // Counts JSONDecoder reads its own way, or refuses.
    #"{"number": 1.0}"#, #"{"number": 1e2}"#, #"{"number": 1E+2}"#, #"{"number": -1}"#, #"{"number": -0}"#,
    #"{"number": 9223372036854775808}"#, #"{"number": 99999999999999999999}"#, #"{"additions": 0.5}"#,
    #"{"additions": 9223372036854775807, "deletions": 1}"#,
    // Duplicate keys, in small and large objects.
    #"{"number": 1, "number": 2}"#, #"{"title": "a", "body": "b", "title": "c"}"#,
    "{\(twentyKeys), \"k3\": 1}",
    #"{"user": {"login": "a", "login": "b"}}"#,
    // Keys Swift compares by canonical equivalence, or written with escapes.
    #"{"\u0074itle": "t"}"#, #"{"tïtle": "x", "title": "y"}"#, #"{"\u212Aey": 1}"#,
    // Strings JSONDecoder may read differently, or refuses.
    #"{"body": "\ud800"}"#, #"{"body": "\udc00x"}"#, #"{"x": "\ud800\u0041"}"#, #"{"x": "\q"}"#,
    #"{"x": "\u12G4"}"#, "{\"body\": \"a\u{01}b\"}", "{\"x\": \"tab\there\"}", "{\"x\": \"\u{7F}\u{0}\"}",
    // Not JSON by RFC 8259 (JSONDecoder tolerates some), or not an object.
    #"{"number": 1,}"#, #"{"x": [1, 2,]}"#, #"{"x": 01}"#, #"{"x": 1.}"#, #"{"x": .5}"#, #"{"x": -}"#,
    #"{"x": +1}"#, #"{"x": 1e}"#, #"{"x": tru}"#, #"{"x": nul}"#, #"{"x": True}"#, #"{"number": 1} x"#,
    #"{"a": 1}{"b": 2}"#, #"{"a" 1}"#, #"{"a": 1 "b": 2}"#, #"{a: 1}"#, #"{'a': 1}"#, #"{"a": 1"#, #"{"#, "",
    " ", "[1]", #""str""#, "1", "null", "true", "\u{FEFF}{\"number\": 1}", "{\"number\": 1}\u{0C}",
    "{\"number\": 1}\u{0}", "{\"number\":\u{A0}1}", #"{"x": NaN}"#, #"{"x": Infinity}"#, #"{"x": [}"#,
    #"{"x": ]}"#, #"{"x": [1 2]}"#, #"{"x": {"y"}}"#, #"{"x": {"y": }}"#, #"{"x": "a"#,
  ]

  /// Invalid UTF-8 in strings that prlint reads and in ones it does not.
  static let declinedBytes: [[UInt8]] = invalidUTF8.flatMap { bad -> [[UInt8]] in
    let body: [UInt8] = Array(#"{"body": "a"#.utf8) + bad + Array(#"b"}"#.utf8)
    let unread: [UInt8] = Array(#"{"x": ""#.utf8) + bad + Array(#""}"#.utf8)
    return [body, unread]
  }

  /// An invalid byte, an overlong form, a surrogate, a scalar past U+10FFFF, a truncated sequence, a
  /// lone continuation byte, a five-byte form.
  private static let invalidUTF8: [[UInt8]] = [
    [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
    [0xF8, 0x88, 0x80, 0x80, 0x80],
  ]
}
