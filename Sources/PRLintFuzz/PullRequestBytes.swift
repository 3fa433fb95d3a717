import PRLintKit

/// Splits one fuzz input into a whole pull request, so the diff rules and the policies run too:
/// `BODY [NUL NUL FLAGS NUMSTAT]`. The body's first line is the title and its words the labels; without
/// the trailer, the files are the body's words that look like paths, as PR bodies often name them.
struct PullRequestBytes {
  let body: String
  /// The body's bytes as given, invalid UTF-8 and all, for `prlint fix`, which writes them back.
  let bodyBytes: [UInt8]
  let flags: UInt8
  let numstat: ArraySlice<UInt8>?

  init(_ bytes: [UInt8]) {
    let split = bytes.indices.dropLast().first { bytes[$0] == 0 && bytes[$0 + 1] == 0 }
    guard let split else {
      bodyBytes = bytes
      body = String(decoding: bytes, as: UTF8.self)
      flags = 0
      numstat = nil
      return
    }
    bodyBytes = Array(bytes[..<split])
    body = String(decoding: bodyBytes, as: UTF8.self)
    let trailer = bytes[(split + 2)...]
    flags = trailer.first ?? 0
    numstat = trailer.dropFirst()
  }

  /// FLAGS bits: 0 draft, 1 bot author, 2 GitLab, 3 body cut by the host, 4 base is the default branch,
  /// 5 no file list, 6 read from a CI (source `PR #N`), 7 quiet report; bits 0-1 are also --max-warnings.
  func flag(_ bit: Int) -> Bool { flags & (1 << bit) != 0 }

  var title: String? {
    body.isEmpty ? nil : String(body.prefix { $0 != "\n" && $0 != "\r" })
  }

  var pullRequest: PullRequestInfo {
    let words = (title ?? "").split(separator: " ").map(String.init)
    let number = Int(flags) + 1
    return PullRequestInfo(
      number: number, url: "https://github.com/fuzz/fuzz/pull/\(number)", labels: words,
      author: .init(login: words.last ?? "fuzzer", isBot: flag(1)), isDraft: flag(0), baseBranch: "main",
      defaultBranch: flag(4) ? "main" : "develop", platform: flag(2) ? .gitlab : .github, bodyTruncated: flag(3))
  }

  var files: [ChangedFile]? {
    if flag(5) { return nil }
    if let numstat, let parsed = try? NumstatParser.parse(numstat) { return parsed }
    let words = body.split { $0.isWhitespace || $0 == "`" || $0 == "(" || $0 == ")" }
    return words.filter { $0.contains("/") || $0.contains(".") }.prefix(8).enumerated().map { index, word in
      let size = word.utf8.count
      return index % 5 == 4
        ? ChangedFile(path: String(word), additions: nil, deletions: nil)
        : ChangedFile(path: String(word), additions: size * 10, deletions: size)
    }
  }

  var lintInput: LintInput {
    let files = files
    let fromCI = flag(6)
    return LintInput(
      source: fromCI ? "PR #\(Int(flags) + 1)" : "fuzz.md", sourceIsFile: !fromCI, body: body, title: title,
      changedLines: files?.reduce(0) { $0 + $1.changedLines }, changedFiles: files?.count, files: files,
      pullRequest: pullRequest)
  }

  /// The body's first half as the repository's PR template, so `template-leftovers` finds leftovers.
  var template: (path: String, text: String) {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    return (".github/pull_request_template.md", lines.prefix(lines.count / 2).joined(separator: "\n"))
  }
}
