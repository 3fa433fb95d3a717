import ArgumentParser
import Foundation
import PRLintKit

/// `prlint hook install|uninstall|run`: check a branch's PR description before `git push` sends it.
struct HookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hook", abstract: "Install, remove or run the git pre-push hook that checks PR descriptions.",
    subcommands: [Install.self, Uninstall.self, Run.self])

  struct Install: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "install",
      abstract: "Install the pre-push hook where git looks for hooks (core.hooksPath or .git/hooks).",
      discussion: """
        An existing pre-push hook is kept as pre-push.prlint-chained and runs first, with the same input.
        The hook runs this prlint binary by its absolute path, or prlint on PATH once that path is gone.
        """)

    @Flag(help: "Replace an existing pre-push hook instead of chaining it.")
    var force = false

    func run() throws {
      let directory = try GitRepository().hooksDirectory()
      let hook = TerminalSafe.escape(directory.appendingPathComponent(PrePushHook.fileName).path)
      switch try PrePushHook.install(in: directory, prlint: Self.runningBinary(), force: force) {
      case .installed:
        print("installed the prlint pre-push hook at \(hook); skip it once with PRLINT_SKIP=1 git push")
      case .chained:
        print(
          "installed the prlint pre-push hook at \(hook); the hook that was there is now "
            + "\(PrePushHook.chainedFileName) and runs first")
      case .replaced:
        print("replaced the pre-push hook at \(hook) with prlint's (--force: the old hook was not kept)")
      case .alreadyInstalled:
        print("the prlint pre-push hook is already installed at \(hook): nothing to do")
      }
    }

    /// This binary's absolute path: argv[0] made absolute, or the PATH entry a bare name came from.
    static func runningBinary() -> String {
      let name = CommandLine.arguments.first ?? "prlint"
      let fileManager = FileManager.default
      if name.contains("/") { return URL(fileURLWithPath: name).standardizedFileURL.path }
      for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name).standardizedFileURL
        if fileManager.isExecutableFile(atPath: candidate.path) { return candidate.path }
      }
      return "prlint"
    }
  }

  struct Uninstall: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "uninstall",
      abstract: "Remove prlint's pre-push hook and put back the hook it chained, if any.")

    func run() throws {
      let directory = try GitRepository().hooksDirectory()
      let hook = TerminalSafe.escape(directory.appendingPathComponent(PrePushHook.fileName).path)
      switch try PrePushHook.uninstall(in: directory) {
      case .removed: print("removed the prlint pre-push hook from \(hook)")
      case .restored: print("removed the prlint pre-push hook; the chained hook is back at \(hook)")
      case .notInstalled: print("no pre-push hook at \(hook): nothing to remove")
      }
    }
  }

  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "run",
      abstract: "Check the branches being pushed (run by git as the pre-push hook).",
      discussion: """
        git passes the remote's name and URL as arguments and one line per pushed ref on standard input.
        Under the pre-commit framework, the PRE_COMMIT_* variables it sets are read instead.
        """)

    @Argument(help: "The remote's name (or URL), as git passes it.")
    var remote: String?

    @Argument(help: "The remote's URL, as git passes it: a GitHub or GitLab host sets the closing-keyword grammar.")
    var url: String?

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
      let repository = GitRepository()
      let environment = ProcessInfo.processInfo.environment
      if environment["PRLINT_SKIP"] == "1" { return }  // also under pre-commit, which runs no script of ours
      let updates: [PushUpdate]
      let remoteName: String
      var remoteURL = url
      if let update = try PreCommitPush.update(from: environment, repository: repository) {
        updates = update.isDeletion ? [] : [update]
        remoteName = environment["PRE_COMMIT_REMOTE_NAME"] ?? remote ?? "origin"
        remoteURL = environment["PRE_COMMIT_REMOTE_URL"] ?? url
      } else {
        guard isatty(STDIN_FILENO) != 1 else {
          throw UsageError(
            message: "prlint hook run is meant to be run by git as the pre-push hook, with the pushed refs on "
              + "standard input: install it with prlint hook install")
        }
        guard let remote else {
          throw UsageError(message: "prlint hook run: expected the remote's name, as git passes it")
        }
        remoteName = remote
        updates = try Self.readUpdates()
      }
      guard updates.contains(where: \.isLintable) else { return }  // nothing a PR could come of

      let configuration = try configurationOptions.load()
      let pushed = try PushInputs(
        updates: updates, remote: remoteName, remoteURL: remoteURL, repository: repository,
        bodyFile: configuration.hookBodyFile)
      for note in pushed.notes { Self.say("prlint: note: " + TerminalSafe.escape(note)) }
      let linter = try Linter(configuration: configuration, environment: .currentDirectory)
      let options = ReportOptions(color: ColorMode.auto.enabled(for: FileHandle.standardError))
      var failed = false
      for input in pushed.inputs {
        let result = linter.lint(input)
        FileHandle.standardError.write(Data(TextReporter().report([result], options: options).utf8))
        failed = failed || ReportSummary([result]).fails
      }
      guard failed else { return }
      let fix =
        configuration.hookBodyFile.map { "edit \(TerminalSafe.escape($0))" }
        ?? "reword the tip commit (git commit --amend)"
      Self.say("prlint: push blocked: \(fix), or push anyway with PRLINT_SKIP=1 git push or git push --no-verify")
      throw ExitCode(1)
    }

    private static func readUpdates() throws -> [PushUpdate] {
      let data = try BodyReader.readStandardInputData(expected: "git's pre-push lines")
      do {
        return try PushUpdate.parse(String(decoding: data, as: UTF8.self))
      } catch {
        throw InputError(
          source: BodyReader.standardInputName,
          "line \(error.line): expected <local ref> <local sha> <remote ref> <remote sha>, as git writes for pre-push")
      }
    }

    static func say(_ line: String) {
      FileHandle.standardError.write(Data((line + "\n").utf8))
    }
  }
}
