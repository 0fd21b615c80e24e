"""The raw floor: the same JSON bytes as Pactum's takeaway list and mention export, from
hand-written SQL, psycopg and orjson, served as a bare WSGI app by the same gunicorn.

    gunicorn --chdir bench/scale floor:app   (env FLOOR_DATABASE_URL, FLOOR_BASE_URL)

FLOOR_BASE_URL is the Pactum origin whose URLs the bodies carry (http://127.0.0.1:PORT),
so bench/scale/run.py can compare bytes. Routes:
    /takeaways/?page_size=50[&page=N]   the page-number list (count, next, previous, results)
    /mentions/export/                   NDJSON, streamed from a server-side cursor
It reads only published, unrejected rows, as Pactum's anonymous visibility rule does.
"""

import os
from urllib.parse import parse_qs, urlencode

import orjson
import psycopg

SUGGESTION_THRESHOLD = 0.75  # treaties.resolver.SUGGESTION_THRESHOLD, mirrored (no Django here)

DATABASE_URL = os.environ.get("FLOOR_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/pactum_scale_10k")
BASE = os.environ.get("FLOOR_BASE_URL", "http://127.0.0.1:8000").rstrip("/") + "/api/v1"
EXPORT_BATCH = 2_000

_VISIBLE_TAKEAWAYS = (
    "FROM commentary_takeaway t JOIN commentary_publication p ON p.id = t.publication_id "
    "WHERE t.editorial_status = 'published' AND p.editorial_status = 'published'"
)
LIST_SQL = (
    "SELECT t.id, t.slug, t.heading, t.position, p.id, p.slug, p.title, p.kind, p.published_on "
    f"{_VISIBLE_TAKEAWAYS} ORDER BY p.published_on DESC, p.slug, t.position LIMIT %s OFFSET %s"
)
# Pactum's page-number count (core/counts.py): exact up to 1,000, else the planner's estimate.
EXACT_LIMIT = 1_000
COUNT_SQL = f"SELECT count(*) FROM (SELECT 1 {_VISIBLE_TAKEAWAYS} LIMIT {EXACT_LIMIT + 1}) capped"
ESTIMATE_SQL = f"EXPLAIN (FORMAT JSON) SELECT 1 {_VISIBLE_TAKEAWAYS}"
AUTHORS_SQL = (
    "SELECT ta.takeaway_id, e.id, e.slug, e.name, e.role, ta.position, ta.role FROM commentary_takeawayauthor ta "
    "JOIN commentary_expert e ON e.id = ta.expert_id WHERE ta.takeaway_id = ANY(%s) "
    "AND e.editorial_status = 'published' ORDER BY ta.position"
)
EXPORT_SQL = (
    "SELECT m.id, t.id, t.slug, t.heading, a.id, a.slug, a.name, a.short_name, a.kind, a.iso3, "
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
        cur.execute(AUTHORS_SQL, ([r[0] for r in rows],))
        authors: dict = {}
        for tid, eid, slug, name, role, position, printed in cur.fetchall():
            expert = {"id": eid, "url": f"{BASE}/experts/{slug}/", "slug": slug, "name": name, "role": role}
            authors.setdefault(tid, []).append({"expert": expert, "position": position, "role": printed})
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
            },
            "authors": authors.get(tid, []),
        }
        for tid, slug, heading, position, pid, pslug, title, kind, published_on in rows
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


def mention_export():
    conn = psycopg.connect(DATABASE_URL)  # a named (server-side) cursor needs a transaction
    try:
        with conn.cursor(name="floor_export") as cur:
            cur.itersize = EXPORT_BATCH
            cur.execute(EXPORT_SQL)
            count = 0
            while rows := cur.fetchmany(EXPORT_BATCH):
                count += len(rows)
                yield b"".join(orjson.dumps(_mention(row)) + b"\n" for row in rows)
            yield orjson.dumps({"_trailer": {"rows": count, "complete": True}}) + b"\n"
    finally:
        conn.close()


_FMT = ""  # resource URLs never carry the export's format (they did before issue 14)


def _mention(row) -> dict:
    mid, tid, tslug, heading, aid, aslug, name, short, kind, iso3, start, end, quote, method, review, score = row
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
        },
        "start": start,
        "end": end,
        "quote": quote,
        "method": method,
        "review_status": review,
        "score": score,
    }


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
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found\n"]
