"""Treaty, article and provision-type filters (semantics in api/filters.py). Researchers ask
"articles cited by expert X": these filters reach into commentary, which the API layer may
import (it sits above every domain app)."""

import django_filters
from django.db.models import Q

from actors.models import Actor, Event
from api.filters import (
    ChoicesFilter,
    RefFilter,
    ResourceFilterSet,
    by_code,
    by_slug,
    by_slug_or_iso3,
    visible_for,
)
from commentary.models import Expert, Publication
from commentary.selectors import citation_queryset
from core.models import Confidence
from treaties.models import Article, ArticleProvision, ProvisionType, Treaty, TreatyKind, TreatyParty, TreatyStatus


class TreatyFilterSet(ResourceFilterSet):
    party = RefFilter(
        queryset=visible_for(Actor),
        resolve=by_slug_or_iso3,
        noun="actor",
        via=(TreatyParty, "treaty", "actor"),
        help_text="A party to the treaty (actor slug or ISO 3166 alpha-3 code).",
    )
    party_all = RefFilter(
        queryset=visible_for(Actor),
        resolve=by_slug_or_iso3,
        noun="actor",
        via=(TreatyParty, "treaty", "actor"),
        all_values=True,
        help_text="Treaties to which all these actors are parties (slug or ISO code).",
    )
    status = ChoicesFilter(choices=TreatyStatus.choices, help_text="Legal status today.")
    kind = ChoicesFilter(choices=TreatyKind.choices, help_text="Bilateral, multilateral or charter.")
    confidence = ChoicesFilter(field_name="confidence", choices=Confidence.choices, help_text="Confidence mark.")
    signed_after = django_filters.DateFilter(
        field_name="signed_on", lookup_expr="gte", help_text="Signed on or after (YYYY-MM-DD)."
    )
    signed_before = django_filters.DateFilter(
        field_name="signed_on", lookup_expr="lte", help_text="Signed on or before (YYYY-MM-DD)."
    )
    in_force_on = django_filters.DateFilter(
        method="filter_in_force_on",
        help_text="In force on this date (YYYY-MM-DD): entered into force on or before it and had not "
        "ended by it (`ended_on` is the first day no longer in force).",
    )
    provision_type = RefFilter(
        queryset=lambda request: ProvisionType.objects.all(),
        resolve=by_code,
        noun="provision type",
        via=(Article, "treaty", "provision_types"),
        help_text="Has an article of this provision type (code).",
    )
    supersedes = RefFilter(
        field_name="supersedes",
        queryset=visible_for(Treaty),
        resolve=by_slug,
        noun="treaty",
        via=(Treaty, "superseded_by", "pk"),
        help_text="Supersedes this treaty (slug).",
    )
    superseded_by = RefFilter(
        queryset=visible_for(Treaty),
        resolve=by_slug,
        noun="treaty",
        via=(Treaty, "supersedes", "pk"),
        help_text="Superseded by this treaty (slug).",
    )
    event = RefFilter(
        queryset=visible_for(Event),
        resolve=by_slug,
        noun="event",
        via=(Event, "treaties", "pk"),
        help_text="Linked to this event (slug).",
    )
    cited_in_publication = RefFilter(
        queryset=visible_for(Publication),
        resolve=by_slug,
        noun="publication",
        via=(citation_queryset, "treaty", "takeaway__publication"),
        help_text="Cited in this publication (slug).",
    )

    class Meta:
        model = Treaty
        fields = ()

    def filter_in_force_on(self, queryset, name, value):
        return queryset.filter(in_force_on__lte=value).filter(Q(ended_on__isnull=True) | Q(ended_on__gt=value))


class ArticleFilterSet(ResourceFilterSet):
    treaty = RefFilter(
        field_name="treaty", queryset=visible_for(Treaty), resolve=by_slug, noun="treaty", help_text="Treaty (slug)."
    )
    party = RefFilter(
        queryset=visible_for(Actor),
        resolve=by_slug_or_iso3,
        noun="actor",
        via=(TreatyParty, "treaty__articles", "actor"),
        help_text="Its treaty has this party (actor slug or ISO 3166 alpha-3 code).",
    )
    treaty_status = ChoicesFilter(
        field_name="treaty__status", choices=TreatyStatus.choices, help_text="Its treaty's legal status today."
    )
    treaty_kind = ChoicesFilter(field_name="treaty__kind", choices=TreatyKind.choices, help_text="Its treaty's kind.")
    signed_after = django_filters.DateFilter(
        field_name="treaty__signed_on", lookup_expr="gte", help_text="Its treaty was signed on or after (YYYY-MM-DD)."
    )
    signed_before = django_filters.DateFilter(
        field_name="treaty__signed_on", lookup_expr="lte", help_text="Its treaty was signed on or before (YYYY-MM-DD)."
    )
    in_force_on = django_filters.DateFilter(
        method="filter_in_force_on",
        help_text="Its treaty was in force on this date (YYYY-MM-DD; see `/treaties/?in_force_on=`).",
    )
    number = django_filters.CharFilter(max_length=16, help_text='Article number as written ("4", "II").')
    provision_type = RefFilter(
        queryset=lambda request: ProvisionType.objects.all(),
        resolve=by_code,
        noun="provision type",
        via=(ArticleProvision, "article", "provision_type"),
        help_text="Carries this provision type (code).",
    )
    cited_by_expert = RefFilter(
        queryset=visible_for(Expert),
        resolve=by_slug,
        noun="expert",
        via=(citation_queryset, "article", "takeaway__authorships__expert"),
        help_text="Cited in a takeaway by this expert (slug).",
    )
    cited_in_publication = RefFilter(
        queryset=visible_for(Publication),
        resolve=by_slug,
        noun="publication",
        via=(citation_queryset, "article", "takeaway__publication"),
        help_text="Cited in this publication (slug).",
    )
    confidence = ChoicesFilter(field_name="confidence", choices=Confidence.choices, help_text="Confidence mark.")

    class Meta:
        model = Article
        fields = ()

    def filter_in_force_on(self, queryset, name, value):
        return queryset.filter(treaty__in_force_on__lte=value).filter(
            Q(treaty__ended_on__isnull=True) | Q(treaty__ended_on__gt=value)
        )


class ProvisionTypeFilterSet(ResourceFilterSet):
    treaty = RefFilter(
        queryset=visible_for(Treaty),
        resolve=by_slug,
        noun="treaty",
        via=(Article, "provision_types", "treaty"),
        help_text="Carried by an article of this treaty (slug).",
    )

    class Meta:
        model = ProvisionType
        fields = ()
