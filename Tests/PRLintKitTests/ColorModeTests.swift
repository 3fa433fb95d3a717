import Testing

@testable import PRLintKit

/// When text output is coloured: the flag, then FORCE_COLOR, NO_COLOR, TERM=dumb, then the terminal.
struct ColorModeTests {
  @Test(arguments: [
    ([:], true, true), ([:], false, false),
    (["NO_COLOR": "1"], true, false), (["NO_COLOR": ""], true, true),
    (["FORCE_COLOR": "1"], false, true), (["FORCE_COLOR": "3"], false, true), (["FORCE_COLOR": "0"], true, false),
    (["FORCE_COLOR": ""], false, false), (["FORCE_COLOR": "1", "NO_COLOR": "1"], false, true),
    (["TERM": "dumb"], true, false), (["TERM": "xterm-256color"], true, true),
    (["TERM": "dumb", "FORCE_COLOR": "1"], false, true),
  ])
  func automaticFollowsTheEnvironment(environment: [String: String], isTerminal: Bool, colours: Bool) {
    #expect(ColorMode.auto.enabled(isTerminal: isTerminal, environment: environment) == colours)
  }

  @Test func aChoiceOutranksTheEnvironment() {
    #expect(!ColorMode.never.enabled(isTerminal: true, environment: ["FORCE_COLOR": "1"]))
    #expect(ColorMode.always.enabled(isTerminal: false, environment: ["NO_COLOR": "1", "TERM": "dumb"]))
  }
}
