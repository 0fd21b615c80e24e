"""Load the seed corpus (the YAML files under seed/) through each app's upsert services.

`SeedLoader.load()` runs the sections in dependency order (actors, events, treaties,
commentary, curation); the `load_seed` command wraps it in one transaction and prints the
counts. Every reference between files is by slug and fails loudly when it does not resolve.
Curated spans are located in the takeaway bodies by `spans_locate`; docs/seed.md has the rules.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from django.utils import timezone

from actors.models import Actor, ActorAlias, ActorRelation, Event, EventParticipant
from actors.services import (
    actor_alias_upsert,
    actor_relation_upsert,
    actor_upsert,
    event_participant_upsert,
    event_upsert,
)
from commentary.models import (
    Citation,
    Claim,
    Expert,
    LinkMethod,
    Mention,
    Publication,
    ReviewStatus,
    Takeaway,
    TakeawayAuthor,
    Topic,
)
from commentary.services import (
    citation_upsert,
    claim_upsert,
    expert_upsert,
    mention_upsert,
    publication_upsert,
    takeaway_author_upsert,
    takeaway_upsert,
    topic_upsert,
)
from core.audit import CHANNEL_SEED, Audit
from core.batch import CreateBatch, RowIndex, UpsertStats, m2m_add, m2m_pairs
from core.models import Confidence, EditorialStatus, Source, natural_key_fields_of
from treaties.models import Article, ArticleLink, ArticleProvision, ProvisionType, Treaty, TreatyParty
from treaties.services import (
    article_link_upsert,
    article_provision_upsert,
    article_upsert,
    provision_type_upsert,
    treaty_party_upsert,
    treaty_upsert,
)

SEED_DIR = Path(__file__).resolve().parent
SEED_FILES = ("actors.yaml", "events.yaml", "treaties.yaml", "commentary.yaml", "curation.yaml", "claims.yaml")
SEED_AUDIT = Audit(channel=CHANNEL_SEED, reason="load_seed")

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


class SeedError(Exception):
    """The seed data is inconsistent (a dangling slug, a span not found in a body)."""


def seed_data_read(*, seed_dir: Path = SEED_DIR) -> dict[str, Any]:
    """The parsed seed files, keyed by file stem."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return {
        name.removesuffix(".yaml"): yaml.load((seed_dir / name).read_text("utf-8"), Loader=loader)
        for name in SEED_FILES
    }


def _sourced_or_unverified(row: dict[str, Any]) -> str:
    """The default mark of a seed fact: confirmed when it lists its sources, else unverified."""
    return Confidence.CONFIRMED if row.get("sources") else Confidence.UNVERIFIED


def _own_or_inherited(fact: dict[str, Any], *, parent: dict[str, Any]) -> tuple[str, list | None]:
    """A nested fact's confidence and sources: its own when it lists sources, else its
    parent's (the sources of an event name who took part; an article's summary is what its
    provision coding restates)."""
    if "sources" in fact:
        return fact.get("confidence", _sourced_or_unverified(fact)), fact["sources"]
    return fact.get("confidence", parent["confidence"]), parent.get("sources")


def article_ordinal(number: str) -> int:
    """Sort position of an article number as written: "4" -> 4, "VII" -> 7."""
    if number.isdigit():
        return int(number)
    values = [ROMAN[c] for c in number.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@dataclass(frozen=True)
class Span:
    entry: dict[str, Any]
    start: int
    end: int


def spans_locate(*, body: str, entries: list[dict[str, Any]]) -> list[Span]:
    """Find the span of each curated entry in `body`; raise SeedError when one is missing.

    An entry is `{text, occurrence}`: occurrence N (default 1) is the Nth whole-word,
    case-sensitive match of `text`; `all` takes every match and must state `count`. Longest
    text wins: matches inside the span of a longer entry are skipped, and are not counted when
    numbering occurrences. Entries must not overlap otherwise."""
    order = sorted(range(len(entries)), key=lambda i: (-len(entries[i]["text"]), entries[i].get("occurrence") == "all"))
    claimed: list[tuple[int, int, int]] = []  # (start, end, length of the entry's text)
    spans = []
    for i in order:
        entry = entries[i]
        text, occurrence = entry["text"], entry.get("occurrence", 1)
        pattern = _whole_words(text)
        matches = [(m.start(), m.end()) for m in pattern.finditer(body)]
        outside_longer = [m for m in matches if not any(_overlaps(m, c) and c[2] > len(text) for c in claimed)]
        if occurrence == "all":
            found = [m for m in outside_longer if not any(_overlaps(m, c) for c in claimed)]
            if len(found) != entry.get("count"):
                raise SeedError(f"{text!r}: expected count {entry.get('count')}, found {len(found)} free occurrences")
        else:
            if not 1 <= occurrence <= len(outside_longer):
                raise SeedError(f"{text!r}: occurrence {occurrence} not found ({len(outside_longer)} occurrences)")
            found = [outside_longer[occurrence - 1]]
            if any(_overlaps(found[0], c) for c in claimed):
                raise SeedError(f"{text!r} occurrence {occurrence} overlaps another curated span")
        claimed.extend((start, end, len(text)) for start, end in found)
        spans.extend(Span(entry=entry, start=start, end=end) for start, end in found)
    return sorted(spans, key=lambda s: (s.start, s.end))


def _whole_words(text: str) -> re.Pattern:
    # Any run of whitespace in the curated text matches any run in the body (no-break spaces).
    words = r"\s+".join(re.escape(word) for word in text.split())
    return re.compile(rf"(?<!\w){words}(?!\w)")


def _overlaps(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class SeedLoader:
    """Upserts the seed data; `stats` holds the created/updated counts per model."""

    def __init__(self, *, data: dict[str, Any]):
        self.data = data
        self.stats = UpsertStats()
        self.batch = CreateBatch(audit=SEED_AUDIT)
        self.now = timezone.now()
        self.indexes: dict[type, RowIndex] = {}
        self.actors: dict[str, Actor] = {}
        self.relations: dict[tuple, ActorRelation] = {}
        self.events: dict[str, Event] = {}
        self.provision_types: dict[str, ProvisionType] = {}
        self.treaties: dict[str, Treaty] = {}
        self.articles: dict[str, Article] = {}
        self.experts: dict[str, Expert] = {}
        self.takeaways: dict[str, Takeaway] = {}
        self.topics: dict[str, Topic] = {}

    def load(self) -> UpsertStats:
        self.load_actors(self.data["actors"])
        self.load_events(self.data["events"])
        self.load_treaties(self.data["treaties"])
        self.load_commentary(self.data["commentary"])
        self.load_curation(self.data["curation"])
        self.load_claims(self.data["claims"])
        self.batch.flush()
        return self.stats

    # -- plumbing --------------------------------------------------------------------------
    def opts(self, model: type, *, published: bool = True) -> dict[str, Any]:
        """Keyword options for an upsert service: prefetched index, counters, history stamps."""
        if model not in self.indexes:
            self.indexes[model] = RowIndex(model=model, key_fields=natural_key_fields_of(model))
        options = {
            "index": self.indexes[model],
            "stats": self.stats,
            "batch": self.batch,
            "audit": SEED_AUDIT,
            # A field an editor changed since the seed last wrote it stays theirs.
            "keep_edits": True,
            # Each record's sources are written with it (core.services checks that a
            # confirmed record comes with one).
            "source_index": self.source_index(),
        }
        if published:
            # Editorial state is the editors' once a row exists: set on creation only.
            # (core.services stamps published_at.)
            options["create_defaults"] = {"editorial_status": EditorialStatus.PUBLISHED}
        return options

    def source_index(self) -> RowIndex:
        if Source not in self.indexes:
            self.indexes[Source] = RowIndex(model=Source, key_fields=natural_key_fields_of(Source))
        return self.indexes[Source]

    @staticmethod
    def lookup(table: dict, key: Any, what: str) -> Any:
        if key not in table:
            raise SeedError(f"unknown {what} {key!r} (define it before it is referenced)")
        return table[key]

    def actor(self, slug: str | None) -> Actor | None:
        return None if slug is None else self.lookup(self.actors, slug, "actor")

    # -- actors ----------------------------------------------------------------------------
    def load_actors(self, data: dict[str, Any]) -> None:
        for row in data["actors"]:
            actor, _ = actor_upsert(
                slug=row["slug"],
                defaults={
                    "name": row["name"],
                    "kind": row["kind"],
                    "short_name": row.get("short_name", ""),
                    "iso3": row.get("iso3"),
                    "wikidata_qid": row.get("wikidata_qid"),
                    "description": row.get("description", ""),
                    "active_from": row.get("active_from"),
                    "active_until": row.get("active_until"),
                    "parent": self.actor(row.get("parent")),
                    "country": self.actor(row.get("country")),
                    "confidence": row["confidence"],
                },
                sources=row.get("sources"),
                **self.opts(Actor),
            )
            self.actors[row["slug"]] = actor
            for alias in row.get("aliases", []):
                actor_alias_upsert(
                    actor=actor,
                    name=alias["name"],
                    defaults={
                        "kind": alias["kind"],
                        "case_sensitive": alias.get("case_sensitive", True),
                        # An alias is a fact like any other: confirmed only with its source.
                        "confidence": alias.get("confidence", _sourced_or_unverified(alias)),
                    },
                    sources=alias.get("sources"),
                    **self.opts(ActorAlias, published=False),
                )
        for row in data["relations"]:
            subject, obj = self.actor(row["subject"]), self.actor(row["object"])
            relation, _ = actor_relation_upsert(
                subject=subject,
                object=obj,
                kind=row["kind"],
                start_date=row.get("start_date"),
                defaults={
                    "end_date": row.get("end_date"),
                    "note": row.get("note", ""),
                    "confidence": row["confidence"],
                },
                sources=row.get("sources"),
                **self.opts(ActorRelation),
            )
            self.relations[(row["subject"], row["object"], row["kind"], row.get("start_date"))] = relation

    # -- events ----------------------------------------------------------------------------
    def load_events(self, data: dict[str, Any]) -> None:
        for row in data["events"]:
            event, _ = event_upsert(
                slug=row["slug"],
                defaults={
                    "name": row["name"],
                    "kind": row["kind"],
                    "start_date": row["start_date"],
                    "end_date": row.get("end_date"),
                    "place": row.get("place", ""),
                    "description": row.get("description", ""),
                    "confidence": row["confidence"],
                },
                sources=row.get("sources"),
                **self.opts(Event),
            )
            self.events[row["slug"]] = event
            for participant in row.get("participants", []):
                # Who took part rests on the event's sources (they name the participants)
                # unless the row gives its own.
                confidence, sources = _own_or_inherited(participant, parent=row)
                event_participant_upsert(
                    event=event,
                    actor=self.actor(participant["actor"]),
                    defaults={"role": participant.get("role", ""), "confidence": confidence},
                    sources=sources,
                    **self.opts(EventParticipant, published=False),
                )

    # -- treaties --------------------------------------------------------------------------
    def load_treaties(self, data: dict[str, Any]) -> None:
        for row in data["provision_types"]:
            self.provision_types[row["code"]], _ = provision_type_upsert(
                code=row["code"],
                defaults={"name": row["name"], "description": row.get("description", "")},
                **self.opts(ProvisionType, published=False),
            )
        for row in data["treaties"]:
            self.load_treaty(row)
        # Second pass: references between treaties, and to events and relations.
        pairs = {
            name: m2m_pairs(model=Treaty, field_name=name) for name in ("supersedes", "events", "grounded_relations")
        }
        for row in data["treaties"]:
            treaty = self.treaties[row["slug"]]
            targets = {
                "supersedes": [self.lookup(self.treaties, slug, "treaty") for slug in row.get("supersedes", [])],
                "events": [self.lookup(self.events, slug, "event") for slug in row.get("events", [])],
                "grounded_relations": [
                    self.lookup(self.relations, (r["subject"], r["object"], r["kind"], r.get("start_date")), "relation")
                    for r in row.get("grounded_relations", [])
                ],
            }
            for name, objs in targets.items():
                m2m_add(owner=treaty, field_name=name, targets=objs, existing=pairs[name], stats=self.stats)
        for row in data["article_links"]:
            link, _ = article_link_upsert(
                source=self.lookup(self.articles, row["source"], "article"),
                target=self.lookup(self.articles, row["target"], "article"),
                kind=row["kind"],
                defaults={"note": row.get("note", ""), "confidence": row["confidence"]},
                sources=row.get("sources"),
                **self.opts(ArticleLink, published=False),
            )

    def load_treaty(self, row: dict[str, Any]) -> None:
        fields = ("signed_on", "in_force_on", "ended_on", "article_count")
        text_fields = ("short_title", "signed_at", "duration_terms", "description")
        treaty, _ = treaty_upsert(
            slug=row["slug"],
            defaults={
                "title": row["title"],
                "kind": row["kind"],
                "status": row["status"],
                "confidence": row["confidence"],
                **{name: row.get(name) for name in fields},
                **{name: row.get(name, "") for name in text_fields},
            },
            sources=row.get("sources"),
            **self.opts(Treaty),
        )
        self.treaties[row["slug"]] = treaty
        for party in row.get("parties", []):
            record, _ = treaty_party_upsert(
                treaty=treaty,
                actor=self.actor(party["actor"]),
                defaults={
                    "signed_on": party.get("signed_on"),
                    "ratified_on": party.get("ratified_on"),
                    "signatory": self.actor(party.get("signatory")),
                    "signatory_title": party.get("signatory_title", ""),
                    "confidence": party["confidence"],
                },
                sources=party.get("sources"),
                **self.opts(TreatyParty, published=False),
            )
        for item in row["articles"]:
            number = str(item["number"])
            article, _ = article_upsert(
                treaty=treaty,
                number=number,
                defaults={
                    "ordinal": item.get("ordinal", article_ordinal(number)),
                    "heading": item.get("heading", ""),
                    "summary": item.get("summary", ""),
                    "text": item.get("text", ""),
                    "confidence": item["confidence"],
                },
                sources=item.get("sources"),
                **self.opts(Article),
            )
            self.articles[f"{treaty.slug}:{number}"] = article
            for coding in item.get("provision_types", []):
                self.load_coding(article, item, coding)

    def load_coding(self, article: Article, item: dict[str, Any], coding: str | dict[str, Any]) -> None:
        """A provision coding: a bare code restates the article's summary, so it rests on the
        article's sources and confidence; a mapping gives its own."""
        coding = {"code": coding} if isinstance(coding, str) else coding
        confidence, sources = _own_or_inherited(coding, parent=item)
        article_provision_upsert(
            article=article,
            provision_type=self.lookup(self.provision_types, coding["code"], "provision type"),
            defaults={"confidence": confidence},
            sources=sources,
            **self.opts(ArticleProvision, published=False),
        )

    # -- commentary ------------------------------------------------------------------------
    def load_commentary(self, data: dict[str, Any]) -> None:
        for row in data["experts"]:
            expert, _ = expert_upsert(
                slug=row["slug"],
                defaults={
                    "name": row["name"],
                    "aliases": row.get("aliases", []),
                    "role": row.get("role", ""),
                    "affiliation": self.actor(row.get("affiliation")),
                    "profile_url": row.get("profile_url", ""),
                    "confidence": row["confidence"],
                },
                sources=row.get("sources"),
                **self.opts(Expert),
            )
            self.experts[row["slug"]] = expert
        for row in data["topics"]:
            self.topics[row["slug"]], _ = topic_upsert(
                slug=row["slug"],
                defaults={"name": row["name"], "description": row.get("description", "")},
                **self.opts(Topic, published=False),
            )
        row = data["publication"]
        publication, _ = publication_upsert(
            slug=row["slug"],
            defaults={
                "title": row["title"],
                "kind": row["kind"],
                "publisher": self.actor(row["publisher"]),
                "published_on": row.get("published_on"),
                "url": row.get("url", ""),
                "dek": row.get("dek", ""),
                "subject_treaty": self.lookup(self.treaties, row["subject_treaty"], "treaty"),
                "confidence": row["confidence"],
            },
            sources=row.get("sources"),
            **self.opts(Publication),
        )
        # A takeaway's text is the publication's: where the publication is published is its
        # source too, unless the takeaway row gives its own.
        publication_sources = row.get("sources")
        topic_pairs = m2m_pairs(model=Takeaway, field_name="topics")
        for row in data["takeaways"]:
            sources = row.get("sources", publication_sources)
            takeaway, _ = takeaway_upsert(
                slug=row["slug"],
                defaults={
                    "publication": publication,
                    "position": row["position"],
                    "heading": row["heading"],
                    "body": row["body"],
                    "image_credit": row.get("image_credit", ""),
                    "confidence": row.get("confidence", _sourced_or_unverified({"sources": sources})),
                },
                sources=sources,
                **self.opts(Takeaway),
            )
            self.takeaways[row["slug"]] = takeaway
            topics = [self.lookup(self.topics, slug, "topic") for slug in row.get("topics", [])]
            m2m_add(owner=takeaway, field_name="topics", targets=topics, existing=topic_pairs, stats=self.stats)
            for position, author in enumerate(row["authors"], start=1):
                takeaway_author_upsert(
                    takeaway=takeaway,
                    expert=self.lookup(self.experts, author["expert"], "expert"),
                    defaults={"position": position, "role": author.get("role", "")},
                    **self.opts(TakeawayAuthor, published=False),
                )

    # -- curated citations and mentions -----------------------------------------------------
    def load_curation(self, data: dict[str, Any]) -> None:
        # The YAML is the source of truth for curated links: a re-run restores them to confirmed
        # editor links even if a resolver found the same span first (as a pending auto link).
        link_defaults = {"method": LinkMethod.EDITOR, "review_status": ReviewStatus.CONFIRMED, "score": 1.0}
        for slug, curated in data["takeaways"].items():
            takeaway = self.lookup(self.takeaways, slug, "takeaway")
            for span in spans_locate(body=takeaway.body, entries=curated.get("citations", [])):
                article = None
                if "article" in span.entry:
                    article = self.lookup(self.articles, span.entry["article"], "article")
                treaty = article.treaty if article else self.lookup(self.treaties, span.entry["treaty"], "treaty")
                citation_upsert(
                    takeaway=takeaway,
                    treaty=treaty,
                    article=article,
                    start=span.start,
                    end=span.end,
                    defaults={"quote": takeaway.body[span.start : span.end], **link_defaults},
                    **self.opts(Citation, published=False),
                )
            for span in spans_locate(body=takeaway.body, entries=curated.get("mentions", [])):
                mention_upsert(
                    takeaway=takeaway,
                    actor=self.actor(span.entry["actor"]),
                    start=span.start,
                    end=span.end,
                    defaults={"quote": takeaway.body[span.start : span.end], **link_defaults},
                    **self.opts(Mention, published=False),
                )

    # -- curated claims ---------------------------------------------------------------------
    def load_claims(self, data: dict[str, Any]) -> None:
        """Claims are editorial records: published on creation, then the editors'."""
        claim_pairs = {name: m2m_pairs(model=Claim, field_name=name) for name in ("articles", "treaties", "actors")}
        for slug, claims in data["takeaways"].items():
            takeaway = self.lookup(self.takeaways, slug, "takeaway")
            for span in spans_locate(body=takeaway.body, entries=claims):
                entry = span.entry
                claim, _ = claim_upsert(
                    takeaway=takeaway,
                    start=span.start,
                    end=span.end,
                    stance=entry["stance"],
                    defaults={
                        "quote": takeaway.body[span.start : span.end],
                        "paraphrase": entry["paraphrase"],
                        "confidence": entry.get("confidence", Confidence.CONFIRMED),
                    },
                    sources=entry.get("sources") or [data["source"]],
                    **self.opts(Claim),
                )
                targets = {
                    "articles": [self.lookup(self.articles, key, "article") for key in entry.get("articles", [])],
                    "treaties": [self.lookup(self.treaties, key, "treaty") for key in entry.get("treaties", [])],
                    "actors": [self.actor(key) for key in entry.get("actors", [])],
                }
                if not any(targets.values()):
                    raise SeedError(f"claim {entry['text'][:40]!r}…: name an article, treaty or actor")
                for name, objs in targets.items():
                    m2m_add(owner=claim, field_name=name, targets=objs, existing=claim_pairs[name], stats=self.stats)
