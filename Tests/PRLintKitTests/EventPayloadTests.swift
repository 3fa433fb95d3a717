import Foundation
import Testing

@testable import PRLintKit

/// Every real payload in the shared fixtures reads as `events/FIELDS.md` describes it.
struct EventPayloadTests {
  struct Expected: Sendable, CustomTestStringConvertible {
    var file: String
    var title: String
    /// Unicode scalars in the body; 0 for `""` and for JSON null.
    var bodyLength: Int
    var draft: Bool
    var changedLines: Int
    var changedFiles: Int
    var labels: [String]
    var author: String
    var bot: Bool
    var testDescription: String { file }
  }

  static let expected: [Expected] = [
    .init(
      file: "changesets-bot__release_pull_request.opened.json", title: "Version Packages", bodyLength: 293,
      draft: false, changedLines: 2, changedFiles: 1, labels: [], author: "github-actions[bot]", bot: true),
    .init(
      file: "civicrm-probot__pull_request.opened.json", title: "README.md - Add foobar", bodyLength: 659,
      draft: false, changedLines: 4, changedFiles: 1, labels: [], author: "exampleuser", bot: false),
    .init(
      file: "cogni-git-review__pull_request.opened.raw-body.json", title: "Test PR Title", bodyLength: 12,
      draft: false, changedLines: 1, changedFiles: 1, labels: [], author: "derekg1729", bot: false),
    .init(
      file: "drone-go-scm__pr_ready_for_review.json", title: "Update dgdggd.me", bodyLength: 0, draft: false,
      changedLines: 5, changedFiles: 1, labels: [], author: "rathodmeetsatish", bot: false),
    .init(
      file: "frappe-pr-bot__pull_request_to_master.fork.json",
      title: "[Minor] Item master - get_query for deferred accounts", bodyLength: 142, draft: false,
      changedLines: 18, changedFiles: 1, labels: [], author: "Zlash65", bot: false),
    .init(
      file: "kodiak__opened_draft.json", title: "Create moby-dick.txt", bodyLength: 0, draft: true, changedLines: 1,
      changedFiles: 1, labels: [], author: "chdsbd", bot: false),
    .init(
      file: "kodiak__pull_request_kodiak_updated.json", title: "add(web): mock api", bodyLength: 117, draft: false,
      changedLines: 890, changedFiles: 25, labels: ["automerge"], author: "chdsbd", bot: false),
    .init(
      file: "kodiak__pull_request_total_closed.dependabot.json",
      title: "Bump handlebars from 4.0.11 to 4.5.3 in /examples/typescript-redux-thunks-and-react",
      bodyLength: 5925, draft: false, changedLines: 77, changedFiles: 1, labels: ["dependencies"],
      author: "dependabot[bot]", bot: true),
    .init(
      file: "octokit-webhooks__converted_to_draft.payload.json", title: "Update the README with new information.",
      bodyLength: 64, draft: true, changedLines: 2, changedFiles: 1, labels: ["bug"], author: "Codertocat", bot: false
    ),
    .init(
      file: "octokit-webhooks__opened.payload.json", title: "Update the README with new information.",
      bodyLength: 64, draft: false, changedLines: 2, changedFiles: 1, labels: ["bug"], author: "Codertocat",
      bot: false),
    .init(
      file: "octokit-webhooks__opened.with-null-body.json", title: "Update the README with new information.",
      bodyLength: 0, draft: false, changedLines: 2, changedFiles: 1, labels: ["bug"], author: "Codertocat",
      bot: false),
    .init(
      file: "pytorch-probot__pull_request.labeled.json", title: "WIP add docker build steps", bodyLength: 46,
      draft: false, changedLines: 213, changedFiles: 5, labels: ["bug", "ci/binary", "ci/bleh", "ci/windows"],
      author: "seemethere", bot: false),
    .init(
      file: "pytorch-probot__pull_request.opened.fork.json", title: "Create README", bodyLength: 0, draft: false,
      changedLines: 1, changedFiles: 1, labels: [], author: "zzj-bot", bot: false),
    .init(
      file: "pytorch-test-infra__pull_request.reopened.pytorch-115150.json",
      title: "Pin z3-solver on Windows to 4.12.2.0", bodyLength: 132, draft: false, changedLines: 2, changedFiles: 1,
      labels: ["Merged", "ciflow/trunk", "topic: not user facing", "test-config/default"], author: "huydhn",
      bot: false),
    .init(
      file: "release-drafter__pull_request-synchronize.json", title: "break/v7", bodyLength: 1392, draft: true,
      changedLines: 341_846, changedFiles: 347, labels: ["type: breaking"], author: "cchanche", bot: false),
  ]

  @Test(.needsFixtures, arguments: expected)
  func readsThePayload(_ expected: Expected) throws {
    let fixtures = try #require(TestSupport.fixtures)
    let input = try EventPayload.read(path: fixtures.appendingPathComponent("events/\(expected.file)").path)
    #expect(input.title == expected.title)
    #expect(input.body.unicodeScalars.count == expected.bodyLength)
    #expect(input.pullRequest.isDraft == expected.draft)
    #expect(input.changedLines == expected.changedLines)
    #expect(input.changedFiles == expected.changedFiles)
    #expect(input.pullRequest.labels == expected.labels)
    #expect(input.pullRequest.author == .init(login: expected.author, isBot: expected.bot))
    #expect(input.pullRequest.platform == .github)
  }

  @Test(.needsFixtures) func wrappedAndBarePayloadsAgree() throws {
    let fixtures = try #require(TestSupport.fixtures)
    let events = fixtures.appendingPathComponent("events")
    for derived in try FileManager.default.contentsOfDirectory(atPath: events.appendingPathComponent("derived").path) {
      let wrapped = derived.replacingOccurrences(of: ".payload-only.json", with: ".json")
      let bare = try EventPayload.read(path: events.appendingPathComponent("derived/\(derived)").path)
      let original = try EventPayload.read(path: events.appendingPathComponent(wrapped).path)
      #expect(bare.body == original.body && bare.title == original.title, "\(derived)")
      #expect(bare.pullRequest == original.pullRequest, "\(derived)")
    }
  }

  @Test(.needsFixtures) func branchesComeFromBaseAndRepository() throws {
    let fixtures = try #require(TestSupport.fixtures)
    let fork = try EventPayload.read(
      path: fixtures.appendingPathComponent("events/frappe-pr-bot__pull_request_to_master.fork.json").path)
    #expect(fork.pullRequest.number == 15593)
    #expect(fork.pullRequest.baseBranch != nil && fork.pullRequest.defaultBranch != nil)
    #expect(fork.source == "PR #15593")
  }

  @Test(.needsFixtures) func gitLabMergeRequestHook() throws {
    let fixtures = try #require(TestSupport.fixtures)
    let input = try EventPayload.read(
      path: fixtures.appendingPathComponent("events/gitlab/cogni-git-review__merge_request.opened.raw-body.json").path)
    #expect(input.title == "chore: sync GitLab")
    #expect(input.body.hasPrefix("I directly created this repo in Gitlab"))
    #expect(input.pullRequest.platform == .gitlab)
    #expect(input.pullRequest.author?.login == "derekg1729")
    #expect(input.pullRequest.baseBranch == "main" && input.pullRequest.defaultBranch == "main")
    #expect(input.source == "MR !1")
  }

  @Test(arguments: [
    ("{\"ref\": \"refs/heads/main\", \"pusher\": {}}", "push", "is a push event: expected a pull_request"),
    ("{\"ref\": \"x\"}", nil, "is an event without a pull_request: expected a pull_request"),
    ("{\"action\": \"opened\"}", "pull_request", "is a pull_request event without its pull_request object: expected"),
    ("[1, 2]", nil, "is not a JSON object"),
    ("{\"object_kind\": \"push\"}", nil, "is a GitLab push hook"),
    ("{\n  \"pull_request\": {\n    \"title\": tru\n  }\n}", nil, "event.json:3:"),
  ])
  func notAPullRequest(json: String, eventName: String?, expected: String) {
    let error = #expect(throws: InputError.self) {
      try EventPayload.parse(Data(json.utf8), source: "event.json", eventName: eventName)
    }
    #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
  }

  @Test func minimalPayloadDefaults() throws {
    let input = try EventPayload.parse(Data(#"{"pull_request": {"body": null}}"#.utf8), source: "e")
    #expect(input.body == "" && input.title == nil && !input.pullRequest.isDraft)
    #expect(input.changedLines == nil && input.changedFiles == nil && input.pullRequest.labels.isEmpty)
  }
}
