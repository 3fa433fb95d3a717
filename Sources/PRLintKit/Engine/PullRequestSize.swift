/// A PR's size and its class (XS to XL), for labelers: `size/M` says at a glance what a review costs.
public struct PullRequestSize: Sendable, Hashable {
  /// Changed lines (added plus deleted); nil when unknown.
  public var lines: Int?
  public var files: Int?
  /// `XS`, `S`, `M`, `L` or `XL`; nil when the line count is unknown.
  public var sizeClass: String?
}

/// The largest line count of each class; anything larger is XL. The defaults are pr-size-labeler's
/// (10, 100, 500, 1000), so a team moving from it keeps its labels.
public struct SizeClasses: Sendable, Hashable {
  public var xs = 10
  public var s = 100
  public var m = 500
  public var l = 1000

  public init() {}

  /// The names of the maxima, as the configuration writes them, in order.
  static let keys = ["xs", "s", "m", "l"]

  public func sizeClass(ofLines lines: Int) -> String {
    switch lines {
    case ...xs: "XS"
    case ...s: "S"
    case ...m: "M"
    case ...l: "L"
    default: "XL"
    }
  }

  public func size(lines: Int?, files: Int?) -> PullRequestSize {
    PullRequestSize(lines: lines, files: files, sizeClass: lines.map(sizeClass(ofLines:)))
  }
}
