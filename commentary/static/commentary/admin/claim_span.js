// Claim admin: turn a selection in the takeaway body into the span fields.
// Each paragraph carries its offset in the body (data-offset); the offset of a selection
// point is that plus the length of the paragraph's text before it, so highlights nested
// inside the paragraph do not shift the count. Loaded from static files: no CDN.
"use strict";
(function () {
  function pointOffset(node, offset) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const paragraph = element && element.closest(".claim-paragraph");
    if (!paragraph) return null;
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, offset);
    // Code points, as Python counts the body's offsets (not UTF-16 units).
    return Number(paragraph.dataset.offset) + Array.from(range.toString()).length;
  }

  function fill() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    let start = pointOffset(range.startContainer, range.startOffset);
    let end = pointOffset(range.endContainer, range.endOffset);
    if (start === null || end === null) return;
    const text = range.toString();
    // Trim the whitespace a double-click or a drag picks up at either end.
    const lead = Array.from(text).length - Array.from(text.trimStart()).length;
    const trail = Array.from(text).length - Array.from(text.trimEnd()).length;
    start += lead;
    end -= trail;
    if (end <= start) return;
    document.getElementById("id_start").value = start;
    document.getElementById("id_end").value = end;
    // The quote is cut from the body itself, so a selection across paragraphs keeps the
    // body's own paragraph break and the model's check (quote == body[start:end]) holds.
    const body = Array.from(document.getElementById("claim-body").dataset.body);
    document.getElementById("id_quote").value = body.slice(start, end).join("");
  }

  document.addEventListener("DOMContentLoaded", function () {
    const body = document.getElementById("claim-body");
    if (body) body.addEventListener("mouseup", fill);
  });
})();
