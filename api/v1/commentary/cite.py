"""Takeaways and publications as CSL-JSON items (api/citations.py derives BibTeX and RIS).
Nothing here queries: commentary.selectors.*_citations joins what is read."""

from api.citations import CitationItemSerializer, date_parts, person
from api.serializers import api_url


def _publisher_name(publication) -> str | None:
    publisher = publication.publisher  # prefetched through the visible actors: None if hidden
    return publisher.name if publisher is not None else None


class TakeawayCitationItemSerializer(CitationItemSerializer):
    """A takeaway is a section of a publication: a chapter in CSL, @incollection in BibTeX."""

    url = api_url("takeaway-detail")

    def item(self, obj, *, url, link):
        publication = obj.publication
        return {
            "id": obj.slug,
            "type": "chapter",
            "title": obj.heading,
            "author": [person(a.expert.name) for a in obj.visible_authorships],
            "container-title": publication.title,
            "publisher": _publisher_name(publication),
            "issued": date_parts(publication.published_on),
            "URL": publication.url or link,
            "chapter-number": str(obj.position),
            "note": f"Section {obj.position} of {publication.title}.",
        }


class PublicationCitationItemSerializer(CitationItemSerializer):
    """A publication is a report of its publisher, by the authors of its sections."""

    url = api_url("publication-detail")

    def item(self, obj, *, url, link):
        authors = {}
        for takeaway in obj.visible_takeaways:
            for authorship in takeaway.visible_authorships:
                authors.setdefault(authorship.expert_id, person(authorship.expert.name))
        return {
            "id": obj.slug,
            "type": "report",
            "title": obj.title,
            "author": list(authors.values()),
            "publisher": _publisher_name(obj),
            "issued": date_parts(obj.published_on),
            "URL": obj.url or link,
            "genre": obj.get_kind_display(),
            "abstract": obj.dek,
        }
