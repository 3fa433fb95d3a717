#if FUZZING
  import CLibFuzzer
  import Foundation

  /// Built with `-DFUZZING -sanitize=fuzzer,address` (`make fuzz`). SwiftPM links an executable with its
  /// `main` aliased to `PRLintFuzz_main`, so libFuzzer's driver starts from there rather than from
  /// libFuzzer's own `main`. The target comes from a `--target=NAME` argument, which libFuzzer ignores
  /// (it skips flags that start with `--`).
  nonisolated(unsafe) private var selected = FuzzTarget.body

  @_cdecl("PRLintFuzz_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    let arguments = (0..<Int(argc)).compactMap { argv?[$0].map { String(cString: $0) } }
    guard let name = arguments.first(where: { $0.hasPrefix("--target=") })?.dropFirst("--target=".count),
      let target = FuzzTarget(rawValue: String(name))
    else {
      FileHandle.standardError.write(Data("PRLintFuzz: expected --target=NAME, one of \(FuzzTarget.names)\n".utf8))
      return 2
    }
    selected = target
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector) { testOneInput($0, $1) }
  }

  /// libFuzzer's own `main`, linked in though unused, refers to this.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }
#endif
