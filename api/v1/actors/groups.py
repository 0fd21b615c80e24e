"""The fields actor and event lists may be grouped by (`group_by`, api/grouping.py)."""

from actors.models import ActorKind, EventKind
from api.grouping import GroupField, enum
from core.models import Confidence

ACTOR_GROUPS = {
    "kind": enum("kind", ActorKind.choices, "kind of actor"),
    "confidence": enum("confidence", Confidence.choices),
    "parent": GroupField("parent", visible=("parent",), help="parent actor"),
    "country": GroupField("country", visible=("country",), help="state a person acts for"),
}

EVENT_GROUPS = {
    "kind": enum("kind", EventKind.choices, "kind of event"),
    "confidence": enum("confidence", Confidence.choices),
    "participant": GroupField("participants", visible=("participants",), help="actor taking part"),
}
