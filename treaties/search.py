"""What of the treaties app is searchable (collected by search.registry)."""

from search.registry import Dependent, SearchSpec, Source, aggregated, col
from treaties.models import Article, ProvisionType

# An article's provision types (name and code: "Mutual defence", "mutual-defense") say
# what kind of obligation it carries, so they are part of what it is about.
_TYPED = Article.provision_types.through._meta
_TYPED_ARTICLE = _TYPED.get_field("article").column
_TYPED_TYPE = _TYPED.get_field("provision_type").column
_PROVISION_TYPES_OF_T = (
    f"FROM {_TYPED.db_table} ap JOIN {ProvisionType._meta.db_table} pt ON pt.id = ap.{_TYPED_TYPE} "
    f"WHERE ap.{_TYPED_ARTICLE} = t.id"
)

SPECS = (
    SearchSpec(
        "treaties.Treaty", a=(col("title"),), b=(col("short_title"),), c=(col("description"),), search_type="treaty"
    ),
    SearchSpec(
        "treaties.Article",
        a=(col("heading"),),
        b=(
            col("number", prefix="Article "),
            Source(lookup="provision_types__name", sql=aggregated("pt.name || ' ' || pt.code", _PROVISION_TYPES_OF_T)),
        ),
        c=(col("summary"), col("text")),
        search_type="article",
    ),
    SearchSpec("treaties.ProvisionType", a=(col("name"),), b=(col("code"),), c=(col("description"),)),
)

# Re-sync an article when its provision types change (the M2M rows, or a type's name).
DEPENDENTS = (
    Dependent(
        "article_provision_types",
        _TYPED.db_table,
        "treaties.article",
        f"t.id = :row.{_TYPED_ARTICLE}",
        ("INSERT", "UPDATE", "DELETE"),
    ),
    Dependent(
        "provision_type_articles",
        ProvisionType._meta.db_table,
        "treaties.article",
        f"t.id IN (SELECT ap.{_TYPED_ARTICLE} FROM {_TYPED.db_table} ap WHERE ap.{_TYPED_TYPE} = :row.id)",
        ("UPDATE",),
    ),
)
