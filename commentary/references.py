"""Store resolver results as Citation and Mention rows (method=auto) for a takeaway.

Rules that keep editors in charge:
- a row an editor confirmed or rejected, and every curated row (method=editor), is never
  changed or deleted;
- no automatic row is made for a target and span that already have a row (curated or not):
  a curated link is never duplicated, and a re-run finds its own earlier rows again;
- an automatic finding that overlaps a rejected automatic row for the same target is not
  offered again, even when an edit moved its span;
- a finding whose span differs from a curated one for the same target is stored as a
  pending suggestion: the editor sees where the resolver would put the boundaries;
- unreviewed automatic rows are updated in place (quote, score) or deleted when the
  resolver no longer finds them (the text changed);
- a phrase several treaties fit is stored as an AmbiguousReference with its candidates (no
  citation), unless a citation already covers that span (an editor chose); an editor's
  choice (`ambiguous_reference_resolve`) turns it into a confirmed citation in one step;
- external references (instruments outside the catalogue) are reported, never stored.
"""

from dataclasses import dataclass, field

from django.db import transaction

from commentary.models import AmbiguousReference, Citation, LinkMethod, Mention, ReviewStatus, Takeaway
from core.audit import COMMAND, Audit
from core.services import record_create, record_delete, record_update
from treaties.models import Treaty
from treaties.resolver import Catalogue, Reference, ResolveContext, catalogue_load, resolve


@dataclass
class ResolveResult:
    found: int = 0
    created: int = 0
    updated: int = 0
    removed: int = 0
    changes: list[str] = field(default_factory=list)


def takeaway_context(*, takeaway: Takeaway) -> ResolveContext:
    publication = takeaway.publication
    return ResolveContext(
        treaty_id=str(publication.subject_treaty_id) if publication.subject_treaty_id else None,
        date=publication.published_on,
    )


def _target(row) -> str:
    if isinstance(row, Mention):
        return str(row.actor_id)
    return str(row.article_id or row.treaty_id)


def _ref_target(ref: Reference) -> str:
    return ref.target_id


def _overlaps(row, ref: Reference) -> bool:
    return row.start < ref.end and ref.start < row.end


def _sync(rows: list, refs: list[Reference], make, label: str, result: ResolveResult, audit: Audit) -> None:
    kept_ids = set()
    for ref in refs:
        same_target = [r for r in rows if _target(r) == _ref_target(ref)]
        exact = next((r for r in same_target if (r.start, r.end) == (ref.start, ref.end)), None)
        if exact is not None:
            kept_ids.add(exact.pk)
            if exact.method == LinkMethod.AUTO and exact.review_status == ReviewStatus.PENDING:
                quote, score = ref.text[:500], round(ref.confidence, 3)
                if (exact.quote, round(exact.score, 3)) != (quote, score):
                    record_update(instance=exact, changes={"quote": quote, "score": score}, audit=audit)
                    result.updated += 1
                    result.changes.append(f"update {label} {ref.text!r}")
            continue
        rejected = [r for r in same_target if _overlaps(r, ref) and r.review_status == ReviewStatus.REJECTED]
        if rejected:
            # An editor rejected this finding (its span may have moved with an edit): do not offer it again.
            kept_ids.update(r.pk for r in rejected)
            continue
        row = make(ref)
        rows.append(row)
        kept_ids.add(row.pk)
        result.created += 1
        result.changes.append(f"create {label} {ref.text!r} at {ref.start}")
    for row in rows:
        if row.pk not in kept_ids and row.method == LinkMethod.AUTO and row.review_status == ReviewStatus.PENDING:
            record_delete(instance=row, audit=audit)
            result.removed += 1
            result.changes.append(f"remove stale {label} {row.quote!r} at {row.start}")


def takeaway_resolve_references(
    *, takeaway: Takeaway, catalogue: Catalogue | None = None, audit: Audit = COMMAND
) -> ResolveResult:
    """Run the resolver on a takeaway's body and bring its automatic citations and mentions up to date."""
    catalogue = catalogue or catalogue_load()
    refs = resolve(takeaway.body, takeaway_context(takeaway=takeaway), catalogue=catalogue)
    result = ResolveResult(found=len(refs))

    def make_citation(ref: Reference) -> Citation:
        fields = {
            "takeaway": takeaway,
            "treaty_id": ref.treaty_id if ref.kind == "article" else ref.target_id,
            "article_id": ref.target_id if ref.kind == "article" else None,
            "start": ref.start,
            "end": ref.end,
            "quote": ref.text[:500],
            "method": LinkMethod.AUTO,
            "score": round(ref.confidence, 3),
        }
        return record_create(model=Citation, fields=fields, audit=audit)

    def make_mention(ref: Reference) -> Mention:
        fields = {
            "takeaway": takeaway,
            "actor_id": ref.target_id,
            "start": ref.start,
            "end": ref.end,
            "quote": ref.text[:500],
            "method": LinkMethod.AUTO,
            "score": round(ref.confidence, 3),
        }
        return record_create(model=Mention, fields=fields, audit=audit)

    citations = list(Citation.objects.filter(takeaway=takeaway))
    mentions = list(Mention.objects.filter(takeaway=takeaway))
    _sync(citations, [r for r in refs if r.kind in ("article", "treaty")], make_citation, "citation", result, audit)
    _sync(mentions, [r for r in refs if r.kind == "actor"], make_mention, "mention", result, audit)
    _sync_ambiguous(takeaway, [r for r in refs if r.kind == "ambiguous"], citations, result, audit)
    return result


def _sync_ambiguous(takeaway: Takeaway, refs: list[Reference], citations: list, result: ResolveResult, audit) -> None:
    """Keep one AmbiguousReference per ambiguous phrase; drop those no longer found."""
    existing = {(a.start, a.end): a for a in AmbiguousReference.objects.filter(takeaway=takeaway)}
    wanted = set()
    for ref in refs:
        if any(c.start < ref.end and ref.start < c.end for c in citations):
            continue  # an editor (or an earlier choice) already links this span
        wanted.add((ref.start, ref.end))
        row = existing.get((ref.start, ref.end))
        if row is None:
            fields = {"takeaway": takeaway, "start": ref.start, "end": ref.end, "quote": ref.text[:500]}
            row = record_create(model=AmbiguousReference, fields=fields, audit=audit)
            result.created += 1
            result.changes.append(f"create ambiguous {ref.text!r} at {ref.start} ({len(ref.candidates)} candidates)")
        row.candidates.set(ref.candidates)
    for span, row in existing.items():
        if span not in wanted:
            record_delete(instance=row, audit=audit)
            result.removed += 1
            result.changes.append(f"remove stale ambiguous {row.quote!r} at {row.start}")


@transaction.atomic
def ambiguous_reference_resolve(*, reference: AmbiguousReference, treaty: Treaty, audit: Audit = COMMAND) -> Citation:
    """An editor's choice among the candidates: a confirmed citation of `treaty` on that span."""
    if not reference.candidates.filter(pk=treaty.pk).exists():
        raise ValueError(f"{treaty} is not a candidate for {reference.quote!r}")
    fields = {
        "takeaway": reference.takeaway,
        "treaty": treaty,
        "start": reference.start,
        "end": reference.end,
        "quote": reference.quote,
        "method": LinkMethod.EDITOR,
        "review_status": ReviewStatus.CONFIRMED,
        "score": 1.0,
    }
    citation = record_create(model=Citation, fields=fields, audit=audit)
    record_delete(instance=reference, audit=audit)
    return citation
