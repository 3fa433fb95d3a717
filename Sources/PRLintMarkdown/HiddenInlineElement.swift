/// A `<script>` or `<style>` element written inline in a paragraph or heading. A rendered page never
/// shows what it holds, so from its start tag to its end tag, or to the end of the paragraph, nothing is
/// text, code, a link or an image. (Written as its own HTML block, `HTMLText.split` blanks it.)
struct HiddenInlineElement {
  /// `script` or `style` while one is open.
  private var element: String?

  var isOpen: Bool { element != nil }

  /// Follows one inline HTML node in document order: a start tag opens the element, its end tag closes it.
  mutating func follow(_ html: String) {
    if let element {
      if HTMLText.isEndTag(html, of: element) { self.element = nil }
    } else {
      element = HTMLText.hiddenElement(startedBy: html)
    }
  }
}
