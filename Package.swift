// swift-tools-version: 6.2
import PackageDescription

// Warnings are bugs: every target of ours fails to build on one (dependencies are not affected).
let strictFlags: [SwiftSetting] = [
  .treatAllWarnings(as: .error)
]

let package = Package(
  name: "prlint",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "prlint", targets: ["prlint"]),
    .library(name: "PRLintKit", targets: ["PRLintKit", "PRLintMarkdown"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // Debian's libcmark-dev (or Homebrew's cmark): the CommonMark reference parser.
    .systemLibrary(
      name: "CCmark",
      path: "Sources/CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
    ),
    // The document model: parses a body with cmark and copies out what it says. The only target that
    // sees CCmark, so no other code can touch a cmark pointer; it knows nothing of forges or rules.
    .target(
      name: "PRLintMarkdown",
      dependencies: ["CCmark"],
      swiftSettings: strictFlags
    ),
    // The built-in presets, compiled into the binary so an installed prlint needs no files beside it.
    .target(
      name: "PRLintPresets",
      path: "Rules",
      exclude: ["README.md"],
      resources: [
        .embedInCode("default.yml"),
        .embedInCode("strict.yml"),
        .embedInCode("minimal.yml"),
      ],
      swiftSettings: strictFlags
    ),
    .target(
      name: "PRLintKit",
      dependencies: [
        "PRLintMarkdown",
        "PRLintPresets",
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strictFlags
    ),
    .executableTarget(
      name: "prlint",
      dependencies: [
        "PRLintKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictFlags
    ),
    // The fuzz targets (make fuzz). A normal build makes a replay runner, `PRLintFuzz TARGET PATH...`;
    // built with -DFUZZING and -sanitize=fuzzer,address, libFuzzer supplies main instead.
    // Declares libFuzzer's driver entry; nothing is linked unless -sanitize=fuzzer asks for it.
    .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
    .executableTarget(
      name: "PRLintFuzz",
      dependencies: ["PRLintKit", "PRLintMarkdown", "CLibFuzzer"],
      swiftSettings: strictFlags
    ),
    .testTarget(
      name: "PRLintKitTests",
      dependencies: ["PRLintKit", "PRLintMarkdown", "PRLintPresets"],
      swiftSettings: strictFlags
    ),
    // Runs the built `prlint` binary end to end, and the fuzz targets' replay runner.
    .testTarget(
      name: "CLITests",
      dependencies: ["prlint", "PRLintFuzz"],
      swiftSettings: strictFlags
    ),
  ]
)
