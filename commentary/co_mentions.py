"""The co-mention aggregate (CoMention), kept current inside every write.

Each public takeaway contributes, for every ordered pair (a, b) of actors it mentions live
(a = b included): one takeaway, and b's live mentions in it. `CoMentionSource` records the
contribution last applied per takeaway, so `takeaways_refresh` applies the exact difference
between what the takeaway contributes now and what it contributed before: the cost is the
square of the actors of the changed takeaways, never the size of the corpus.

When it runs: after every save or delete of a mention, takeaway or publication (signals, as
core.changes: the services, the admin, factories and cascades all save through the ORM),
and after every `core.batch.CreateBatch.flush` (the seed and ingest bulk paths send no
signals). The refresh runs in the writer's transaction, so the aggregate commits with the
rows. A bulk load that bypasses the ORM (bench/scale/generate.py, COPY) calls `rebuild`.
Actor visibility is not stored: readers join the actor (commentary/selectors.py).
"""

from collections import defaultdict
from collections.abc import Iterable

from django.db import connections, router, transaction
from django.db.models import Count
from django.db.models.signals import post_delete, post_save

from commentary.models import CoMention, CoMentionSource, Mention, Publication, Takeaway
from core import batch
from core.models import EditorialStatus

CHUNK = 500


def _live_counts(takeaway_ids: list, using: str) -> dict:
    """{takeaway: {actor: live mentions}} for the public ones among `takeaway_ids`."""
    published = EditorialStatus.PUBLISHED
    rows = (
        Mention.objects.using(using)
        .public_given(frozenset({"actor"}))
        .filter(
            takeaway_id__in=takeaway_ids,
            takeaway__editorial_status=published,
            takeaway__publication__editorial_status=published,
        )
        .values_list("takeaway_id", "actor_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts: dict = defaultdict(dict)
    for takeaway_id, actor_id, n in rows:
        counts[takeaway_id][actor_id] = n
    return counts


def _contribute(delta: dict, counts: dict, sign: int) -> None:
    for a in counts:
        for b, n in counts.items():
            takeaways, mentions = delta.get((a, b), (0, 0))
            delta[(a, b)] = (takeaways + sign, mentions + sign * n)


def takeaways_refresh(takeaway_ids: Iterable, *, using: str | None = None) -> None:
    """Bring the aggregate up to date for these takeaways (any that no longer exist count
    as contributing nothing). A constant number of queries for any number of takeaways."""
    ids = sorted({i for i in takeaway_ids if i is not None})
    if not ids:
        return
    using = using or router.db_for_write(CoMention)
    with transaction.atomic(using=using):
        for start in range(0, len(ids), CHUNK):
            _refresh(ids[start : start + CHUNK], using)


def _refresh(ids: list, using: str) -> None:
    # Serialise refreshes of the same takeaway (two writers would otherwise both subtract
    # the same old contribution); a no-op on SQLite, where writers are serialised anyway.
    list(Takeaway.objects.using(using).select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk"))
    old: dict = defaultdict(dict)
    for takeaway_id, actor_id, n in (
        CoMentionSource.objects.using(using)
        .filter(takeaway_id__in=ids)
        .values_list("takeaway_id", "actor_id", "mentions")
    ):
        old[takeaway_id][actor_id] = n
    new = _live_counts(ids, using)
    delta: dict = {}
    for takeaway_id in ids:
        if old.get(takeaway_id, {}) != new.get(takeaway_id, {}):
            _contribute(delta, old.get(takeaway_id, {}), -1)
            _contribute(delta, new.get(takeaway_id, {}), +1)
    changed = [t for t in ids if old.get(t, {}) != new.get(t, {})]
    if not changed:
        return
    _apply(delta, using)
    CoMentionSource.objects.using(using).filter(takeaway_id__in=changed).delete()
    CoMentionSource.objects.using(using).bulk_create(
        CoMentionSource(takeaway_id=t, actor_id=a, mentions=n) for t in changed for a, n in new.get(t, {}).items()
    )


def _apply(delta: dict, using: str) -> None:
    """Add `delta` {(actor, other): (takeaways, mentions)} to the aggregate, then drop the
    pairs it brought to zero (the same SQL on PostgreSQL and SQLite)."""
    rows = [(a, b, t, m) for (a, b), (t, m) in delta.items() if t or m]
    if not rows:
        return
    connection = connections[using]
    table = CoMention._meta.db_table
    uuid = CoMention._meta.get_field("actor").target_field
    prep = lambda value: uuid.get_db_prep_value(value, connection)  # noqa: E731
    sql = (
        f"INSERT INTO {table} (actor_id, other_id, takeaways, mentions) VALUES (%s, %s, %s, %s) "
        f"ON CONFLICT (actor_id, other_id) DO UPDATE SET takeaways = {table}.takeaways + excluded.takeaways, "
        f"mentions = {table}.mentions + excluded.mentions"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(prep(a), prep(b), t, m) for a, b, t, m in rows])
    actors = {a for a, _, _, _ in rows}
    CoMention.objects.using(using).filter(actor_id__in=actors, takeaways__lte=0).delete()


def rebuild(*, using: str | None = None) -> dict[str, int]:
    """Recompute the aggregate from the mention table, set-based (three statements)."""
    using = using or router.db_for_write(CoMention)
    connection = connections[using]
    published = EditorialStatus.PUBLISHED
    live = (
        Mention.objects.using(using)
        .public_given(frozenset({"actor"}))
        .filter(takeaway__editorial_status=published, takeaway__publication__editorial_status=published)
        .values_list("takeaway_id", "actor_id")
        .annotate(n=Count("id"))
        .order_by()
    )
    select, params = live.query.get_compiler(using).as_sql()
    source, pairs = CoMentionSource._meta.db_table, CoMention._meta.db_table
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {pairs}")
        cursor.execute(f"DELETE FROM {source}")
        cursor.execute(f"INSERT INTO {source} (takeaway_id, actor_id, mentions) {select}", params)
        cursor.execute(
            f"INSERT INTO {pairs} (actor_id, other_id, takeaways, mentions) "
            f"SELECT a.actor_id, b.actor_id, COUNT(*), SUM(b.mentions) FROM {source} a "
            f"JOIN {source} b ON a.takeaway_id = b.takeaway_id GROUP BY a.actor_id, b.actor_id"
        )
        if connection.vendor == "postgresql":  # plans read fresh statistics at once
            cursor.execute(f"ANALYZE {source}, {pairs}")
    return {
        "sources": CoMentionSource.objects.using(using).count(),
        "pairs": CoMention.objects.using(using).count(),
    }


# --- when it runs -------------------------------------------------------------------------
def _takeaways_of(instance) -> list:
    if isinstance(instance, Mention):
        return [instance.takeaway_id]
    if isinstance(instance, Takeaway):
        return [instance.pk]
    return list(Takeaway.objects.filter(publication_id=instance.pk).values_list("pk", flat=True))


def _on_write(sender, instance, using="default", raw=False, **kwargs) -> None:
    if not raw:  # fixtures loaded with loaddata: `rebuild` afterwards
        takeaways_refresh(_takeaways_of(instance), using=using)


def _on_flush(rows: dict) -> None:
    ids = [obj.takeaway_id for obj in rows.get(Mention, ())] + [obj.pk for obj in rows.get(Takeaway, ())]
    publications = [obj.pk for obj in rows.get(Publication, ())]
    if publications:
        ids += list(Takeaway.objects.filter(publication_id__in=publications).values_list("pk", flat=True))
    takeaways_refresh(ids)


def connect() -> None:
    for model in (Mention, Takeaway, Publication):
        post_save.connect(_on_write, sender=model, dispatch_uid=f"co_mentions.save.{model.__name__}")
        post_delete.connect(_on_write, sender=model, dispatch_uid=f"co_mentions.delete.{model.__name__}")
    batch.after_flush(_on_flush)
