"""The raw floor: the same JSON bytes as Pactum's takeaway list and mention export, from
hand-written SQL, psycopg and orjson, served as a bare WSGI app by the same gunicorn.

    gunicorn --chdir bench/scale floor:app   (env FLOOR_DATABASE_URL, FLOOR_BASE_URL)

FLOOR_BASE_URL is the Pactum origin whose URLs the bodies carry (http://127.0.0.1:PORT),
so bench/scale/run.py can compare bytes. Routes:
    /takeaways/?page_size=50[&page=N]   the page-number list (count, next, previous, results)
    /mentions/export/                   NDJSON, streamed from a server-side cursor
    /treaties/<slug>/                   the treaty detail: parties, articles with provision
                                        types, lineage, events, sources, corrections
It reads only published, unrejected rows, as Pactum's anonymous visibility rule does.
"""

import os
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlencode

import orjson
import psycopg

# The quote's sentence is a plain-Python rule (no Django): the floor uses the same function,
# as it must to produce the same bytes.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from commentary.sentences import sentence_around  # noqa: E402

SUGGESTION_THRESHOLD = 0.75  # treaties.resolver.SUGGESTION_THRESHOLD, mirrored (no Django here)

DATABASE_URL = os.environ.get("FLOOR_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/pactum_scale_10k")
BASE = os.environ.get("FLOOR_BASE_URL", "http://127.0.0.1:8000").rstrip("/") + "/api/v1"
EXPORT_BATCH = 2_000

_VISIBLE_TAKEAWAYS = (
    "FROM commentary_takeaway t JOIN commentary_publication p ON p.id = t.publication_id "
    "WHERE t.editorial_status = 'published' AND p.editorial_status = 'published'"
)
LIST_SQL = (
    "SELECT t.id, t.slug, t.heading, t.position, p.id, p.slug, p.title, p.kind, p.published_on, p.confidence, "
    "t.confidence "
    f"{_VISIBLE_TAKEAWAYS} ORDER BY p.published_on DESC, p.slug, t.position LIMIT %s OFFSET %s"
)
# Pactum's page-number count (core/counts.py): exact up to 1,000, else the planner's estimate.
EXACT_LIMIT = 1_000
COUNT_SQL = f"SELECT count(*) FROM (SELECT 1 {_VISIBLE_TAKEAWAYS} LIMIT {EXACT_LIMIT + 1}) capped"
ESTIMATE_SQL = f"EXPLAIN (FORMAT JSON) SELECT 1 {_VISIBLE_TAKEAWAYS}"
AUTHORS_SQL = (
    "SELECT ta.takeaway_id, e.id, e.slug, e.name, e.role, e.confidence, ta.position, ta.role "
    "FROM commentary_takeawayauthor ta "
    "JOIN commentary_expert e ON e.id = ta.expert_id WHERE ta.takeaway_id = ANY(%s) "
    "AND e.editorial_status = 'published' ORDER BY ta.position"
)
BODIES_SQL = "SELECT id, body FROM commentary_takeaway WHERE id = ANY(%s)"
EXPORT_SQL = (
    "SELECT m.id, t.id, t.slug, t.heading, a.id, a.slug, a.name, a.short_name, a.kind, a.iso3, a.confidence, "
    'm.start, m."end", m.quote, m.method, m.review_status, m.score '
    "FROM commentary_mention m JOIN commentary_takeaway t ON t.id = m.takeaway_id "
    "JOIN commentary_publication p ON p.id = t.publication_id JOIN actors_actor a ON a.id = m.actor_id "
    "WHERE t.editorial_status = 'published' AND p.editorial_status = 'published' "
    "AND m.review_status <> 'rejected' AND a.editorial_status = 'published' "
    # unconfirmed automatic suggestions are hidden (commentary.models.suggestion_q)
    f"AND NOT (m.method = 'auto' AND m.score < {SUGGESTION_THRESHOLD} AND m.review_status <> 'confirmed') "
    "ORDER BY p.slug, t.position, m.start, m.id"
)

_connection = None


def connection() -> psycopg.Connection:
    global _connection
    if _connection is None or _connection.closed:
        _connection = psycopg.connect(DATABASE_URL, autocommit=True)
    return _connection


def _page_url(page: int | None, params: dict) -> str | None:
    if page is None:
        return None
    query = {k: v for k, v in params.items() if k != "page"}
    if page > 1:
        query["page"] = [str(page)]
    return f"{BASE}/takeaways/" + ("?" + urlencode(sorted(query.items()), doseq=True) if query else "")


def takeaway_list(params: dict) -> bytes:
    size = int(params.get("page_size", ["25"])[0])
    page = int(params.get("page", ["1"])[0])
    with connection().cursor() as cur:
        cur.execute(COUNT_SQL)
        count = cur.fetchone()[0]
        exact = count <= EXACT_LIMIT
        if not exact:
            cur.execute(ESTIMATE_SQL)
            count = max(int(cur.fetchone()[0][0]["Plan"]["Plan Rows"]), EXACT_LIMIT + 1)
        cur.execute(LIST_SQL, (size, (page - 1) * size))
        rows = cur.fetchall()
        authors = _bylines(cur, [r[0] for r in rows])
    results = [
        {
            "id": tid,
            "url": f"{BASE}/takeaways/{slug}/",
            "slug": slug,
            "heading": heading,
            "position": position,
            "publication": {
                "id": pid,
                "url": f"{BASE}/publications/{pslug}/",
                "slug": pslug,
                "title": title,
                "kind": kind,
                "published_on": published_on,
                "confidence": pconfidence,
            },
            "authors": authors.get(tid, []),
            "confidence": confidence,
        }
        for tid, slug, heading, position, pid, pslug, title, kind, published_on, pconfidence, confidence in rows
    ]
    last = max(1, -(-count // size))
    body = {
        "count": count,
        "count_exact": exact,
        "next": _page_url(page + 1 if page < last else None, params),
        "previous": _page_url(page - 1 if page > 1 else None, params),
        "results": results,
    }
    return orjson.dumps(body)


def _bylines(cur, takeaway_ids: list) -> dict:
    """Each takeaway's visible authors in byline order, as the summaries render them."""
    cur.execute(AUTHORS_SQL, (takeaway_ids,))
    authors: dict = {}
    for tid, eid, slug, name, role, confidence, position, printed in cur.fetchall():
        expert = {
            "id": eid,
            "url": f"{BASE}/experts/{slug}/",
            "slug": slug,
            "name": name,
            "role": role,
            "confidence": confidence,
        }
        authors.setdefault(tid, []).append({"expert": expert, "position": position, "role": printed})
    return authors


def mention_export():
    conn = psycopg.connect(DATABASE_URL)  # a named (server-side) cursor needs a transaction
    try:
        with conn.cursor(name="floor_export") as cur:
            cur.itersize = EXPORT_BATCH
            cur.execute(EXPORT_SQL)
            count = 0
            side = conn.cursor()  # bylines and bodies per batch, as Pactum side-loads them
            while rows := cur.fetchmany(EXPORT_BATCH):
                count += len(rows)
                takeaways = list({row[1] for row in rows})
                authors = _bylines(side, takeaways)
                side.execute(BODIES_SQL, (takeaways,))
                bodies = dict(side.fetchall())
                yield b"".join(orjson.dumps(_mention(row, authors, bodies)) + b"\n" for row in rows)
            yield orjson.dumps({"_trailer": {"rows": count, "complete": True}}) + b"\n"
    finally:
        conn.close()


_FMT = ""  # resource URLs never carry the export's format (they did before issue 14)


def _mention(row, authors: dict, bodies: dict) -> dict:
    mid, tid, tslug, heading, aid, aslug, name, short, kind, iso3, aconf, start, end, quote, method, review, score = row
    return {
        "id": mid,
        "url": f"{BASE}/mentions/{mid}/{_FMT}",
        "takeaway": {"id": tid, "url": f"{BASE}/takeaways/{tslug}/{_FMT}", "slug": tslug, "heading": heading},
        "actor": {
            "id": aid,
            "url": f"{BASE}/actors/{aslug}/{_FMT}",
            "slug": aslug,
            "name": name,
            "short_name": short,
            "kind": kind,
            "iso3": iso3,
            "confidence": aconf,
        },
        "start": start,
        "end": end,
        "quote": quote,
        "method": method,
        "review_status": review,
        "score": score,
        "authors": authors.get(tid, []),
        "sentence": sentence_around(bodies[tid], start, end),
    }


# --- the treaty detail: the same ten round trips as Pactum's, each a hand-written query ------
_TREATY_COLS = (
    "t.id, t.slug, t.title, t.short_title, t.kind, t.status, t.signed_on, t.in_force_on, t.ended_on, t.confidence"
)
TREATY_SQL = (
    f"SELECT {_TREATY_COLS}, t.signed_at, t.duration_terms, t.description, t.article_count, t.editorial_status, "
    "t.published_at, t.created, t.updated, t.version FROM treaties_treaty t "
    "WHERE t.slug = %s AND t.editorial_status = 'published'"
)
_ACTOR_COLS = "a.id, a.slug, a.name, a.short_name, a.kind, a.iso3, a.confidence"
PARTIES_SQL = (
    f"SELECT p.id, {_ACTOR_COLS}, p.signed_on, p.ratified_on, p.signatory_id, p.signatory_title, p.confidence "
    "FROM treaties_treatyparty p JOIN actors_actor a ON a.id = p.actor_id "
    "WHERE p.treaty_id = %s AND a.editorial_status = 'published' ORDER BY a.name"
)
SIGNATORIES_SQL = f"SELECT {_ACTOR_COLS} FROM actors_actor a WHERE a.id = ANY(%s) AND a.editorial_status = 'published'"
SOURCES_SQL = (
    "SELECT s.object_id, s.url, s.title, s.supports FROM core_source s JOIN django_content_type c "
    "ON c.id = s.content_type_id WHERE c.app_label = %s AND c.model = %s AND s.object_id = ANY(%s) "
    "ORDER BY s.content_type_id, s.object_id, s.position"
)
ARTICLES_SQL = (
    "SELECT r.id, r.number, r.ordinal, r.heading, r.summary, r.confidence FROM treaties_article r "
    "WHERE r.treaty_id = %s AND r.editorial_status = 'published' ORDER BY r.treaty_id, r.ordinal"
)
PROVISIONS_SQL = (
    "SELECT ap.article_id, pt.id, pt.code, pt.name FROM treaties_articleprovision ap "
    "JOIN treaties_provisiontype pt ON pt.id = ap.provision_type_id WHERE ap.article_id = ANY(%s) ORDER BY pt.name"
)
LINEAGE_SQL = (
    f"SELECT {_TREATY_COLS} FROM treaties_treaty_supersedes l JOIN treaties_treaty t ON t.id = l.{{other}} "
    "WHERE l.{this} = %s AND t.editorial_status = 'published' ORDER BY t.signed_on, t.title"
)
EVENTS_SQL = (
    "SELECT e.id, e.slug, e.name, e.kind, e.start_date, e.end_date, e.place, e.confidence "
    "FROM treaties_treaty_events te JOIN actors_event e ON e.id = te.event_id "
    "WHERE te.treaty_id = %s AND e.editorial_status = 'published' ORDER BY e.start_date, e.name"
)
CORRECTIONS_SQL = (
    "SELECT c.id, c.made_at, c.version, c.reason, c.changes FROM core_correction c JOIN django_content_type ct "
    "ON ct.id = c.content_type_id WHERE ct.app_label = 'treaties' AND ct.model = 'treaty' AND c.object_id = %s "
    "ORDER BY c.made_at, c.id"
)


def _day(value):
    return value.isoformat() if value is not None else None


def _treaty_summary(row) -> dict:
    return {
        "id": str(row[0]),
        "url": f"{BASE}/treaties/{row[1]}/",
        "slug": row[1],
        "title": row[2],
        "short_title": row[3],
        "kind": row[4],
        "status": row[5],
        "signed_on": _day(row[6]),
        "in_force_on": _day(row[7]),
        "ended_on": _day(row[8]),
        "confidence": row[9],
    }


def _actor(row) -> dict:
    keys = ("id", "slug", "name", "short_name", "kind", "iso3", "confidence")
    actor = dict(zip(keys, row, strict=True))
    actor["id"] = str(actor["id"])
    return {"id": actor["id"], "url": f"{BASE}/actors/{actor['slug']}/", **{k: actor[k] for k in keys[1:]}}


def _sources(cur, app_label: str, model: str, ids: list) -> dict:
    found: dict = {}
    if ids:
        cur.execute(SOURCES_SQL, (app_label, model, ids))
        for object_id, url, title, supports in cur.fetchall():
            found.setdefault(object_id, []).append({"link": url, "title": title, "supports": supports})
    return found


def treaty_detail(slug: str) -> bytes | None:
    cur = connection().cursor()
    cur.execute(TREATY_SQL, (slug,))
    row = cur.fetchone()
    if row is None:
        return None
    treaty_id = row[0]
    summary = _treaty_summary(row)
    cur.execute(PARTIES_SQL, (treaty_id,))
    parties = cur.fetchall()
    signatories = {}
    wanted = [p[10] for p in parties if p[10] is not None]
    if wanted:
        cur.execute(SIGNATORIES_SQL, (wanted,))
        signatories = {r[0]: _actor(r) for r in cur.fetchall()}
    party_sources = _sources(cur, "treaties", "treatyparty", [p[0] for p in parties])
    cur.execute(ARTICLES_SQL, (treaty_id,))
    articles = cur.fetchall()
    types: dict = {}
    if articles:
        cur.execute(PROVISIONS_SQL, ([a[0] for a in articles],))
        for article_id, type_id, code, name in cur.fetchall():
            types.setdefault(article_id, []).append(
                {"id": str(type_id), "url": f"{BASE}/provision-types/{code}/", "code": code, "name": name}
            )
    lineage = {}
    for key, this, other in (
        ("supersedes", "from_treaty_id", "to_treaty_id"),
        ("superseded_by", "to_treaty_id", "from_treaty_id"),
    ):
        cur.execute(LINEAGE_SQL.format(this=this, other=other), (treaty_id,))
        lineage[key] = [_treaty_summary(r) for r in cur.fetchall()]
    cur.execute(EVENTS_SQL, (treaty_id,))
    events = [
        {
            "id": str(e[0]),
            "url": f"{BASE}/events/{e[1]}/",
            "slug": e[1],
            "name": e[2],
            "kind": e[3],
            "start_date": _day(e[4]),
            "end_date": _day(e[5]),
            "place": e[6],
            "confidence": e[7],
        }
        for e in cur.fetchall()
    ]
    own_sources = _sources(cur, "treaties", "treaty", [treaty_id]).get(treaty_id, [])
    cur.execute(CORRECTIONS_SQL, (treaty_id,))
    corrections = [
        {"id": str(c[0]), "made_at": c[1], "version": c[2], "reason": c[3], "changes": c[4]} for c in cur.fetchall()
    ]
    body = {
        **summary,
        "signed_at": row[10],
        "duration_terms": row[11],
        "description": row[12],
        "article_count": row[13],
        "parties": [
            {
                "actor": _actor(p[1:8]),
                "signed_on": _day(p[8]),
                "ratified_on": _day(p[9]),
                "signatory": signatories.get(p[10]) if p[10] is not None else None,
                "signatory_title": p[11],
                "confidence": p[12],
                "sources": party_sources.get(p[0], []),
            }
            for p in parties
        ],
        "articles": [
            {
                "id": str(a[0]),
                "url": f"{BASE}/articles/{a[0]}/",
                "treaty": summary,
                "number": a[1],
                "ordinal": a[2],
                "heading": a[3],
                "summary": a[4],
                "confidence": a[5],
                "provision_types": types.get(a[0], []),
            }
            for a in articles
        ],
        **lineage,
        "events": events,
        "sources": own_sources,
        "corrections": corrections,
        "editorial_status": row[14],
        "published_at": row[15],
        "created": row[16],
        "updated": row[17],
        "version": row[18],
    }
    return orjson.dumps(body, option=orjson.OPT_UTC_Z)


def app(environ, start_response):
    path = environ.get("PATH_INFO", "")
    params = parse_qs(environ.get("QUERY_STRING", ""))
    if path == "/takeaways/":
        body = takeaway_list(params)
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]
    if path == "/mentions/export/":
        start_response("200 OK", [("Content-Type", "application/x-ndjson")])
        return mention_export()
    if path.startswith("/treaties/") and (body := treaty_detail(path.split("/")[2])) is not None:
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found\n"]
