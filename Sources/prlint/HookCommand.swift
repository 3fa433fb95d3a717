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
      switch try PrePushHook.install(in: directory, prlint: PrePushHook.runningBinary(), force: force) {
      case .installed:
        try Console.out("installed the prlint pre-push hook at \(hook); skip it once with PRLINT_SKIP=1 git push\n")
      case .chained:
        try Console.out(
          "installed the prlint pre-push hook at \(hook); the hook that was there is now "
            + "\(PrePushHook.chainedFileName) and runs first\n")
      case .replaced:
        try Console.out("replaced the pre-push hook at \(hook) with prlint's (--force: the old hook was not kept)\n")
      case .alreadyInstalled:
        try Console.out("the prlint pre-push hook is already installed at \(hook): nothing to do\n")
      case .runByPreCommit:
        let legacy = TerminalSafe.escape(directory.appendingPathComponent(PrePushHook.preCommitLegacyFileName).path)
        try Console.out(
          "the prlint pre-push hook is already installed at \(legacy), which pre-commit's hook runs first: "
            + "nothing to do\n")
      }
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
      case .removed: try Console.out("removed the prlint pre-push hook from \(hook)\n")
      case .restored: try Console.out("removed the prlint pre-push hook; the chained hook is back at \(hook)\n")
      case .removedFromPreCommit:
        let legacy = TerminalSafe.escape(directory.appendingPathComponent(PrePushHook.preCommitLegacyFileName).path)
        try Console.out("removed the prlint pre-push hook from \(legacy); pre-commit's hook stays at \(hook)\n")
      case .notInstalled: try Console.out("no pre-push hook at \(hook): nothing to remove\n")
      }
    }
  }

  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "run",
      abstract: "Check the branches being pushed (run by git as the pre-push hook).",
      discussion: """
        git passes the remote's name and URL as arguments and one line per pushed ref on standard input.
        Under the pre-commit framework, the PRE_COMMIT_* variables it sets are read instead: they name the
        first pushed ref only, so when prlint's own hook is installed too, it checks the push instead. Run by
        `pre-commit run --hook-stage pre-push`, with no push, it checks the branch checked out.
        """)

    @Argument(help: "The remote's name (or URL), as git passes it.")
    var remote: String?

    @Argument(help: "The remote's URL, as git passes it: a GitHub or GitLab host sets the closing-keyword grammar.")
    var url: String?

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
      let repository = GitRepository()
      let push: PushRequest
      do {
        guard
          let request = try PushRequest.read(
            remote: remote, url: url, environment: ProcessInfo.processInfo.environment,
            standardInputIsTerminal: isatty(STDIN_FILENO) == 1, repository: repository)
        else { return }
        push = request
      } catch let error as PushRequest.NotRunByGit {
        throw UsageError(message: error.message)
      }
      guard push.hasLintable else { return }  // nothing a PR could come of

      let configuration = try configurationOptions.load()
      let pushed = try PullRequestInputs(push: push, bodyFile: configuration.hookBodyFile, repository: repository)
      for note in pushed.warnings { try Self.say("prlint: note: " + TerminalSafe.escape(note)) }
      let linter = try Linter(configuration: configuration, environment: .currentDirectory)
      let options = ReportOptions(color: ColorMode.auto.enabled(for: FileHandle.standardError))
      var failed = false
      for input in pushed.inputs {
        let result = linter.lint(input)
        try Console.error(TextReporter().report([result], options: options))
        failed = failed || ReportSummary([result]).fails
      }
      guard failed else { return }
      let fix =
        configuration.hookBodyFile.map { "edit \(TerminalSafe.escape($0))" }
        ?? "reword the tip commit (git commit --amend)"
      try Self.say("prlint: push blocked: \(fix), or push anyway with PRLINT_SKIP=1 git push or git push --no-verify")
      throw ExitCode(1)
    }

    static func say(_ line: String) throws(Console.WriteError) {
      try Console.error(line + "\n")
    }
  }
}
