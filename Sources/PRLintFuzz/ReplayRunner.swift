#if !FUZZING
  import Foundation

  /// A normal build's `PRLintFuzz TARGET PATH...`: runs a fuzz target over files (or every file in the
  /// directories given), as regression checks and to replay a crash found by `make fuzz` without
  /// sanitizers. A failing input stops the run the way it stopped the fuzzer.
  @main
  struct ReplayRunner {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
        fail("usage: PRLintFuzz TARGET PATH...: TARGET is one of \(FuzzTarget.names)")
      }
      var count = 0
      for path in arguments.dropFirst() {
        for file in files(at: path) {
          guard let data = FileManager.default.contents(atPath: file) else { fail("\(file): cannot be read") }
          target.run(Array(data))
          count += 1
        }
      }
      if target == .repository { RepositoryHarness.removeDirectory() }
      print("\(target.rawValue): \(count) inputs ran")
    }

    /// `path` itself, or the regular files directly inside it, sorted.
    static func files(at path: String) -> [String] {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        fail("\(path): no such file or directory")
      }
      guard isDirectory.boolValue else { return [path] }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.sorted().map { path + "/" + $0 }.filter { file in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) && !isDirectory.boolValue
      }
    }

    static func fail(_ message: String) -> Never {
      FileHandle.standardError.write(Data("PRLintFuzz: \(message)\n".utf8))
      exit(2)
    }
  }
#endif
