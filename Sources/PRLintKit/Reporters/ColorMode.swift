import Foundation

/// Whether text output is coloured. `always` and `never` (`--color`, `--no-color`) decide outright;
/// `auto` follows the environment as other tools do, in this order: `FORCE_COLOR` set and not `0`
/// colours even a pipe (as in Node.js, it beats `NO_COLOR`); a non-empty `NO_COLOR` turns colour off
/// (https://no-color.org); `TERM=dumb` turns it off; otherwise a terminal is coloured and a pipe is not.
public enum ColorMode: String, Sendable, CaseIterable {
  case auto, always, never

  public func enabled(for handle: FileHandle) -> Bool {
    // getenv, not ProcessInfo.environment: that builds a dictionary of every variable, a tenth of a run.
    let environment = ["FORCE_COLOR", "NO_COLOR", "TERM"].reduce(into: [String: String]()) { variables, name in
      variables[name] = getenv(name).map { String(cString: $0) }
    }
    return enabled(isTerminal: isatty(handle.fileDescriptor) == 1, environment: environment)
  }

  public func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      if let force = environment["FORCE_COLOR"], !force.isEmpty { return force != "0" }
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if environment["TERM"] == "dumb" { return false }
      return isTerminal
    }
  }
}
