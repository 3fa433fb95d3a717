extension String {
  /// The text cut to at most `limit` characters for a message or a table cell: when it is longer, as
  /// many of its first characters as leave room for `ellipsis`, then `ellipsis`.
  func shortened(to limit: Int, ellipsis: String) -> String {
    count <= limit ? self : String(prefix(limit - ellipsis.count)) + ellipsis
  }
}
