"""Build a resolver Catalogue from the database: a handful of queries, once."""

from actors.models import Actor, ActorAlias
from treaties.models import Article, Treaty, TreatyParty

from .catalogue import ActorEntry, ActorName, ArticleEntry, Catalogue, TreatyEntry


def catalogue_load(*, published_only: bool = False) -> Catalogue:
    """Every treaty (with articles and parties) and every actor (with names and aliases).

    `published_only` limits it to what anonymous readers may see (the public resolve API);
    ingest and editors resolve against drafts too, so that new records are found at once.
    """
    treaties = Treaty.objects.public() if published_only else Treaty.objects.all()
    actors = Actor.objects.public() if published_only else Actor.objects.all()
    articles = Article.objects.public() if published_only else Article.objects.all()
    parties = TreatyParty.objects.public() if published_only else TreatyParty.objects.all()

    articles_by_treaty: dict[str, list[ArticleEntry]] = {}
    for article in articles.values("id", "treaty_id", "number", "ordinal"):
        entry = ArticleEntry(str(article["id"]), str(article["treaty_id"]), article["number"], article["ordinal"])
        articles_by_treaty.setdefault(entry.treaty_id, []).append(entry)
    party_ids: dict[str, set[str]] = {}
    signatory_ids: dict[str, set[str]] = {}
    for party in parties.values("treaty_id", "actor_id", "signatory_id"):
        party_ids.setdefault(str(party["treaty_id"]), set()).add(str(party["actor_id"]))
        if party["signatory_id"]:
            signatory_ids.setdefault(str(party["treaty_id"]), set()).add(str(party["signatory_id"]))

    treaty_entries = [
        TreatyEntry(
            id=str(t["id"]),
            slug=t["slug"],
            title=t["title"],
            short_title=t["short_title"],
            signed_on=t["signed_on"],
            signed_at=t["signed_at"] or "",
            party_ids=frozenset(party_ids.get(str(t["id"]), ())),
            signatory_ids=frozenset(signatory_ids.get(str(t["id"]), ())),
            articles=articles_by_treaty.get(str(t["id"]), []),
        )
        for t in treaties.values("id", "slug", "title", "short_title", "signed_on", "signed_at")
    ]
    actor_entries, names = [], []
    fields = ("id", "slug", "name", "short_name", "kind", "active_from", "active_until", "parent_id")
    for a in actors.values(*fields):
        actor_id = str(a["id"])
        parent = str(a["parent_id"]) if a["parent_id"] else None
        actor_entries.append(
            ActorEntry(actor_id, a["slug"], a["name"], a["kind"], a["active_from"], a["active_until"], parent)
        )
        names.append(ActorName(a["name"], actor_id, "name", True))
        if a["short_name"]:
            names.append(ActorName(a["short_name"], actor_id, "short_name", True))
    visible = {entry.id for entry in actor_entries}
    for alias in ActorAlias.objects.values("actor_id", "name", "kind", "case_sensitive"):
        if str(alias["actor_id"]) in visible:
            names.append(ActorName(alias["name"], str(alias["actor_id"]), alias["kind"], alias["case_sensitive"]))
    return Catalogue(treaties=treaty_entries, actors=actor_entries, names=names)


_CACHE: dict[bool, tuple[tuple, Catalogue]] = {}


def _catalogue_stamp(*, published_only: bool) -> tuple:
    """Cheap fingerprint of everything a catalogue holds: row counts and the latest change."""
    from django.db.models import Count, Max

    stamp = []
    for model in (Treaty, Article, TreatyParty, Actor, ActorAlias):
        rows = model.objects.public() if published_only and hasattr(model.objects, "public") else model.objects
        stamp.append(tuple(rows.aggregate(n=Count("pk"), last=Max("updated")).values()))
    return tuple(stamp)


def catalogue_cached(*, published_only: bool = True) -> Catalogue:
    """`catalogue_load`, rebuilt only when a treaty, article, party, actor or alias changed.

    The check costs five aggregate queries; the catalogue (and the matchers compiled for it)
    is kept per process, which is safe because it is re-validated on every call."""
    stamp = _catalogue_stamp(published_only=published_only)
    cached = _CACHE.get(published_only)
    if cached and cached[0] == stamp:
        return cached[1]
    catalogue = catalogue_load(published_only=published_only)
    _CACHE[published_only] = (stamp, catalogue)
    return catalogue
