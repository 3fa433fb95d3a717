/// One change to the text being fixed: `range` replaced with `replacement` (an insertion when `range` is
/// empty, a removal when `replacement` is).
struct BodyEdit {
  /// Where the change is reported: a byte before `range` (a keyword whose word was removed), or an offset
  /// into `replacement` (the keyword written).
  enum Anchor {
    case before(Int)
    case inReplacement(Int)
  }
  var range: Range<Int>
  var replacement: [UInt8]
  var kind: BodyFix.Change.Kind
  var message: String
  var anchor: Anchor
}

/// The body as the fix goes, pass after pass, remembering where each byte came from: so each change can
/// say which of the author's bytes it removed, and where it ended up once every pass is done.
struct FixedText {
  private(set) var bytes: [UInt8]
  /// For each byte of `bytes`, its offset in the original body, or -1 for a byte the fix wrote.
  private var origin: [Int]
  /// Each change so far, with the offset in `bytes` it is reported at.
  private var changes: [(change: BodyFix.Change, anchor: Int)] = []

  init(_ original: [UInt8]) {
    bytes = original
    origin = Array(original.indices)
  }

  /// Applies `edits`, which do not overlap. An anchor (of this pass or an earlier one) moves with the byte
  /// it is at.
  mutating func apply(_ edits: [BodyEdit]) {
    guard !edits.isEmpty else { return }
    // In order; one that overlaps the one before is not made (callers give none).
    var sorted: [BodyEdit] = []
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
    where sorted.last.map({ edit.range.lowerBound >= $0.range.upperBound }) ?? true {
      sorted.append(edit)
    }
    var newBytes: [UInt8] = []
    var newOrigin: [Int] = []
    newBytes.reserveCapacity(bytes.count + 64)
    newOrigin.reserveCapacity(bytes.count + 64)
    var cursor = 0
    var placed: [(BodyEdit, Int)] = []
    for edit in sorted {
      newBytes += bytes[cursor..<edit.range.lowerBound]
      newOrigin += origin[cursor..<edit.range.lowerBound]
      placed.append((edit, newBytes.count))
      newBytes += edit.replacement
      newOrigin += repeatElement(-1, count: edit.replacement.count)
      cursor = edit.range.upperBound
    }
    newBytes += bytes[cursor...]
    newOrigin += origin[cursor...]
    // An offset before, or at the end of, an edit's range moves by what the edits up to it changed: the
    // shifts summed once, the edits up to an offset found by binary search.
    var shifts = [0]
    for edit in sorted { shifts.append(shifts.last! + edit.replacement.count - edit.range.count) }
    func moved(_ offset: Int) -> Int {
      var low = 0
      var high = sorted.count
      while low < high {
        let middle = (low + high) / 2
        if sorted[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
      }
      return offset + shifts[low]
    }
    changes = changes.map { ($0.change, moved($0.anchor)) }
    for (edit, start) in placed {
      let anchor =
        switch edit.anchor {
        case .before(let offset): moved(offset)
        case .inReplacement(let offset): start + offset
        }
      let change = BodyFix.Change(
        kind: edit.kind, message: edit.message, removed: originalRange(of: edit.range),
        inserted: edit.replacement.isEmpty ? nil : String(decoding: edit.replacement, as: UTF8.self))
      changes.append((change, anchor))
    }
    bytes = newBytes
    origin = newOrigin
  }

  /// Adds `added` at the end, with changes reported at offsets into it.
  mutating func append(_ appended: [UInt8], changes added: [(change: BodyFix.Change, offset: Int)]) {
    let end = bytes.count
    changes += added.map { ($0.change, end + $0.offset) }
    bytes += appended
    origin += repeatElement(-1, count: appended.count)
  }

  /// The original bytes `range` of the current text came from, when it removes any.
  private func originalRange(of range: Range<Int>) -> Range<Int>? {
    guard !range.isEmpty else { return nil }
    let first = origin[range.lowerBound]
    let last = origin[range.upperBound - 1]
    // Fixes remove only the author's bytes, one run at a time.
    guard first >= 0, last - first == range.count - 1 else { return nil }
    return first..<(last + 1)
  }

  /// The changes in body order, each with its position in the text as it is now.
  var positionedChanges: [BodyFix.Change] {
    let lines = BodyLines(bytes)
    return changes.sorted { $0.anchor < $1.anchor }.map { change, anchor in
      var change = change
      change.position = lines.position(ofOffset: anchor)
      return change
    }
  }
}

extension BodyFix.Change {
  init(kind: Kind, message: String, removed: Range<Int>? = nil, inserted: String? = nil) {
    self.init(kind: kind, position: nil, message: message, removed: removed, inserted: inserted)
  }
}
