import Foundation
import Testing

@testable import PRLintKit

/// Installing the hook script beside an existing hook, and the `hook:` configuration.
struct PrePushHookTests {
  private func text(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
  }

  @Test func installsChainsAndRestores() throws {
    let directory = try TestSupport.temporaryDirectory(["hooks/pre-push": "#!/bin/sh\necho theirs\n"])
    defer { try? FileManager.default.removeItem(at: directory) }
    let hooks = directory.appendingPathComponent("hooks")
    let hook = hooks.appendingPathComponent("pre-push")
    let chained = hooks.appendingPathComponent(PrePushHook.chainedFileName)

    #expect(try PrePushHook.install(in: hooks, prlint: "/opt/prlint", force: false) == .chained)
    #expect(try text(chained) == "#!/bin/sh\necho theirs\n")
    #expect(PrePushHook.isOurs(hook))
    #expect(try text(hook).contains("prlint='/opt/prlint'"))
    let permissions = try FileManager.default.attributesOfItem(atPath: hook.path)[.posixPermissions] as? Int
    #expect(permissions == 0o755)
    #expect(try PrePushHook.install(in: hooks, prlint: "/opt/prlint", force: false) == .alreadyInstalled)

    #expect(try PrePushHook.uninstall(in: hooks) == .restored)
    #expect(try text(hook) == "#!/bin/sh\necho theirs\n")
    #expect(!FileManager.default.fileExists(atPath: chained.path))
    #expect(throws: InputError.self) { try PrePushHook.uninstall(in: hooks) }  // not ours: left alone
    #expect(try text(hook) == "#!/bin/sh\necho theirs\n")
  }

  @Test func forceReplacesWithoutChainingAndAnOccupiedChainSlotIsRefused() throws {
    let directory = try TestSupport.temporaryDirectory([
      "pre-push": "#!/bin/sh\nexit 0\n", PrePushHook.chainedFileName: "#!/bin/sh\nexit 1\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: InputError.self) { try PrePushHook.install(in: directory, prlint: "prlint", force: false) }
    #expect(try text(directory.appendingPathComponent("pre-push")) == "#!/bin/sh\nexit 0\n")
    #expect(try PrePushHook.install(in: directory, prlint: "prlint", force: true) == .replaced)
    #expect(PrePushHook.isOurs(directory.appendingPathComponent("pre-push")))
  }

  @Test func installCreatesTheHooksDirectoryAndUninstallWithoutAHookIsANoOp() throws {
    let directory = try TestSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let hooks = directory.appendingPathComponent("custom/hooks")
    #expect(try PrePushHook.uninstall(in: hooks) == .notInstalled)
    #expect(try PrePushHook.install(in: hooks, prlint: "prlint", force: false) == .installed)
    #expect(try PrePushHook.uninstall(in: hooks) == .removed)
    #expect(!FileManager.default.fileExists(atPath: hooks.appendingPathComponent("pre-push").path))
  }

  /// What install made, uninstall takes away once it is empty again; what was there before, or what
  /// someone put there since, stays.
  @Test func uninstallRemovesTheFoldersInstallMadeOnceEmpty() throws {
    let directory = try TestSupport.temporaryDirectory(["kept/.keep": ""])
    defer { try? FileManager.default.removeItem(at: directory) }
    let fileManager = FileManager.default
    let made = directory.appendingPathComponent("custom/hooks")
    #expect(try PrePushHook.install(in: made, prlint: "prlint", force: false) == .installed)
    #expect(try PrePushHook.install(in: made, prlint: "prlint", force: true) == .installed)  // still made here
    #expect(try PrePushHook.uninstall(in: made) == .removed)
    #expect(!fileManager.fileExists(atPath: directory.appendingPathComponent("custom").path))

    let inExisting = directory.appendingPathComponent("kept/hooks")
    #expect(try PrePushHook.install(in: inExisting, prlint: "prlint", force: false) == .installed)
    #expect(try PrePushHook.uninstall(in: inExisting) == .removed)
    #expect(!fileManager.fileExists(atPath: inExisting.path))
    #expect(fileManager.fileExists(atPath: directory.appendingPathComponent("kept/.keep").path))

    let shared = directory.appendingPathComponent("shared")
    #expect(try PrePushHook.install(in: shared, prlint: "prlint", force: false) == .installed)
    try Data("#!/bin/sh\n".utf8).write(to: shared.appendingPathComponent("pre-commit"))
    #expect(try PrePushHook.uninstall(in: shared) == .removed)
    #expect(try fileManager.contentsOfDirectory(atPath: shared.path) == ["pre-commit"])

    let existing = directory.appendingPathComponent("kept")
    #expect(try PrePushHook.install(in: existing, prlint: "prlint", force: false) == .installed)
    #expect(try PrePushHook.uninstall(in: existing) == .removed)
    #expect(fileManager.fileExists(atPath: existing.path))
  }

  /// A team's own hook that merely mentions prlint's marker is theirs: install chains it, uninstall
  /// leaves it where it is.
  @Test func aHookThatOnlyMentionsTheMarkerIsNotOurs() throws {
    let directory = try TestSupport.temporaryDirectory([
      "pre-push": "#!/bin/sh\n# see also: \(PrePushHook.marker) (we do not use it)\nexit 1\n"
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    let hook = directory.appendingPathComponent("pre-push")
    #expect(!PrePushHook.isOurs(hook))
    #expect(throws: InputError.self) { try PrePushHook.uninstall(in: directory) }
    #expect(try String(contentsOf: hook, encoding: .utf8).hasSuffix("exit 1\n"))
    #expect(try PrePushHook.install(in: directory, prlint: "/usr/bin/prlint", force: false) == .chained)
    #expect(PrePushHook.isOurs(hook))
  }

  @Test func scriptQuotesThePathForTheShell() {
    #expect(PrePushHook.shellQuoted("/it's here/prlint") == #"'/it'\''s here/prlint'"#)
  }

  @Test func hookBodyFileIsConfigurable() throws {
    let directory = try TestSupport.temporaryDirectory([
      "good.yml": "hook:\n  body-file: .github/pr-body.md\n", "bad-key.yml": "hook:\n  body: x.md\n",
      "bad-value.yml": "hook:\n  body-file: [a]\n", "none.yml": "extends: default\n",
    ])
    defer { try? FileManager.default.removeItem(at: directory) }
    func load(_ name: String) throws -> Configuration {
      try ConfigurationLoader.file(directory.appendingPathComponent(name).path)
    }
    #expect(try load("good.yml").hookBodyFile == ".github/pr-body.md")
    #expect(try load("none.yml").hookBodyFile == nil)
    #expect {
      try load("bad-key.yml")
    } throws: { error in
      "\(error)".hasSuffix("bad-key.yml:2:3: unknown hook setting \"body\": expected one of body-file")
    }
    #expect {
      try load("bad-value.yml")
    } throws: { error in
      "\(error)".hasSuffix(
        "bad-value.yml:2:14: expected a file path (relative to the repository root) for hook.body-file")
    }
  }
}
