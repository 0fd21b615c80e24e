"""`group_by`: counts of the filtered collection per value of one or two fields, as
OpenAlex's `group_by` does (`/mentions/?group_by=expert,actor`).

Each resource declares the fields it may be grouped by (`ResourceViewSet.group_by_fields`):
a relation grouped by its public key (slug, code, `treaty-slug:number`) with a display name,
or an enum grouped by its value with its label. The whole answer is ONE aggregate query
over the filtered queryset (key, display name and the editorial status of every row on
the way are selected in the same GROUP BY) plus the count of the filtered set, whatever the
number of rows or groups. A to-many path (a takeaway's authors, a treaty's parties) counts
a record once under each of its related values. Groups are ordered by count, largest
first, then by key, and bounded by `group_limit`.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F, Q, QuerySet, Value
from django.db.models.functions import Concat

from core.models import EditorialStatus

DEFAULT_GROUP_LIMIT = 50
MAX_GROUP_LIMIT = 500
MAX_GROUP_FIELDS = 2


@dataclass(frozen=True)
class GroupField:
    """How to group by one field.

    `path`: the ORM path from the listed model to the related record or the field.
    `key`/`label`: fields of that record joined by `key_sep`/`label_sep` (relations), or
    empty for an enum field (`choices` then labels its values). `visible`: paths (the
    related record included) whose `editorial_status` must be published for anonymous
    readers, so a draft never becomes a group."""

    path: str
    key: tuple[str, ...] = ("slug",)
    label: tuple[str, ...] = ("name",)
    key_sep: str = ":"
    label_sep: str = " "
    choices: dict = field(default_factory=dict)
    visible: tuple[str, ...] = ()
    help: str = ""


def enum(path: str, choices, help: str = "") -> GroupField:
    return GroupField(path=path, key=(), label=(), choices=dict(choices), help=help)


def _joined(path: str, parts: tuple[str, ...], sep: str):
    if len(parts) == 1:
        return F(f"{path}__{parts[0]}")
    pieces = []
    for index, part in enumerate(parts):
        if index:
            pieces.append(Value(sep))
        pieces.append(F(f"{path}__{part}"))
    return Concat(*pieces)


def parse_group_by(raw: str, allowed: dict[str, GroupField]) -> list[str]:
    """The requested field names; raises ValueError with a reader-facing message."""
    names = [name.strip() for name in raw.split(",") if name.strip()]
    if not names:
        raise ValueError("Name a field to group by.")
    if len(names) > MAX_GROUP_FIELDS:
        raise ValueError(f"At most {MAX_GROUP_FIELDS} fields (a cross-tab).")
    if len(set(names)) != len(names):
        raise ValueError("A field appears twice.")
    unknown = [name for name in names if name not in allowed]
    if unknown:
        raise ValueError(f"Cannot group by {', '.join(unknown)}. Allowed: {', '.join(allowed) or 'none'}.")
    return names


def grouped(
    queryset: QuerySet, *, names: list[str], allowed: dict[str, GroupField], published_only: bool, limit: int
) -> list[dict]:
    """The top `limit` groups of `queryset` by `names`: one aggregate query."""
    columns: dict = {}
    visible = Q()
    # enum and null checks need only the enum column; relations add the related pk too
    for index, name in enumerate(names):
        spec = allowed[name]
        if spec.choices:
            columns[f"g{index}_key"] = F(spec.path)
        else:
            columns[f"g{index}_id"] = F(spec.path)
            columns[f"g{index}_key"] = _joined(spec.path, spec.key, spec.key_sep)
            columns[f"g{index}_label"] = _joined(spec.path, spec.label, spec.label_sep)
        if published_only:
            for position, path in enumerate(spec.visible):
                alias = f"g{index}_v{position}"
                columns[alias] = F(f"{path}__editorial_status")
                # a null relation (a citation of a whole treaty has no article) is a group of its own
                visible &= Q(**{alias: EditorialStatus.PUBLISHED}) | Q(**{f"g{index}_id__isnull": True})
    rows = (
        queryset.order_by()
        .values(**columns)
        .annotate(count=Count("pk", distinct=True))
        .filter(visible)
        .order_by("-count", *(f"g{index}_key" for index in range(len(names))))
    )[:limit]
    groups = []
    for row in rows:
        keys, labels = [], []
        for index, name in enumerate(names):
            spec = allowed[name]
            key = row[f"g{index}_key"]
            if spec.choices:
                keys.append(key)
                labels.append(str(spec.choices.get(key, key)) if key is not None else None)
            elif row[f"g{index}_id"] is None:  # Concat reads a missing relation as ""
                keys.append(None)
                labels.append(None)
            else:
                keys.append(key)
                labels.append(row[f"g{index}_label"])
        groups.append({"key": keys, "key_display_name": labels, "count": row["count"]})
    return groups


def group_schema() -> dict:
    """The OpenAPI properties `group_by` adds to a list response."""
    nullable_string = {"type": "string", "nullable": True}
    return {
        "group_by": {
            "type": "array",
            "items": {"type": "string"},
            "description": "With `group_by`: the fields grouped by, in order (`results` is then empty).",
        },
        "groups": {
            "type": "array",
            "description": "With `group_by`: the largest groups of the filtered collection, by count.",
            "items": {
                "type": "object",
                "properties": {
                    "key": {
                        "type": "array",
                        "items": nullable_string,
                        "description": "One key per grouped field: a slug, code, `treaty-slug:number` or enum value.",
                    },
                    "key_display_name": {"type": "array", "items": nullable_string},
                    "count": {"type": "integer", "description": "Records of the filtered collection in this group."},
                },
                "required": ["key", "key_display_name", "count"],
            },
        },
    }
