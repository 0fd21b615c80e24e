"""Reviewing a takeaway's automatic links in one compact page (Takeaways → Review links).

The body with every span highlighted by its review status and numbered; beside it, each
span's candidate record and the resolver's confidence, with Confirm and Reject (one click,
one POST each); a bulk confirm per paragraph and for the whole section (the takeaway). The
full inlines stay on the change page for editing spans. Every decision goes through
`core.services.record_update` with the admin's Audit, so history shows who decided.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from commentary.models import Citation, LinkMethod, Mention, ReviewStatus, Takeaway
from core.admin import admin_audit
from core.permissions import can_change
from core.services import record_update

DECISIONS = {"confirm": ReviewStatus.CONFIRMED, "reject": ReviewStatus.REJECTED}
KINDS = {"citation": Citation, "mention": Mention}


@dataclass
class Span:
    number: int
    kind: str
    link: Citation | Mention
    candidate: str
    candidate_url: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.link.pk}"


def _spans(takeaway: Takeaway, *, every: bool) -> list[Span]:
    """The takeaway's links (automatic ones unless `every`), in body order: two queries."""
    citations = takeaway.citations.select_related("treaty", "article")
    mentions = takeaway.mentions.select_related("actor")
    if not every:
        citations, mentions = citations.filter(method=LinkMethod.AUTO), mentions.filter(method=LinkMethod.AUTO)
    rows = [("citation", c, c.article or c.treaty) for c in citations] + [("mention", m, m.actor) for m in mentions]
    rows.sort(key=lambda row: (row[1].start, -row[1].end))
    return [
        Span(number, kind, link, " ".join(str(target).split()), _admin_url(target))
        for number, (kind, link, target) in enumerate(rows, start=1)
    ]


def _admin_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def _paragraphs(body: str, spans: list[Span]) -> list[dict]:
    """Each paragraph (split on blank lines) as highlighted HTML, with its pending spans.
    A span overlapping an earlier one is listed but not highlighted twice."""
    paragraphs, at = [], 0
    for index, text in enumerate(body.split("\n\n")):
        inside = [s for s in spans if at <= s.link.start and s.link.end <= at + len(text)]
        paragraphs.append(
            {
                "index": index,
                "html": _highlight(text, at, inside),
                "pending": [s for s in inside if s.link.review_status == ReviewStatus.PENDING],
            }
        )
        at += len(text) + 2
    return paragraphs


def _highlight(text: str, offset: int, spans: list[Span]) -> SafeString:
    parts, cursor = [], offset
    for span in spans:
        if span.link.start < cursor:
            continue
        parts.append(escape(text[cursor - offset : span.link.start - offset]))
        parts.append(
            format_html(
                '<mark class="{} {}" id="span-{}" title="{} → {} ({})"><a href="#link-{}">{}</a><sup>{}</sup></mark>',
                span.kind,
                span.link.review_status,
                span.number,
                span.kind,
                span.candidate,
                f"{span.link.score:.2f}",
                span.number,
                text[span.link.start - offset : span.link.end - offset],
                span.number,
            )
        )
        cursor = span.link.end
    parts.append(escape(text[cursor - offset :]))
    return mark_safe("".join(str(p) for p in parts))


def _decide(request, links, status: str) -> int:
    """Set `status` on each link the editor may change; returns how many changed."""
    done = 0
    audit = admin_audit(request, reason=f"Review: {status}")
    with transaction.atomic():
        for link in links:
            if link.review_status == status:
                continue
            if not can_change(request.user, link):  # the same rule as the API and the inlines
                raise PermissionDenied
            record_update(instance=link, changes={"review_status": status}, audit=audit)
            done += 1
    return done


def _post(request, takeaway: Takeaway, spans: list[Span]) -> int:
    action = request.POST.get("action", "")
    if action in DECISIONS:
        kind, _, pk = request.POST.get("link", "").partition(":")
        if kind not in KINDS:
            raise Http404
        link = get_object_or_404(KINDS[kind], pk=pk, takeaway=takeaway)
        return _decide(request, [link], DECISIONS[action])
    if action == "confirm_pending":
        pending = [s for s in spans if s.link.review_status == ReviewStatus.PENDING]
        if request.POST.get("paragraph", "") != "":
            paragraphs = _paragraphs(takeaway.body, spans)
            index = int(request.POST["paragraph"]) if request.POST["paragraph"].isdigit() else -1
            if not 0 <= index < len(paragraphs):
                raise Http404
            pending = paragraphs[index]["pending"]
        return _decide(request, [s.link for s in pending], ReviewStatus.CONFIRMED)
    raise Http404


def takeaway_review_view(request, object_id, *, model_admin):
    takeaway = get_object_or_404(Takeaway.objects.select_related("publication"), pk=object_id)
    if not model_admin.has_view_permission(request, takeaway):
        raise PermissionDenied
    every = request.GET.get("all") == "1"
    spans = _spans(takeaway, every=every)
    if request.method == "POST":
        done = _post(request, takeaway, spans)
        messages.success(request, f"{done} link{'s' if done != 1 else ''} updated.")
        anchor = f"#link-{request.POST['number']}" if request.POST.get("number", "").isdigit() else ""
        return redirect(request.get_full_path() + anchor)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Takeaway._meta,
        "title": f"Review links: {takeaway.heading}",
        "takeaway": takeaway,
        "original": takeaway,
        "spans": spans,
        "paragraphs": _paragraphs(takeaway.body, spans),
        "pending": sum(1 for s in spans if s.link.review_status == ReviewStatus.PENDING),
        "every": every,
        "can_change": model_admin.has_change_permission(request, takeaway),
    }
    return TemplateResponse(request, "admin/commentary/takeaway/review.html", context)
