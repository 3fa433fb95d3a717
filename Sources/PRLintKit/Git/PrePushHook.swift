import Foundation

/// prlint's `pre-push` hook script, and installing it beside (never over) a hook already there.
public enum PrePushHook {
  public static let fileName = "pre-push"
  /// Where an existing hook is kept; ours runs it first with the same arguments and input.
  public static let chainedFileName = "pre-push.prlint-chained"
  /// Where `pre-commit install` keeps a hook it finds in its place; pre-commit's hook runs it first, with
  /// git's arguments and input, so ours still sees every pushed ref from there.
  public static let preCommitLegacyFileName = "pre-push.legacy"
  /// The line that tells our script from anyone else's.
  static let marker = "# prlint-managed pre-push hook"

  /// A POSIX sh script that runs `PRLINT hook run` with git's arguments and standard input.
  /// `prlint` is the absolute path of the binary that installed it; when that is gone, the script
  /// falls back to `prlint` on PATH. `foldersMade` records how many folders install created for it.
  public static func script(prlint: String, foldersMade: Int = 0) -> String {
    """
    #!/bin/sh
    \(marker): lints each pushed branch's description as its PR would show it.
    # Written by `prlint hook install`; `prlint hook uninstall` removes it and restores a chained hook.
    # Skip prlint once: PRLINT_SKIP=1 git push (a chained hook still runs). Skip every hook: git push --no-verify.
    \(foldersMade > 0 ? foldersMadePrefix + String(foldersMade) + "\n" : "")prlint=\(shellQuoted(prlint))
    [ -x "$prlint" ] || prlint=prlint
    chained="$(dirname "$0")/\(chainedFileName)"
    if [ -x "$chained" ]; then
      # git writes the pushed refs to stdin once: keep them to give both hooks the same input.
      updates=$(cat; echo .)
      updates=${updates%.}
      printf '%s' "$updates" | "$chained" "$@" || {
        status=$?
        echo "prlint pre-push hook: $chained failed (exit $status): push blocked" >&2
        exit "$status"
      }
      [ "${PRLINT_SKIP:-}" = 1 ] && exit 0
      command -v "$prlint" >/dev/null 2>&1 || {
        echo "prlint pre-push hook: prlint not found: install it, or push with PRLINT_SKIP=1 git push" >&2
        exit 1
      }
      printf '%s' "$updates" | "$prlint" hook run "$@"
      exit $?
    fi
    [ "${PRLINT_SKIP:-}" = 1 ] && exit 0
    command -v "$prlint" >/dev/null 2>&1 || {
      echo "prlint pre-push hook: prlint not found: install it, or push with PRLINT_SKIP=1 git push" >&2
      exit 1
    }
    exec "$prlint" hook run "$@"

    """
  }

  public enum InstallOutcome: Sendable, Equatable {
    case installed
    /// An existing hook was moved to `chainedFileName` and runs before ours.
    case chained
    /// `--force` overwrote a hook that was not ours.
    case replaced
    case alreadyInstalled
    /// Ours is `preCommitLegacyFileName`, run by pre-commit's hook: installing it again would run it twice.
    case runByPreCommit
  }

  public enum UninstallOutcome: Sendable, Equatable {
    case removed
    /// The chained hook is back at `pre-push`.
    case restored
    /// Ours was `preCommitLegacyFileName`; pre-commit's hook stays.
    case removedFromPreCommit
    case notInstalled
  }

  /// Whether our script runs on a push from `directory`: as the hook, or as the one pre-commit's runs.
  public static func isInstalled(in directory: URL) -> Bool {
    isOurs(directory.appendingPathComponent(fileName))
      || isOurs(directory.appendingPathComponent(preCommitLegacyFileName))
  }

  /// Whether the file at `url` is our script: it opens with our exact header. A team's own hook that
  /// merely mentions the marker (in a comment, say) is theirs, and is never replaced or removed.
  public static func isOurs(_ url: URL) -> Bool {
    guard let data = FileManager.default.contents(atPath: url.path) else { return false }
    return data.starts(with: Data(header.utf8))
  }

  /// The first two lines of every script prlint writes.
  static let header = "#!/bin/sh\n\(marker): "

  /// Installs the hook. The script is written and made executable beside the hook first, then renamed
  /// into place: a failure at any step (a full disk, `ulimit -f`) leaves the user's hook as it was.
  public static func install(in directory: URL, prlint: String, force: Bool) throws(InputError) -> InstallOutcome {
    let hook = directory.appendingPathComponent(fileName)
    let chained = directory.appendingPathComponent(chainedFileName)
    let fileManager = FileManager.default
    if !isOurs(hook), isOurs(directory.appendingPathComponent(preCommitLegacyFileName)) { return .runByPreCommit }
    let exists = fileManager.fileExists(atPath: hook.path) || isSymbolicLink(hook)
    var outcome = InstallOutcome.installed
    if exists, isOurs(hook) {
      guard force else { return .alreadyInstalled }
    } else if exists, force {
      outcome = .replaced
    } else if exists {
      guard !fileManager.fileExists(atPath: chained.path), !isSymbolicLink(chained) else {
        throw InputError(
          source: chained.path,
          "exists already, so \(hook.path) cannot be chained: move one of them away, or use --force")
      }
      outcome = .chained
    }
    let written = directory.appendingPathComponent(fileName + ".prlint-new")
    let made = exists ? (isOurs(hook) ? foldersMade(by: hook) : 0) : missingFolders(directory)
    do {
      try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
      try write(script(prlint: prlint, foldersMade: made), to: written)
    } catch {
      try? fileManager.removeItem(at: written)
      let reason = (error as? Console.WriteError)?.reason ?? "the folder cannot be made"
      throw InputError(source: hook.path, "cannot be written (\(reason)): the hook that was there is unchanged")
    }
    if outcome == .chained, rename(hook.path, chained.path) != 0 {
      try? fileManager.removeItem(at: written)
      throw InputError(source: hook.path, "cannot be moved to \(chainedFileName): the hook is unchanged")
    }
    guard rename(written.path, hook.path) == 0 else {
      let reason = String(cString: strerror(errno)).lowercased()
      if outcome == .chained { _ = rename(chained.path, hook.path) }  // put the user's hook back
      try? fileManager.removeItem(at: written)
      throw InputError(source: hook.path, "cannot be written (\(reason)): the hook that was there is unchanged")
    }
    return outcome
  }

  /// Writes `text` to a new file at `url` with mode 755, all of it or an error.
  private static func write(_ text: String, to url: URL) throws {
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard descriptor >= 0 else {
      throw Console.WriteError(stream: url.path, reason: String(cString: strerror(errno)).lowercased())
    }
    defer { close(descriptor) }
    try Console.write(text, to: descriptor, stream: url.path)
    guard fchmod(descriptor, 0o755) == 0, fsync(descriptor) == 0 else {
      throw Console.WriteError(stream: url.path, reason: String(cString: strerror(errno)).lowercased())
    }
  }

  public static func uninstall(in directory: URL) throws(InputError) -> UninstallOutcome {
    let hook = directory.appendingPathComponent(fileName)
    let chained = directory.appendingPathComponent(chainedFileName)
    let fileManager = FileManager.default
    let legacy = directory.appendingPathComponent(preCommitLegacyFileName)
    if !isOurs(hook), isOurs(legacy) {
      do { try fileManager.removeItem(at: legacy) } catch {
        throw InputError(source: legacy.path, "cannot be removed")
      }
      return .removedFromPreCommit
    }
    guard fileManager.fileExists(atPath: hook.path) else { return .notInstalled }
    guard isOurs(hook) else {
      throw InputError(source: hook.path, "is not prlint's hook: left as it is")
    }
    let made = foldersMade(by: hook)
    do {
      try fileManager.removeItem(at: hook)
      guard fileManager.fileExists(atPath: chained.path) else {
        removeEmptyFolders(directory, count: made)
        return .removed
      }
      try fileManager.moveItem(at: chained, to: hook)
    } catch {
      throw InputError(source: hook.path, "cannot be removed or restored")
    }
    return .restored
  }

  /// A dangling symlink does not "exist" for FileManager, but it is still someone's hook.
  private static func isSymbolicLink(_ url: URL) -> Bool {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
  }

  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }

  /// This binary's absolute path: argv[0] made absolute, or the PATH entry a bare name came from.
  public static func runningBinary() -> String {
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
