import PRLintMarkdown

/// A change to what users see shows what they will see.
public struct ScreenshotsRule: BuiltinRule {
  public static let description = RuleDescription(
    id: "screenshots",
    summary: "a diff that changes UI files shows a screenshot or video in the description",
    rationale: """
      A reviewer cannot run every branch; a before/after screenshot or a short recording shows a visual \
      change in seconds and catches the broken layout the diff hides. When a file matching `ui-globs` \
      changed, the body must hold a Markdown image, an `<img>`, `<video>` or `<picture>` tag, a link (Markdown \
      or `<a href>`) or bare URL to a .png, .jpg, .jpeg, .gif, .webp, .mp4, .mov or .webm file, or a GitHub \
      attachment URL (`https://github.com/user-attachments/assets/…`, how GitHub embeds an uploaded video, \
      or the older `https://github.com/OWNER/REPO/assets/ID/…`). SVG images (badges) do not count. Checked \
      only when the diff's file list is known.
      """,
    defaultSeverity: .warning,
    options: [
      OptionSpec("ui-globs", .strings, default: .strings(defaultUIGlobs), "paths whose change is visible to users")
    ],
    passing: [
      Example(
        """
        Darker header.

        ![after](https://example.com/after.png)
        """, files: ["src/styles/header.scss"]),
      Example(
        """
        Smoother transition:

        https://github.com/user-attachments/assets/0b1c2d3e-4f5a-6789-abcd-ef0123456789
        """, files: ["src/components/Menu.tsx"]),
      Example(
        """
        <img width="400" alt="new dialog" src="https://example.com/dialog.jpg">
        """, files: ["Sources/App/Views/SettingsView.swift"]),
      Example(
        """
        The new menu: <a href="https://example.com/menu.mp4">recording</a>.
        """, files: ["src/components/Menu.tsx"]),
      Example(
        """
        https://github.com/octo-org/octo-app/assets/123456/0b1c2d3e-4f5a-6789-abcd-ef0123456789
        """, files: ["src/components/Menu.tsx"]),
      Example("Server change only.", files: ["Sources/Server/Routes.swift", "Tests/ServerTests/RoutesTests.swift"]),
      Example("File list unknown: nothing to check."),
    ],
    failing: [
      Example("Darker header.", files: ["src/styles/header.scss"]),
      Example(
        """
        New layout; see [the design](https://example.com/design) and the badge
        ![build](https://img.shields.io/badge/build-passing-green.svg).
        """, files: ["app/src/main/res/layout/activity_main.xml"]),
    ])

  static let defaultUIGlobs = [
    "*.{css,scss,sass,less,styl,pcss}",
    "*.{html,htm,vue,svelte,jsx,tsx,astro}",
    "*.{storyboard,xib}",
    "*View.swift", "**/Views/**/*.swift",
    "**/res/layout/**", "**/res/layout-*/**",
    "*.{xaml,axaml}",
  ]

  /// File extensions of images and videos GitHub shows inline.
  static let mediaExtensions = ["png", "jpg", "jpeg", "gif", "webp", "mp4", "mov", "webm"]
  static let attachmentPrefixes = [
    "https://github.com/user-attachments/assets/", "https://user-images.githubusercontent.com/",
    "https://private-user-images.githubusercontent.com/",
  ]

  private let ui: PathPatterns

  public init(options: RuleOptions, environment: RuleEnvironment) {
    ui = PathPatterns(options.strings("ui-globs"))
  }

  public func check(_ context: RuleContext) -> [Finding] {
    guard let files = context.input.files else { return [] }
    let changed = ui.matching(files).map(\.path)
    guard !changed.isEmpty, !Self.showsMedia(context.document) else { return [] }
    let count = changed.count
    return [
      Finding(
        "\(count) UI file\(count == 1 ? "" : "s") changed (\(PathList.summary(changed))) but the description "
          + "shows no screenshot or video: add one so reviewers can see the change")
    ]
  }

  /// Any image that is not an SVG badge, or a link or bare URL to an image, video or attachment.
  static func showsMedia(_ document: MarkdownDocument) -> Bool {
    if document.images.contains(where: { !isVectorImage($0.source) }) { return true }
    if document.links.contains(where: { isMedia($0.destination) }) { return true }
    if document.htmlLinks.contains(where: { isMedia($0.destination) }) { return true }
    return document.proseLines.contains { line in
      line.text.split(whereSeparator: \.isWhitespace).contains { token in
        token.contains("://") && isMedia(String(token.drop(while: { $0 == "<" || $0 == "(" })))
      }
    }
  }

  /// An attachment URL, or an address whose path ends in a media extension (query and fragment ignored).
  static func isMedia(_ address: String) -> Bool {
    if attachmentPrefixes.contains(where: { address.hasPrefix($0) }) || isRepositoryAttachment(address) {
      return true
    }
    var path = address.prefix(while: { $0 != "?" && $0 != "#" }).lowercased()
    while let last = path.last, ">)]".contains(last) { path.removeLast() }
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
    return mediaExtensions.contains(String(path[path.index(after: dot)...]))
  }

  /// GitHub's older attachment address, `https://github.com/OWNER/REPO/assets/ID/UUID`.
  private static func isRepositoryAttachment(_ address: String) -> Bool {
    guard address.hasPrefix("https://github.com/") else { return false }
    let parts = address.dropFirst("https://github.com/".count).split(separator: "/", omittingEmptySubsequences: false)
    return parts.count >= 5 && parts[2] == "assets" && !parts[3].isEmpty
      && parts[3].utf8.allSatisfy { (0x30...0x39).contains($0) }
      && !parts[4].isEmpty
  }

  private static func isVectorImage(_ source: String) -> Bool {
    source.prefix(while: { $0 != "?" && $0 != "#" }).lowercased().hasSuffix(".svg")
  }
}
