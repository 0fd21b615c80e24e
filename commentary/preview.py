"""The takeaway body as HTML with its citation and mention spans highlighted (admin preview).

Every piece of text goes through `format_html`/`escape`, so a body or quote containing
markup is shown, never executed.
"""

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from commentary.models import ReviewStatus, Takeaway

_STYLE = {
    "citation": "background:#fff3b0;border-bottom:2px solid #c9a400",
    "mention": "background:#d7ecff;border-bottom:2px solid #2b7bd6",
}


def _spans(takeaway: Takeaway) -> list[tuple[int, int, str, str, str]]:
    spans = []
    for c in takeaway.citations.select_related("treaty", "article"):
        spans.append((c.start, c.end, "citation", str(c.article or c.treaty), c.review_status))
    for m in takeaway.mentions.select_related("actor"):
        spans.append((m.start, m.end, "mention", str(m.actor), m.review_status))
    return sorted(spans, key=lambda s: (s[0], -s[1]))


def _highlight(text: str, offset: int, spans) -> SafeString:
    """One paragraph; `offset` is where it starts in the body. Overlapping spans after the
    first are dropped from the highlight (they stay listed in the inlines)."""
    parts, cursor = [], offset
    for start, end, kind, target, review in spans:
        if start < cursor or end > offset + len(text):
            continue
        parts.append(escape(text[cursor - offset : start - offset]))
        style = _STYLE[kind] + (";opacity:.5;text-decoration:line-through" if review == ReviewStatus.REJECTED else "")
        parts.append(
            format_html(
                '<mark class="pactum-{}" style="{}" title="{} → {} ({})">{}</mark>',
                kind,
                style,
                kind,
                target,
                review,
                text[start - offset : end - offset],
            )
        )
        cursor = end
    parts.append(escape(text[cursor - offset :]))
    return mark_safe("".join(str(p) for p in parts))


def takeaway_body_html(*, takeaway: Takeaway) -> SafeString:
    body, spans, paragraphs, at = takeaway.body, _spans(takeaway), [], 0
    for chunk in body.split("\n\n"):
        paragraphs.append((_highlight(chunk, at, spans),))
        at += len(chunk) + 2
    legend = format_html(
        '<p><mark style="{}">citation</mark> <mark style="{}">mention</mark></p>', _STYLE["citation"], _STYLE["mention"]
    )
    return legend + format_html_join("", '<p style="max-width:60em">{}</p>', paragraphs)


def claim_picker_html(*, takeaway: Takeaway) -> SafeString:
    """The body as selectable paragraphs, each carrying its offset in the body, with the
    existing claims underlined. The admin's claim_span.js turns a selection into start,
    end and quote; the text is escaped, and `pre-wrap` keeps every character where the
    offsets count it."""
    claims = sorted((c.start, c.end, c.get_stance_display(), c.paraphrase) for c in takeaway.claims.all())
    paragraphs, at = [], 0
    for chunk in takeaway.body.split("\n\n"):
        parts, cursor = [], at
        for start, end, stance, paraphrase in claims:
            if start < cursor or end > at + len(chunk):
                continue
            parts.append(escape(chunk[cursor - at : start - at]))
            parts.append(
                format_html(
                    '<mark class="pactum-claim" title="{}: {}">{}</mark>',
                    stance,
                    paraphrase,
                    chunk[start - at : end - at],
                )
            )
            cursor = end
        parts.append(escape(chunk[cursor - at :]))
        paragraphs.append((at, mark_safe("".join(str(p) for p in parts))))
        at += len(chunk) + 2
    return format_html(
        '<div id="claim-body" class="claim-body" data-body="{}">{}</div>'
        '<p class="help">Select a passage with the mouse: start, end and quote fill in. '
        "Underlined: existing claims.</p>",
        takeaway.body,
        format_html_join("", '<p class="claim-paragraph" data-offset="{}">{}</p>', paragraphs),
    )
