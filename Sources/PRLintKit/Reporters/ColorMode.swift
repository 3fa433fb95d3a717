import Foundation

/// Whether text output is coloured: `auto` colours a terminal unless `NO_COLOR` is set.
public enum ColorMode: String, Sendable, CaseIterable {
  case auto, always, never

  public func enabled(for handle: FileHandle) -> Bool {
    switch self {
    case .always: true
    case .never: false
    case .auto:
      // https://no-color.org: a non-empty NO_COLOR turns colour off.
      (getenv("NO_COLOR").map { $0.pointee == 0 } ?? true) && isatty(handle.fileDescriptor) == 1
    }
  }
}
