import Foundation

/// Finds and loads the repository's PR templates, once per run and only for a rule that is on: a
/// handful of `stat` calls, plus one directory listing per template folder present.
public enum PullRequestTemplates {
  /// Single templates, relative to the repository root, in GitHub's order of precedence.
  static let files = [
    ".github/pull_request_template.md", ".github/PULL_REQUEST_TEMPLATE.md", "pull_request_template.md",
    "PULL_REQUEST_TEMPLATE.md", "docs/pull_request_template.md", "docs/PULL_REQUEST_TEMPLATE.md",
  ]
  /// Folders of several templates; each `.md` file in them is one.
  static let folders = [
    ".github/PULL_REQUEST_TEMPLATE", ".github/pull_request_template", ".gitlab/merge_request_templates",
  ]
  /// A template folder holds a few files; more are not templates worth parsing on every run.
  static let folderLimit = 20

  /// The templates a run compares bodies with: the file `named` (made absolute by the configuration
  /// loader) when given, else those `environment` stands in, else those found from its working
  /// directory's git root.
  static func load(named: String, environment: RuleEnvironment) throws(ConfigurationError) -> [PullRequestTemplate] {
    try texts(named: named, setting: "template-leftovers.template", environment: environment).map {
      PullRequestTemplate(text: $0.text, path: $0.path, pseudoHeadings: environment.pseudoHeadings)
    }
  }

  /// The texts of the templates `load` would parse, each with its path as reports name it (relative to the
  /// repository root when it is inside it). `setting` names what named the file, for the error when it
  /// cannot be read.
  static func texts(named: String, setting: String, environment: RuleEnvironment) throws(ConfigurationError)
    -> [(path: String, text: String)]
  {
    if !named.isEmpty {
      guard let text = read(named) else {
        throw ConfigurationError(file: named, "cannot read the PR template named by \(setting)")
      }
      return [(displayPath(named, in: environment.workingDirectory), text)]
    }
    if let given = environment.pullRequestTemplates { return given }
    guard let directory = environment.workingDirectory else { return [] }
    return discover(from: directory).compactMap { path in
      read(path).map { (displayPath(path, in: directory), $0) }
    }
  }

  /// `path` relative to the root of the repository holding `directory`, when it is inside it.
  static func displayPath(_ path: String, in directory: String?) -> String {
    guard let directory else { return path }
    let root = RepositoryRoot(around: directory).path
    let standardized = PathText.standardized(path)
    guard root != "/", standardized.hasPrefix(root + "/") else { return path }
    return String(standardized.dropFirst(root.count + 1))
  }

  /// The template files of the repository holding `directory` (or of `directory` itself outside git).
  /// One that links outside it is not the repository's, and is left out as an unreadable one is.
  public static func discover(from directory: String) -> [String] {
    let root = RepositoryRoot(around: directory)
    let fileManager = FileManager.default
    var found: [String] = []
    for file in files {
      let path = PathText.appending(file, to: root.path)
      guard PathText.isFile(path), root.outside(path) == nil else { continue }
      if !found.contains(where: { $0.lowercased() == path.lowercased() }) { found.append(path) }
    }
    for folder in folders {
      let folderPath = PathText.appending(folder, to: root.path)
      guard let names = try? fileManager.contentsOfDirectory(atPath: folderPath) else { continue }
      let templates = names.filter { $0.lowercased().hasSuffix(".md") }.sorted().prefix(folderLimit)
      for name in templates {
        let path = PathText.appending(name, to: folderPath)
        if PathText.isFile(path), root.outside(path) == nil, !found.contains(path) { found.append(path) }
      }
    }
    return found
  }

  /// A template's text; GitHub caps templates well below this, so a huge file is not one.
  private static func read(_ path: String) -> String? {
    guard
      let data = try? BodyReader.readData(path: path, expected: "a PR template", limit: 1 << 20, regularFileOnly: true)
    else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
