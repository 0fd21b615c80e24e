"""What of the actors app is searchable (collected by search.registry)."""

from actors.models import ActorAlias
from search.registry import Dependent, SearchSpec, Source, aggregated, col

_ALIAS = ActorAlias._meta
_ALIAS_ACTOR = _ALIAS.get_field("actor").column
_ALIASES_OF_T = f"FROM {_ALIAS.db_table} al WHERE al.{_ALIAS_ACTOR} = t.id"

SPECS = (
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
        search_type="actor",
    ),
    SearchSpec("actors.Event", a=(col("name"),), b=(col("place"),), c=(col("description"),)),
)

# An actor's aliases are part of its document.
DEPENDENTS = (
    Dependent(
        "actor_alias", _ALIAS.db_table, "actors.actor", f"t.id = :row.{_ALIAS_ACTOR}", ("INSERT", "UPDATE", "DELETE")
    ),
)
