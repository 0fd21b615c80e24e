"""The fields treaty, article and provision-type lists may be grouped by (api/grouping.py)."""

from api.grouping import GroupField, enum
from core.models import Confidence
from treaties.models import TreatyKind, TreatyStatus

TREATY = GroupField("treaty", label=("title",), visible=("treaty",), help="treaty")

TREATY_GROUPS = {
    "status": enum("status", TreatyStatus.choices, "legal status"),
    "kind": enum("kind", TreatyKind.choices, "bilateral, multilateral or charter"),
    "confidence": enum("confidence", Confidence.choices),
    "party": GroupField("parties__actor", visible=("parties__actor",), help="party to the treaty"),
}

ARTICLE_GROUPS = {
    "treaty": TREATY,
    "treaty_status": enum("treaty__status", TreatyStatus.choices, "the treaty's legal status"),
    "provision_type": GroupField("provision_types", key=("code",), help="provision type code"),
    "party": GroupField("treaty__parties__actor", visible=("treaty__parties__actor",), help="party to the treaty"),
    "confidence": enum("confidence", Confidence.choices),
}

PROVISION_TYPE_GROUPS = {
    "treaty": GroupField(
        "articles__treaty", label=("title",), visible=("articles", "articles__treaty"), help="treaty of an article"
    ),
}
