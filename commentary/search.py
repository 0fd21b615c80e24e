"""What of the commentary app is searchable (collected by search.registry).

Citations and mentions are searched by their quote (A) and their takeaway's heading (B)."""

from commentary.models import Citation, Mention, Takeaway
from search.registry import Dependent, SearchSpec, Source, col


def _takeaway_heading(model) -> Source:
    column = model._meta.get_field("takeaway").column
    sql = f"(SELECT tk.heading FROM {Takeaway._meta.db_table} tk WHERE tk.id = t.{column})"
    return Source(lookup="takeaway__heading", sql={"*": sql})


SPECS = (
    SearchSpec("commentary.Takeaway", a=(col("heading"),), c=(col("body"),), search_type="takeaway"),
    SearchSpec(
        "commentary.Expert",
        a=(col("name"),),
        # aliases is a JSON list; its text form tokenizes into the names.
        b=(Source(column="aliases", sql={"postgresql": "t.aliases::text", "sqlite": "t.aliases"}),),
        c=(col("role"),),
        search_type="expert",
    ),
    SearchSpec("commentary.Publication", a=(col("title"),), c=(col("dek"),)),
    SearchSpec("commentary.Topic", a=(col("name"),), c=(col("description"),)),
    SearchSpec("commentary.Citation", a=(col("quote"),), b=(_takeaway_heading(Citation),)),
    SearchSpec("commentary.Mention", a=(col("quote"),), b=(_takeaway_heading(Mention),)),
)

# A takeaway's heading is part of its citations' and mentions' documents.
DEPENDENTS = tuple(
    Dependent(
        f"takeaway_{model._meta.model_name}s",
        Takeaway._meta.db_table,
        model._meta.label_lower,
        f"t.{model._meta.get_field('takeaway').column} = :row.id",
        ("UPDATE",),
    )
    for model in (Citation, Mention)
)
