"""Treaties and their articles as CSL-JSON items (api/citations.py derives BibTeX and RIS).

An article is cited as its treaty with a pinpoint: the CSL `section` ("Art. 4"), and the
structured pinpoint in `custom.pinpoint` (treaty slug, article number, paragraph). Articles
are not split into paragraphs in Pactum, so `paragraph` is null until they are."""

from api.citations import CitationItemSerializer, date_parts
from api.serializers import api_url


def _treaty_fields(treaty) -> dict:
    signed = f"Signed at {treaty.signed_at}" if treaty.signed_at else "Signed"
    when = f" on {treaty.signed_on.isoformat()}" if treaty.signed_on else ""
    return {
        "title": treaty.title,
        "title-short": treaty.short_title,
        "issued": date_parts(treaty.signed_on),
        "event-date": date_parts(treaty.signed_on),
        "event-place": treaty.signed_at,
        "note": f"{signed}{when}.",
    }


class TreatyCitationItemSerializer(CitationItemSerializer):
    url = api_url("treaty-detail")

    def item(self, obj, *, url, link):
        return {"id": obj.slug, "type": "treaty", **_treaty_fields(obj), "URL": link}


class ArticleCitationItemSerializer(CitationItemSerializer):
    url = api_url("article-detail", lookup_field="id")

    def item(self, obj, *, url, link):
        treaty = obj.treaty
        fields = _treaty_fields(treaty)
        heading = f" ({obj.heading})" if obj.heading else ""
        return {
            **fields,
            "id": f"{treaty.slug}-art-{obj.number}",
            "type": "treaty",
            "section": f"Art. {obj.number}",
            "note": f"Art. {obj.number}{heading}. {fields['note']}",
            "URL": link,
            "custom": {"pinpoint": {"treaty": treaty.slug, "article": obj.number, "paragraph": None}},
        }
