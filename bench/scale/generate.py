#!/usr/bin/env python
"""Fill a PostgreSQL database with a deterministic synthetic Pactum corpus, through COPY.

    .venv/bin/python bench/scale/generate.py --scale 200k [--database-url postgres://...] [--seed 14]

`--scale 200k`: 200,000 published takeaways in 10,000 publications, 1,000,000 mentions,
400,000 citations, 20,000 articles of 1,000 treaties, 5,000 actors, 2,000 experts.
`--scale 40k` is five times smaller (200,000 mentions: a mid-size corpus for one-off
measurements such as bench/scale/exports.py), `--scale 10k` twenty times smaller (topics
and provision types do not scale). The
database must exist and be migrated; the domain tables are emptied first, so a re-run
replaces the corpus. Default database: postgres://postgres@127.0.0.1:5432/pactum_scale_<scale>.

How it loads, and why it stays correct:
- Table and column names come from the models' `_meta`; columns the generator does not
  vary are filled from the fields' defaults, and a NOT NULL column without one stops it.
- Rows stream through COPY with `session_replication_role = replica`, which skips every
  trigger of the session: the search-index triggers (which would upsert one document per
  row, 1.6M single-row plpgsql calls) and the foreign-key triggers. Unique and CHECK
  constraints are not triggers and still hold. Referential integrity is the generator's
  job, and is verified afterwards by an anti-join per foreign key (the script fails on an
  orphan).
- The search index is then rebuilt set-based by `manage.py search_index --rebuild`: one
  INSERT ... SELECT per record kind, the same SQL the triggers run per row, so it cannot
  drift from them, and the script fails unless every searchable row has its document.
- Finally VACUUM ANALYZE, so plans and index-only scans look like a settled database.

Skew: mentions pick actors by Zipf (exponent 1) over the actor list, so the top actor
(Russia) has about 11% of all mentions (~110k at 200k scale) and most actors a handful;
citations pick articles by Zipf (exponent 0.8) and one in ten cites a treaty as a whole;
1% of citations and mentions are editorially rejected (hidden from the public).
"""

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
import uuid
from bisect import bisect
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "scale"))

from names import REAL_STATES, Slugs, iso3_codes, media, organisation, person, word  # noqa: E402
from text import Prose  # noqa: E402

BASE = {
    "takeaways": 200_000,
    "publications": 10_000,
    "mentions": 1_000_000,
    "citations": 400_000,
    "treaties": 1_000,
    "articles": 20_000,
    "actors": 5_000,
    "experts": 2_000,
}
FACTORS = {"200k": 1.0, "40k": 0.2, "10k": 0.05}
TOPICS = 60
PROVISION_TYPES = 12
BATCH = 5_000  # takeaways generated and copied per round
EPOCH = dt.datetime(2012, 1, 1, tzinfo=dt.UTC)
SPAN_DAYS = 14 * 365


def counts_for(scale: str) -> dict[str, int]:
    return {name: int(n * FACTORS[scale]) for name, n in BASE.items()}


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    import django

    django.setup()


class Ids:
    """Deterministic UUIDv4s from the seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


class Zipf:
    """Draw indexes 0..n-1 with probability proportional to 1 / (rank ** exponent)."""

    def __init__(self, rng: random.Random, n: int, exponent: float):
        self.rng = rng
        self.cum = list(accumulate(1.0 / (r**exponent) for r in range(1, n + 1)))
        self.total = self.cum[-1]

    def __call__(self) -> int:
        return bisect(self.cum, self.rng.random() * self.total)


class Table:
    """COPY rows into one model's table: `columns` vary per row, the other concrete
    columns get the field's default (or NULL); a required column without either is an error."""

    def __init__(self, model, columns: list[str]):
        import django.db.models as m
        from django.db.models.fields import AutoFieldMixin

        self.model = model
        self.columns = columns
        fields = [f for f in model._meta.concrete_fields if not isinstance(f, AutoFieldMixin)]
        extra, self.constants = [], []
        for field in fields:
            if field.column in columns:
                continue
            if field.has_default():
                value = field.get_default()
                value = json.dumps(value) if isinstance(field, m.JSONField) else value
            elif field.null:
                value = None
            elif field.empty_strings_allowed and field.blank:
                value = ""
            else:
                raise SystemExit(f"{model._meta.db_table}.{field.column} is required and not generated")
            extra.append(field.column)
            self.constants.append(value)
        self.constants = tuple(self.constants)
        self.all_columns = columns + extra
        self.rows = 0

    def copy(self, cursor, rows) -> None:
        cols = ", ".join(f'"{c}"' for c in self.all_columns)
        with cursor.copy(f"COPY {self.model._meta.db_table} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row + self.constants)
                self.rows += 1


def stamp(day: float) -> dt.datetime:
    return EPOCH + dt.timedelta(days=day)


class Corpus:
    def __init__(self, scale: str, seed: int):
        self.n = counts_for(scale)
        self.rng = random.Random(seed)
        self.id = Ids(self.rng)
        self.prose = Prose(self.rng)
        self.tables: dict[str, Table] = {}

    def table(self, key: str, model, columns: list[str]) -> Table:
        self.tables[key] = Table(model, columns)
        return self.tables[key]

    # --- reference records ---------------------------------------------------------------
    def actors(self, cur):
        from actors.models import Actor

        rng, n = self.rng, self.n["actors"]
        slugs = Slugs(120)
        cols = ["id", "created", "updated", "name", "slug", "kind", "short_name", "iso3", "description"]
        cols += ["editorial_status", "published_at", "confidence"]
        taken = {code for _, _, code in REAL_STATES}
        synthetic_states = max(0, min(170, n // 10) - len(REAL_STATES))
        codes = iso3_codes(rng, synthetic_states, taken)
        self.actor_ids, self.actor_text, self.state_ids, self.think_tanks = [], [], [], []
        rows = []
        for i in range(n):
            if i < len(REAL_STATES):
                name, short, iso3 = REAL_STATES[i]
                kind = "state"
            elif i - len(REAL_STATES) < synthetic_states:
                short = word(rng, 2)
                name, iso3, kind = f"Republic of {short}", codes[i - len(REAL_STATES)], "state"
            else:
                kind = rng.choices(["person", "think_tank", "international_organization", "media"], [6, 2, 1, 1])[0]
                name = {"person": person, "media": media}.get(kind, organisation)(rng)
                short, iso3 = "", None
            pk = self.id()
            when = stamp(rng.random() * 365)
            desc = self.prose.sentence()
            rows.append((pk, when, when, name, slugs(name), kind, short, iso3, desc, "published", when, "confirmed"))
            self.actor_ids.append(pk)
            self.actor_text.append(short or name)
            if kind == "state":
                self.state_ids.append(pk)
            elif kind == "think_tank":
                self.think_tanks.append(pk)
        self.table("actors", Actor, cols).copy(cur, rows)
        self.actor_slugs = [r[4] for r in rows]

    def treaties(self, cur):
        from treaties.models import Article, ArticleProvision, ProvisionType, Treaty, TreatyParty

        rng, prose = self.rng, self.prose
        per = self.n["articles"] // self.n["treaties"]
        slugs = Slugs(120)
        cols = ["id", "created", "updated", "title", "short_title", "slug", "kind", "status", "signed_on"]
        cols += ["in_force_on", "description", "article_count", "editorial_status", "published_at", "confidence"]
        treaties, self.treaty_ids, self.treaty_text = [], [], []
        for _ in range(self.n["treaties"]):
            year = rng.randint(1945, 2025)
            short = f"{word(rng, 2)} Treaty of {year}"
            title = f"Treaty on {prose.title(3)} between {word(rng, 2)} and {word(rng, 2)}"
            signed = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            in_force = signed + dt.timedelta(days=rng.randint(30, 700)) if rng.random() < 0.8 else None
            when = stamp(rng.random() * 365)
            kind = rng.choice(["bilateral", "bilateral", "multilateral", "charter"])
            status = rng.choice(["in_force", "signed", "lapsed", "superseded", "terminated"])
            pk = self.id()
            treaties.append(
                (pk, when, when, title, short, slugs(short), kind, status, signed, in_force, prose.sentence(), per)
                + ("published", when, "confirmed")
            )
            self.treaty_ids.append(pk)
            self.treaty_text.append(short)
        self.table("treaties", Treaty, cols).copy(cur, treaties)
        self.treaty_slugs = [r[5] for r in treaties]

        parties = []
        for t in treaties:
            k = 2 if t[6] == "bilateral" else rng.randint(3, 8)
            for actor in rng.sample(self.state_ids, k):
                parties.append((self.id(), t[1], t[1], t[0], actor, t[8], "confirmed"))
        party_cols = ["id", "created", "updated", "treaty_id", "actor_id", "signed_on", "confidence"]
        self.table("parties", TreatyParty, party_cols).copy(cur, parties)

        types = []
        for i in range(PROVISION_TYPES):
            name = f"{prose.title(2)} {i + 1}"
            types.append((self.id(), EPOCH, EPOCH, f"provision-{i + 1}", name, prose.sentence()))
        self.table("provision_types", ProvisionType, ["id", "created", "updated", "code", "name", "description"]).copy(
            cur, types
        )

        cols = ["id", "created", "updated", "treaty_id", "number", "ordinal", "heading", "summary"]
        cols += ["editorial_status", "published_at", "confidence"]
        articles, typed, self.article_ids, self.article_numbers, self.article_treaty = [], [], [], [], []
        for t_index, t in enumerate(treaties):
            for ordinal in range(1, per + 1):
                pk = self.id()
                heading = prose.heading()
                articles.append(
                    (pk, t[1], t[1], t[0], str(ordinal), ordinal, heading, prose.sentence(), "published", t[1])
                    + ("confirmed",)
                )
                self.article_ids.append(pk)
                self.article_numbers.append(str(ordinal))
                self.article_treaty.append(t_index)
                if rng.random() < 0.5:
                    typed.append((self.id(), t[1], t[1], pk, rng.choice(types)[0]))
        # Zipf rank follows a shuffled order, so the most cited articles spread over treaties.
        self.article_rank = list(range(len(articles)))
        rng.shuffle(self.article_rank)
        self.table("articles", Article, cols).copy(cur, articles)
        coding_cols = ["id", "created", "updated", "article_id", "provision_type_id"]
        self.table("article_types", ArticleProvision, coding_cols).copy(cur, typed)

    def people(self, cur):
        from commentary.models import Expert, Publication, Topic

        rng, prose = self.rng, self.prose
        slugs = Slugs(120)
        cols = ["id", "created", "updated", "name", "slug", "role", "affiliation_id"]
        cols += ["editorial_status", "published_at", "confidence"]
        experts = []
        for _ in range(self.n["experts"]):
            name = person(rng)
            when = stamp(rng.random() * 365)
            role = f"Senior fellow, {prose.title(2)}"
            experts.append((self.id(), when, when, name, slugs(name), role, rng.choice(self.think_tanks)))
            experts[-1] += ("published", when, "confirmed")
        self.table("experts", Expert, cols).copy(cur, experts)
        self.expert_ids = [e[0] for e in experts]

        topics, tslugs = [], Slugs(120)
        for i in range(TOPICS):
            name = f"{prose.title(2)} {i + 1}"
            topics.append((self.id(), EPOCH, EPOCH, name, tslugs(name), prose.sentence()))
        self.table("topics", Topic, ["id", "created", "updated", "name", "slug", "description"]).copy(cur, topics)
        self.topic_ids = [t[0] for t in topics]

        pslugs = Slugs(160)
        cols = ["id", "created", "updated", "title", "slug", "kind", "publisher_id", "published_on", "dek"]
        cols += ["editorial_status", "published_at", "confidence"]
        pubs = []
        n = self.n["publications"]
        for i in range(n):
            day = SPAN_DAYS * (i + rng.random()) / n
            when = stamp(day)
            title = f"Takeaways: {prose.heading()}"
            kind = rng.choices(["takeaways", "report", "commentary"], [8, 1, 1])[0]
            row = (self.id(), when, when, title, pslugs(title), kind, rng.choice(self.think_tanks), when.date())
            pubs.append(row + (prose.sentence(), "published", when, "confirmed"))
        self.table("publications", Publication, cols).copy(cur, pubs)
        self.publications = [(p[0], p[1]) for p in pubs]

    # --- takeaways and their spans ---------------------------------------------------
    def takeaways(self, cur):
        from commentary.models import Citation, Mention, Takeaway, TakeawayAuthor

        t_cols = ["id", "created", "updated", "publication_id", "position", "heading", "slug", "body"]
        t_cols += ["editorial_status", "published_at", "confidence"]
        span_cols = ["id", "created", "updated", "takeaway_id", "start", "end", "quote", "method", "review_status"]
        span_cols += ["score"]
        tables = {
            "takeaways": self.table("takeaways", Takeaway, t_cols),
            "authors": self.table(
                "authors", TakeawayAuthor, ["id", "created", "updated", "takeaway_id", "expert_id", "position", "role"]
            ),
            "topics": self.table("takeaway_topics", Takeaway.topics.through, ["takeaway_id", "topic_id"]),
            "mentions": self.table("mentions", Mention, [*span_cols, "actor_id"]),
            "citations": self.table("citations", Citation, [*span_cols, "treaty_id", "article_id"]),
        }
        actor_zipf = Zipf(self.rng, len(self.actor_ids), 1.0)
        article_zipf = Zipf(self.rng, len(self.article_ids), 0.8)
        per_pub = self.n["takeaways"] // self.n["publications"]
        slugs = Slugs(200)
        total = self.n["takeaways"]
        for start in range(0, total, BATCH):
            batch = {name: [] for name in tables}
            for i in range(start, min(total, start + BATCH)):
                self._takeaway(i, per_pub, slugs, actor_zipf, article_zipf, batch)
            for name, table in tables.items():
                table.copy(cur, batch[name])
            print(f"  takeaways {min(total, start + BATCH):>7}/{total}", file=sys.stderr, end="\r")
        print(file=sys.stderr)

    def _takeaway(self, i, per_pub, slugs, actor_zipf, article_zipf, out):
        rng, prose = self.rng, self.prose
        pub_id, pub_when = self.publications[i // per_pub]
        position = i % per_pub + 1
        when = pub_when + dt.timedelta(seconds=position)
        pk = self.id()
        heading = prose.heading()
        # Sentences led by an actor or an article reference become the spans.
        subjects = [("m", actor_zipf()) for _ in range(3 + i % 5)]  # 3..7 mentions, 5 on average
        subjects += [("c", article_zipf()) for _ in range(1 + i % 3)]  # 1..3 citations, 2 on average
        subjects += [None] * rng.randint(4, 8)
        rng.shuffle(subjects)
        body, offset, spans = [], 0, []
        for n, subject in enumerate(subjects):
            sep = "" if n == 0 else ("\n\n" if n % 5 == 0 else " ")
            offset += len(sep)
            if subject is None:
                sentence = prose.sentence()
            elif subject[0] == "m":
                quote = self.actor_text[subject[1]]
                sentence = prose.sentence(quote)
                spans.append(("m", offset, quote, subject[1]))
            else:
                article = self.article_rank[subject[1]]
                treaty = self.article_treaty[article]
                whole = rng.random() < 0.1
                quote = self.treaty_text[treaty] if whole else f"Article {self.article_numbers[article]}"
                lead = quote if whole else f"{quote} of the {self.treaty_text[treaty]}"
                sentence = prose.sentence(lead)
                spans.append(("c", offset, quote, None if whole else article, treaty))
            body.append(sep + sentence)
            offset += len(sentence)
        status = "published"
        out["takeaways"].append(
            (pk, when, when, pub_id, position, heading, slugs(heading), "".join(body), status, when, "probable")
        )
        for pos, expert in enumerate(rng.sample(self.expert_ids, 1 + (i % 4 == 0)), start=1):
            out["authors"].append((self.id(), when, when, pk, expert, pos, "Senior fellow"))
        for topic in rng.sample(self.topic_ids, 1 + (i % 2)):
            out["topics"].append((pk, topic))
        for span in spans:
            review = "rejected" if rng.random() < 0.01 else rng.choice(("pending", "confirmed"))
            method, score = ("auto", round(0.5 + rng.random() / 2, 3)) if rng.random() < 0.7 else ("editor", 1.0)
            common = (self.id(), when, when, pk, span[1], span[1] + len(span[2]), span[2], method, review, score)
            if span[0] == "m":
                out["mentions"].append(common + (self.actor_ids[span[3]],))
            else:
                article = None if span[3] is None else self.article_ids[span[3]]
                out["citations"].append(common + (self.treaty_ids[span[4]], article))


def domain_tables() -> list[str]:
    from django.apps import apps

    labels = ("actors", "treaties", "commentary", "search", "core")
    return [m._meta.db_table for m in apps.get_models(include_auto_created=True) if m._meta.app_label in labels]


def verify_foreign_keys(cur, corpus: Corpus) -> None:
    """COPY ran without FK triggers: prove that no loaded row points at a missing one."""
    import django.db.models as m

    for table in corpus.tables.values():
        for field in table.model._meta.concrete_fields:
            if not isinstance(field, m.ForeignKey) or field.column not in table.columns:
                continue
            target = field.related_model._meta
            cur.execute(
                f"SELECT count(*) FROM {table.model._meta.db_table} t WHERE t.{field.column} IS NOT NULL "
                f"AND NOT EXISTS (SELECT 1 FROM {target.db_table} r WHERE r.{target.pk.column} = t.{field.column})"
            )
            orphans = cur.fetchone()[0]
            if orphans:
                raise SystemExit(f"{orphans} orphan rows in {table.model._meta.db_table}.{field.column}")


def verify_search_index(cur) -> dict[str, int]:
    from django.apps import apps

    from search.registry import specs  # only the indexed models' names matter here

    missing = {}
    for spec in specs():
        meta = apps.get_model(spec.label)._meta
        cur.execute(
            f"SELECT count(*) FROM {meta.db_table} t WHERE NOT EXISTS (SELECT 1 FROM search_searchdocument d "
            f"WHERE d.kind = %s AND d.object_id = t.{meta.pk.column})",
            [spec.kind],
        )
        missing[spec.kind] = cur.fetchone()[0]
    if any(missing.values()):
        raise SystemExit(f"search index incomplete: {missing}")
    cur.execute("SELECT count(*) FROM search_searchdocument")
    return {"documents": cur.fetchone()[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=sorted(FACTORS), required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    url = args.database_url or f"postgres://postgres@127.0.0.1:5432/pactum_scale_{args.scale}"
    setup_django(url)

    import psycopg
    from django.core.management import call_command

    timings: dict[str, float] = {}
    started = time.perf_counter()
    corpus = Corpus(args.scale, args.seed)
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn, conn.cursor() as cur:
        cur.execute("SET session_replication_role = replica")  # no triggers: see the module docstring
        cur.execute(f"TRUNCATE {', '.join(domain_tables())} CASCADE")
        for step in (corpus.actors, corpus.treaties, corpus.people, corpus.takeaways):
            t0 = time.perf_counter()
            step(cur)
            timings[step.__name__] = round(time.perf_counter() - t0, 1)
            print(f"{step.__name__}: {timings[step.__name__]} s", file=sys.stderr)
        t0 = time.perf_counter()
        verify_foreign_keys(cur, corpus)
        timings["verify_foreign_keys"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    call_command("search_index", "--rebuild")
    timings["search_index_rebuild"] = round(time.perf_counter() - t0, 1)
    t0 = time.perf_counter()
    call_command("co_mentions", "--rebuild")  # COPY sent no signals: the aggregate from scratch
    timings["co_mentions_rebuild"] = round(time.perf_counter() - t0, 1)
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        cur = conn.cursor()
        t0 = time.perf_counter()
        cur.execute("VACUUM ANALYZE")
        timings["vacuum_analyze"] = round(time.perf_counter() - t0, 1)
        search = verify_search_index(cur)
    timings["total"] = round(time.perf_counter() - started, 1)
    rows = {key: table.rows for key, table in corpus.tables.items()} | search
    report = {"scale": args.scale, "seed": args.seed, "seconds": timings, "rows": rows}
    print(json.dumps(report, indent=2))
    out = ROOT / "bench" / "results" / f"scale-corpus-{args.scale}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
