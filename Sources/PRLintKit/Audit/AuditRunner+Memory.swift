import Foundation

extension AuditRunner {
  /// Before a long audit: freed large buffers go back to the system at once.
  public static func returnLargeBuffersPromptly() {
    #if canImport(Glibc)
      // glibc raises its mmap threshold after each large free, so the buffers of a 1 MB body then
      // come from a thread's arena and stay there: peak RSS crept up with the records audited
      // (+11% from 10,000 to 100,000 on 2 threads). A fixed threshold returns them at once (+7%);
      // a single arena also would (+5%), but its lock cost 15-20% CPU and most of the second core.
      _ = glibcMallopt(glibcMmapThreshold, 256 * 1024)
    #endif
  }
}

#if canImport(Glibc)
  // <malloc.h> is not in Swift's Glibc module; M_MMAP_THRESHOLD is -3 there.
  private let glibcMmapThreshold: Int32 = -3
  @_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
