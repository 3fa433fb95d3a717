import Foundation

/// The commonest invocations recognised without ArgumentParser, whose reflection over the commands'
/// options (a dynamic cast per property wrapper, each scanning the static binary's conformance table)
/// was most of a one-body run: `prlint [check] [FILE ...]` with every argument a plain operand, as in
/// `gh pr view 42 --json body -q .body | prlint` and `prlint PR.md`, and `prlint --version`.
/// Anything else goes through ArgumentParser, as does everything when `PRLINT_NO_FAST_PATH` is set
/// (the tests compare the two).
enum FastPath {
  enum Invocation: Equatable {
    case check(files: [String])
    case version
  }

  /// What ArgumentParser would take at the first position for something other than a file:
  /// the subcommands, and the `help` it adds.
  static let commandNames: Set<String> = Set(
    PRLint.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])

  /// The invocation `arguments` (without the program name) make, when the fast path can take it.
  static func invocation(_ arguments: [String]) -> Invocation? {
    if arguments == ["--version"] { return .version }
    var operands = arguments[...]
    if operands.first == "check" {
      operands.removeFirst()
    } else if let first = operands.first, commandNames.contains(first) {
      return nil
    }
    // Options, `--`, and a second `-` (a validation error) are ArgumentParser's to handle.
    guard operands.allSatisfy({ $0 == "-" || !$0.hasPrefix("-") }), operands.count(where: { $0 == "-" }) <= 1
    else { return nil }
    return .check(files: Array(operands))
  }

  /// The invocation of this process, unless the fast path is turned off.
  static func invocation() -> Invocation? {
    guard getenv("PRLINT_NO_FAST_PATH") == nil else { return nil }
    return invocation(Array(CommandLine.arguments.dropFirst()))
  }
}
