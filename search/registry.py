"""What is searchable, per model: which fields feed which weight.

Weights follow PostgreSQL's labels: A for titles, headings and names; B for short titles,
aliases, codes and numbers; C for summaries, descriptions and bodies. The same table
drives the PostgreSQL triggers, the SQLite FTS5 triggers and the portable fallback.

Citations and mentions are searched by their quote (A) and their takeaway's heading (B).
Text from other tables (actor aliases, an article's provision types, a takeaway heading)
is kept current by dependent triggers declared in db.DEPENDENTS.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """One text source of a weight: a column of the row, or a vendor-specific SQL expression
    over the row aliased `t` (for text held in other tables, such as actor aliases)."""

    column: str | None = None
    # ORM path used by the portable fallback (icontains); defaults to `column`.
    lookup: str | None = None
    # Vendor -> SQL expression over `t`, for sources that are not plain columns.
    sql: dict[str, str] | None = None
    # Literal prefix in the document ("Article " before an article number).
    prefix: str = ""

    @property
    def orm_path(self) -> str:
        return self.lookup or self.column or ""


@dataclass(frozen=True)
class SearchSpec:
    """How one model is indexed: its document kind (the model's label_lower) and sources."""

    label: str
    a: tuple[Source, ...]
    b: tuple[Source, ...] = ()
    c: tuple[Source, ...] = ()

    @property
    def kind(self) -> str:
        return self.label.lower()

    def weights(self) -> dict[str, tuple[Source, ...]]:
        return {"a": self.a, "b": self.b, "c": self.c}


def aggregated(expr: str, from_where: str) -> dict[str, str]:
    """Space-joined `expr` over related rows, for each vendor's string aggregate."""
    return {
        "postgresql": f"(SELECT string_agg({expr}, ' ') {from_where})",
        "sqlite": f"(SELECT group_concat({expr}, ' ') {from_where})",
    }


_ALIASES_OF_T = "FROM actors_actoralias al WHERE al.actor_id = t.id"
_PROVISION_TYPES_OF_T = (
    "FROM treaties_article_provision_types ap JOIN treaties_provisiontype pt ON pt.id = ap.provisiontype_id "
    "WHERE ap.article_id = t.id"
)


def col(name: str, prefix: str = "") -> Source:
    return Source(column=name, prefix=prefix)


SPECS: tuple[SearchSpec, ...] = (
    SearchSpec("treaties.Treaty", a=(col("title"),), b=(col("short_title"),), c=(col("description"),)),
    SearchSpec(
        "treaties.Article",
        a=(col("heading"),),
        # An article's provision types (name and code: "Mutual defence", "mutual-defense")
        # say what kind of obligation it carries, so they are part of what it is about.
        b=(
            col("number", prefix="Article "),
            Source(lookup="provision_types__name", sql=aggregated("pt.name || ' ' || pt.code", _PROVISION_TYPES_OF_T)),
        ),
        c=(col("summary"), col("text")),
    ),
    SearchSpec("treaties.ProvisionType", a=(col("name"),), b=(col("code"),), c=(col("description"),)),
    SearchSpec("commentary.Takeaway", a=(col("heading"),), c=(col("body"),)),
    SearchSpec(
        "commentary.Expert",
        a=(col("name"),),
        # aliases is a JSON list; its text form tokenizes into the names.
        b=(Source(column="aliases", sql={"postgresql": "t.aliases::text", "sqlite": "t.aliases"}),),
        c=(col("role"),),
    ),
    SearchSpec(
        "actors.Actor",
        a=(col("name"),),
        b=(
            col("short_name"),
            col("iso3"),
            Source(
                lookup="aliases__name",
                sql=aggregated("al.name", _ALIASES_OF_T),
            ),
        ),
        c=(col("description"),),
    ),
    SearchSpec("commentary.Publication", a=(col("title"),), c=(col("dek"),)),
    SearchSpec("actors.Event", a=(col("name"),), b=(col("place"),), c=(col("description"),)),
    SearchSpec("commentary.Topic", a=(col("name"),), c=(col("description"),)),
    SearchSpec(
        "commentary.Citation",
        a=(col("quote"),),
        b=(
            Source(
                lookup="takeaway__heading",
                sql={"*": "(SELECT tk.heading FROM commentary_takeaway tk WHERE tk.id = t.takeaway_id)"},
            ),
        ),
    ),
    SearchSpec(
        "commentary.Mention",
        a=(col("quote"),),
        b=(
            Source(
                lookup="takeaway__heading",
                sql={"*": "(SELECT tk.heading FROM commentary_takeaway tk WHERE tk.id = t.takeaway_id)"},
            ),
        ),
    ),
)

SPECS_BY_LABEL: dict[str, SearchSpec] = {s.kind: s for s in SPECS}

# search_all()'s type names -> model label.
TYPE_LABELS: dict[str, str] = {
    "treaty": "treaties.treaty",
    "article": "treaties.article",
    "takeaway": "commentary.takeaway",
    "expert": "commentary.expert",
    "actor": "actors.actor",
}


def spec_for(model) -> SearchSpec:
    try:
        return SPECS_BY_LABEL[model._meta.label_lower]
    except KeyError:
        raise ValueError(f"{model._meta.label} is not searchable") from None
