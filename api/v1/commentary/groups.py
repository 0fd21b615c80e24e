"""The fields commentary lists may be grouped by (`group_by`, api/grouping.py).
Paths to experts go through bylines, so a co-written record counts once per author."""

from api.grouping import GroupField, enum
from commentary.models import LinkMethod, PublicationKind, ReviewStatus, Stance
from core.models import Confidence


def _expert(path: str) -> GroupField:
    return GroupField(path, visible=(path,), help="author (expert)")


def _publication(path: str) -> GroupField:
    return GroupField(path, label=("title",), visible=(path,), help="publication")


def _takeaway(path: str) -> GroupField:
    return GroupField(path, label=("heading",), visible=(path, f"{path}__publication"), help="takeaway")


def _treaty(path: str) -> GroupField:
    return GroupField(path, label=("title",), visible=(path,), help="treaty")


EXPERT_GROUPS = {
    "affiliation": GroupField("affiliation", visible=("affiliation",), help="organisation"),
    "confidence": enum("confidence", Confidence.choices),
}

PUBLICATION_GROUPS = {
    "kind": enum("kind", PublicationKind.choices, "kind of publication"),
    "publisher": GroupField("publisher", visible=("publisher",), help="publisher"),
    "subject_treaty": _treaty("subject_treaty"),
}

TAKEAWAY_GROUPS = {
    "publication": _publication("publication"),
    "expert": _expert("authorships__expert"),
    "topic": GroupField("topics", help="topic"),
    "confidence": enum("confidence", Confidence.choices),
}

TOPIC_GROUPS = {
    "publication": GroupField(
        "takeaways__publication",
        label=("title",),
        visible=("takeaways", "takeaways__publication"),
        help="publication of a tagged takeaway",
    ),
}

_SPAN_GROUPS = {
    "takeaway": _takeaway("takeaway"),
    "publication": _publication("takeaway__publication"),
    "expert": _expert("takeaway__authorships__expert"),
    "method": enum("method", LinkMethod.choices, "how the link was found"),
    "review_status": enum("review_status", ReviewStatus.choices, "editor decision"),
}

CITATION_GROUPS = {
    "treaty": _treaty("treaty"),
    "article": GroupField(
        "article",
        key=("treaty__slug", "number"),
        label=("treaty__short_title", "number"),
        label_sep=" Art. ",
        visible=("article",),
        help="article (`treaty-slug:number`)",
    ),
    **_SPAN_GROUPS,
}

MENTION_GROUPS = {
    "actor": GroupField("actor", visible=("actor",), help="actor"),
    **_SPAN_GROUPS,
}

CLAIM_GROUPS = {
    "stance": enum("stance", Stance.choices, "stance"),
    "expert": _expert("takeaway__authorships__expert"),
    "takeaway": _takeaway("takeaway"),
    "publication": _publication("takeaway__publication"),
    "article": GroupField(
        "articles",
        key=("treaty__slug", "number"),
        label=("treaty__short_title", "number"),
        label_sep=" Art. ",
        visible=("articles",),
        help="article the claim is about (`treaty-slug:number`)",
    ),
    "treaty": _treaty("treaties"),
    "actor": GroupField("actors", visible=("actors",), help="actor the claim is about"),
    "confidence": enum("confidence", Confidence.choices),
}
