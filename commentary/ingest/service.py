"""Write a parsed document into the database: a Publication with its Experts and Takeaways.

Rules (see docs/decisions/0010-ingest.md):
- the publication is found by URL when one is given, else by the slug of its title;
- takeaways are matched by position within the publication;
- experts are matched by normalised name or alias (case, diacritics, hyphens ignored), never
  duplicated; the role line is kept per takeaway on TakeawayAuthor.role;
- a field is written only when the document's value differs from the stored one, so the same
  document twice is a no-op and a changed one leaves history rows only for what changed;
- `ingest_fingerprint` holds a hash of each text field as last ingested: when the stored
  value no longer matches it, an editor changed the field since, and ingest leaves it alone.
"""

import datetime
import hashlib
import re
from dataclasses import dataclass, field

from django.db import transaction

from actors.models import Actor
from commentary.models import Expert, Publication, PublicationKind, Takeaway, TakeawayAuthor
from core.audit import COMMAND, Audit
from core.models import EditorialStatus
from core.services import record_create, record_delete, record_save, record_update
from core.slugs import slug_make

from .parse import ParsedDocument, ParsedSection, normalize_name

PUBLICATION_FIELDS = ("title", "dek")
TAKEAWAY_FIELDS = ("heading", "body", "image_credit")


@dataclass
class IngestReport:
    """What one ingest did (or, in a dry run, would do)."""

    publication: str = ""
    dry_run: bool = False
    sections: int = 0
    created: int = 0
    updated: int = 0
    experts_created: list[str] = field(default_factory=list)
    experts_matched: list[str] = field(default_factory=list)
    takeaways_created: int = 0
    takeaways_updated: int = 0
    references_found: int = 0
    references_created: int = 0
    references_removed: int = 0
    kept_editor_edits: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def note(self, change: str, *, created: bool) -> None:
        self.changes.append(change)
        if created:
            self.created += 1
        else:
            self.updated += 1

    @property
    def summary(self) -> str:
        prefix = "would be " if self.dry_run else ""
        return f"{self.created} {prefix}created, {self.updated} {prefix}updated"


class _DryRunRollback(Exception):
    pass


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:16]


def _unique_slug(model, base: str, *, max_length: int, exclude_pk=None) -> str:
    base = slug_make(base, max_length=max_length) or "untitled"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        suffix = f"-{n}"
        slug, n = f"{base[: max_length - len(suffix)]}{suffix}", n + 1
    return slug


def _sync_text_fields(obj, values: dict[str, str], label: str, report: IngestReport) -> list[str]:
    """Set the fields whose document value differs, unless an editor changed them since the last ingest."""
    fingerprint = dict(obj.ingest_fingerprint or {})
    changed = []
    for name, new in values.items():
        current = getattr(obj, name)
        if current == new:
            if fingerprint.get(name) != _fingerprint(new) and name in fingerprint:
                fingerprint[name] = _fingerprint(new)
            continue
        last = fingerprint.get(name)
        # No fingerprint: the text was typed or loaded by someone else (seed, editor); the
        # same holds when the stored text no longer matches what ingest last wrote.
        if last is None or last != _fingerprint(current):
            report.kept_editor_edits.append(f"{label}: {name}")
            continue
        setattr(obj, name, new)
        fingerprint[name] = _fingerprint(new)
        changed.append(name)
    if changed:
        obj.ingest_fingerprint = fingerprint
    return changed


class _ExpertIndex:
    def __init__(self):
        self.by_key: dict[str, Expert] = {}
        for expert in Expert.objects.all():
            for name in [expert.name, *(expert.aliases or [])]:
                self.by_key.setdefault(normalize_name(name), expert)

    def get_or_create(self, *, name: str, role: str, publish: bool, report: IngestReport, audit: Audit) -> Expert:
        key = normalize_name(name)
        expert = self.by_key.get(key)
        if expert:
            if expert.name not in report.experts_matched:
                report.experts_matched.append(expert.name)
            return expert
        fields = {
            "name": name,
            "slug": _unique_slug(Expert, name, max_length=120),
            "role": role,
            "editorial_status": EditorialStatus.PUBLISHED if publish else EditorialStatus.DRAFT,
        }
        expert = record_create(model=Expert, fields=fields, audit=audit)
        self.by_key[key] = expert
        report.experts_created.append(name)
        report.note(f"create expert {name!r}", created=True)
        return expert


def _publish(obj, report: IngestReport, label: str) -> bool:
    if obj.editorial_status == EditorialStatus.PUBLISHED:
        return False
    obj.editorial_status = EditorialStatus.PUBLISHED  # core.services stamps published_at
    return True


def _publication_sync(*, document, publisher, url, date, publish, report, audit) -> Publication:
    url = url or document.url
    date = date or document.published_on
    publication = Publication.objects.filter(url=url).first() if url else None
    publication = publication or Publication.objects.filter(slug=slug_make(document.title, max_length=160)).first()
    values = {"title": document.title, "dek": document.dek}
    if publication is None:
        publication = Publication(
            slug=_unique_slug(Publication, document.title, max_length=160),
            kind=PublicationKind.TAKEAWAYS if len(document.sections) > 1 else PublicationKind.COMMENTARY,
            publisher=publisher,
            url=url or "",
            published_on=date,
            ingest_fingerprint={k: _fingerprint(v) for k, v in values.items()},
            **values,
        )
        if publish:
            _publish(publication, report, "publication")
        record_save(instance=publication, audit=audit)
        report.note(f"create publication {document.title!r}", created=True)
        return publication
    changed = _sync_text_fields(publication, values, "publication", report)
    if publisher is not None and publication.publisher_id != publisher.pk:
        publication.publisher = publisher
        changed.append("publisher")
    if url and publication.url != url:
        publication.url = url
        changed.append("url")
    if date and publication.published_on != date:
        # The date the document (or --date) states: the resolver dates metonyms by it.
        publication.published_on = date
        changed.append("published_on")
    if publish and _publish(publication, report, "publication"):
        changed.append("editorial_status")
    if changed:
        record_save(instance=publication, audit=audit)
        report.note(f"update publication {publication.slug}: {', '.join(changed)}", created=False)
    return publication


def _authors_sync(
    *, takeaway: Takeaway, section: ParsedSection, experts: _ExpertIndex, publish, report, audit: Audit
) -> bool:
    wanted = [
        (position, experts.get_or_create(name=a.name, role=a.role, publish=publish, report=report, audit=audit), a.role)
        for position, a in enumerate(section.authors, start=1)
    ]
    current = {(a.position, a.expert_id, a.role) for a in takeaway.authorships.all()}
    if current == {(p, e.pk, r) for p, e, r in wanted}:
        return False
    existing = {a.expert_id: a for a in takeaway.authorships.all()}
    keep = {e.pk for _, e, _ in wanted}
    for authorship in existing.values():
        if authorship.expert_id not in keep:
            record_delete(instance=authorship, audit=audit)
    # Move kept rows out of the way first: (takeaway, position) is unique.
    for offset, authorship in enumerate(a for a in existing.values() if a.expert_id in keep):
        _become_saved(authorship, record_update(instance=authorship, changes={"position": 1000 + offset}, audit=audit))
    for position, expert, role in wanted:
        authorship = existing.get(expert.pk)
        if authorship is None:
            fields = {"takeaway": takeaway, "expert": expert, "position": position, "role": role}
            record_create(model=TakeawayAuthor, fields=fields, audit=audit)
        else:
            record_update(instance=authorship, changes={"position": position, "role": role}, audit=audit)
    return True


def _takeaway_sync(*, publication, position, section, experts, publish, report, audit) -> Takeaway:
    takeaway = Takeaway.objects.filter(publication=publication, position=position).first()
    values = {"heading": section.heading, "body": section.body, "image_credit": section.image_credit}
    label = f"takeaway {position} {section.heading!r}"
    if takeaway is None:
        takeaway = Takeaway(
            publication=publication,
            position=position,
            slug=_unique_slug(Takeaway, section.heading, max_length=200),
            ingest_fingerprint={k: _fingerprint(v) for k, v in values.items()},
            **values,
        )
        if publish:
            _publish(takeaway, report, label)
        record_save(instance=takeaway, audit=audit)
        _authors_sync(takeaway=takeaway, section=section, experts=experts, publish=publish, report=report, audit=audit)
        report.takeaways_created += 1
        report.note(f"create {label}", created=True)
        return takeaway
    changed = _sync_text_fields(takeaway, values, label, report)
    if publish and _publish(takeaway, report, label):
        changed.append("editorial_status")
    if changed:
        record_save(instance=takeaway, audit=audit)
    if _authors_sync(takeaway=takeaway, section=section, experts=experts, publish=publish, report=report, audit=audit):
        changed.append("authors")
    if changed:
        report.takeaways_updated += 1
        report.note(f"update {label}: {', '.join(changed)}", created=False)
    return takeaway


def publication_ingest(
    *,
    document: ParsedDocument,
    publisher: Actor | str | None = None,
    url: str | None = None,
    date: datetime.date | None = None,
    dry_run: bool = False,
    publish: bool = False,
    resolve: bool = True,
    audit: Audit = COMMAND,
) -> IngestReport:
    """Create or update the publication a parsed document describes; atomic, optionally a dry run.

    `url` and `date` override what the document states about itself (canonical link, date)."""
    report = IngestReport(dry_run=dry_run, sections=len(document.sections), warnings=list(document.warnings))
    if isinstance(publisher, str):
        publisher = Actor.objects.filter(slug=publisher).first() or _unknown_publisher(publisher)
    try:
        with transaction.atomic():
            _ingest(
                document=document,
                publisher=publisher,
                url=url,
                date=date,
                publish=publish,
                resolve=resolve,
                report=report,
                audit=audit.because("ingest"),
            )
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    return report


def _become_saved(obj, saved) -> None:
    obj.position, obj.version = saved.position, saved.version


def _unknown_publisher(slug: str):
    from .load import DocumentError

    raise DocumentError(f"unknown publisher {slug!r}: no actor has this slug")


def _ingest(*, document, publisher, url, date, publish, resolve, report, audit) -> None:
    from commentary.references import takeaway_resolve_references
    from treaties.resolver import catalogue_load

    publication = _publication_sync(
        document=document, publisher=publisher, url=url, date=date, publish=publish, report=report, audit=audit
    )
    report.publication = publication.slug
    experts = _ExpertIndex()
    takeaways = [
        _takeaway_sync(
            publication=publication,
            position=position,
            section=section,
            experts=experts,
            publish=publish,
            report=report,
            audit=audit,
        )
        for position, section in enumerate(document.sections, start=1)
    ]
    extra = Takeaway.objects.filter(publication=publication, position__gt=len(document.sections))
    for takeaway in extra:
        report.warnings.append(f"takeaway {takeaway.position} {takeaway.heading!r} is not in the document; kept")
    if resolve:
        catalogue = catalogue_load()
        if publication.subject_treaty_id is None:
            _subject_treaty_guess(
                publication=publication, takeaways=takeaways, catalogue=catalogue, report=report, audit=audit
            )
        for takeaway in takeaways:
            result = takeaway_resolve_references(takeaway=takeaway, catalogue=catalogue, audit=audit)
            report.references_found += result.found
            report.references_created += result.created
            report.references_removed += result.removed
            # Reference rows are reported on their own: "N created, M updated" counts the
            # publication, its experts and takeaways, what the document itself describes.
            report.changes.extend(result.changes)


def _subject_treaty_guess(*, publication, takeaways, catalogue, report, audit) -> None:
    """A new publication's subject treaty. The headline comes first: the one treaty its title
    and dek link, or, when they name a treaty several fit ("six experts on the Russia–DPRK
    treaty"), the one of those the takeaways name by title most often, else the latest signed
    by the publication date (a treaty signed but not yet in force is still the one a piece
    "before it takes effect" is about). A treaty the takeaways name by title in passing ("ties
    both to the UN Charter") must not outvote the headline. Without a treaty in the headline:
    the treaty the takeaways name by title most often; else the latest treaty signed in the
    year before the publication date whose parties its title and dek name (themselves or by
    their signatories): commentary written right after a signing is about that treaty ("Putin
    and Kim sign a defense pact", 20 June 2024)."""
    from collections import Counter

    from treaties.resolver import ResolveContext, resolve

    counts = Counter(
        ref.target_id
        for takeaway in takeaways
        for ref in resolve(takeaway.body, ResolveContext(date=publication.published_on), catalogue=catalogue)
        if ref.rule == "treaty:title"
    )
    treaty_id = (
        _headline_treaty(publication, catalogue, counts)
        or (counts.most_common(1)[0][0] if counts else None)
        or _recent_treaty_named(publication, catalogue)
    )
    if not treaty_id:
        return
    saved = record_update(instance=publication, changes={"subject_treaty_id": treaty_id}, audit=audit)
    publication.subject_treaty_id, publication.version = treaty_id, saved.version
    report.note(f"set subject treaty of {publication.slug} to {catalogue.treaty_by_id[treaty_id].slug}", created=False)


SUBJECT_RECENCY_DAYS = 366
# A headline that speaks of a treaty noun ("Moscow, Pyongyang and the treaty at eighteen
# months", "Is the Russia–North Korea treaty an alliance?") is about a treaty between the
# parties it names, whenever it was written.
_TREATY_NOUN = re.compile(r"\b(?:treaty|treaties|pact|alliance|partnership|agreement)\b", re.IGNORECASE)
# "a (new) agreement on tourism", "another pact": an instrument announced, which the catalogue
# may not hold; guessing the parties' latest treaty for it would give every bare article number
# of the piece to the wrong treaty.
_INDEFINITE = {"a", "an", "another", "new"}


def _names_a_known_treaty(headline: str) -> bool:
    """A treaty noun whose own words (back to the previous punctuation, at most four) are not
    indefinite: "the treaty", "the Russia–North Korea pact", "their alliance"."""
    for noun in _TREATY_NOUN.finditer(headline):
        phrase = re.split(r"[,;:.!?()\n]", headline[: noun.start()])[-1].lower().split()[-4:]
        if not _INDEFINITE.intersection(phrase):
            return True
    return False


def _headline_refs(publication, catalogue) -> list:
    from treaties.resolver import ResolveContext, resolve

    text = f"{publication.title}\n\n{publication.dek}"
    return resolve(text, ResolveContext(date=publication.published_on), catalogue=catalogue)


def _headline_treaty(publication, catalogue, counts=None) -> str | None:
    """The one treaty the title and dek link ("three views on the 2024 treaty"); when they name
    a treaty that several fit ("the Russia–North Korea treaty"), the one of those the body names
    by title most often (`counts`), else the latest of those signed by the publication date: an
    unqualified treaty between two parties is the one then current."""
    day = publication.published_on
    refs = _headline_refs(publication, catalogue)
    linked = {r.target_id for r in refs if r.kind == "treaty" and r.is_link}
    if len(linked) == 1:
        return linked.pop()
    if linked or day is None:
        return None
    candidates = {c for r in refs if r.kind == "ambiguous" for c in r.candidates}
    fits = [catalogue.treaty_by_id[c] for c in candidates if c in catalogue.treaty_by_id]
    fits = [t for t in fits if t.signed_on and t.signed_on <= day]
    named = [t for t in fits if (counts or {}).get(t.id)]
    if named:
        return max(named, key=lambda t: (counts[t.id], t.signed_on)).id
    return max(fits, key=lambda t: t.signed_on).id if fits else None


def _recent_treaty_named(publication, catalogue) -> str | None:
    day = publication.published_on
    if day is None:
        return None
    named = {r.target_id for r in _headline_refs(publication, catalogue) if r.kind == "actor"}
    signed = [t for t in catalogue.treaties if t.signed_on and t.signed_on <= day and _parties_named(t, named)]
    recent = [t for t in signed if (day - t.signed_on).days <= SUBJECT_RECENCY_DAYS]
    if not recent and _names_a_known_treaty(f"{publication.title}\n\n{publication.dek}"):
        recent = signed
    return max(recent, key=lambda t: t.signed_on).id if recent else None


def _parties_named(treaty, named: set[str]) -> bool:
    """Every party is named, by itself or by one of the people who signed the treaty (the
    catalogue keeps signatories per treaty, so each named signatory stands for one party)."""
    unnamed = [p for p in treaty.party_ids if p not in named]
    return bool(treaty.party_ids) and len(unnamed) <= len(treaty.signatory_ids & named)
