/// A git command that failed or could not run, reported as `COMMAND: git's first error line` (exit 2).
public struct GitError: Error, Sendable, CustomStringConvertible {
  /// The command as a user would type it, e.g. `git diff --numstat -z -M main...HEAD`.
  public var command: String
  public var message: String

  public init(command: String, _ message: String) {
    self.command = command
    self.message = message
  }

  public var description: String { "\(command): \(message)" }
}
