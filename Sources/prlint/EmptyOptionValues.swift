/// `--title=` is an empty title, as CI scripts write `--title="$TITLE"`. ArgumentParser reads an empty
/// `=` value as no value at all and takes the next argument instead (`--title= body.md` made `body.md`
/// the title and read the body from stdin), so such an option is split into `--title` and `""` first.
enum EmptyOptionValues {
  /// Every long option that takes a value, in any command. A test compares this with ArgumentParser's
  /// own description of the commands, so an option added later cannot be missed.
  static let optionsTakingValues: Set<String> = [
    "author", "base-branch", "body-file", "changed-files", "changed-lines", "color", "config", "diff-base", "event",
    "format", "github-event", "head-branch", "jobs", "labels", "linked-issues", "max-warnings", "output", "output-file",
    "preset", "title",
  ]

  static func expand(_ arguments: [String]) -> [String] {
    var expanded: [String] = []
    expanded.reserveCapacity(arguments.count)
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        expanded += arguments[(index - 1)...]  // operands from here on, whatever they look like
        break
      }
      if argument.hasPrefix("--"), argument.hasSuffix("="),
        optionsTakingValues.contains(String(argument.dropFirst(2).dropLast()))
      {
        expanded += [String(argument.dropLast()), ""]
      } else {
        expanded.append(argument)
      }
    }
    return expanded
  }
}
