"""Actor and event filters (semantics in api/filters.py). Readers ask "which actors are party
to X / mentioned by Y": these filters reach into treaties and commentary, which the API
layer may import (it sits above every domain app)."""

import django_filters
from django.db.models import Q

from actors.models import Actor, ActorKind, Event, EventKind
from api.filters import (
    ChoicesFilter,
    RefFilter,
    ResourceFilterSet,
    by_slug,
    by_slug_or_iso3,
    visible_for,
)
from commentary.models import Expert, Publication
from commentary.selectors import mention_queryset
from core.models import Confidence
from treaties.models import Treaty, TreatyParty


class ActorFilterSet(ResourceFilterSet):
    kind = ChoicesFilter(choices=ActorKind.choices, help_text="Kind of actor.")
    iso3 = RefFilter(
        field_name="pk",
        queryset=visible_for(Actor),
        resolve=lambda v: Q(iso3=v.upper()) if len(v) == 3 else None,
        noun="ISO 3166 alpha-3 code",
        help_text="ISO 3166-1 alpha-3 code (states).",
    )
    confidence = ChoicesFilter(field_name="confidence", choices=Confidence.choices, help_text="Confidence mark.")
    parent = RefFilter(
        field_name="parent", queryset=visible_for(Actor), resolve=by_slug, noun="actor", help_text="Parent actor slug."
    )
    country = RefFilter(
        field_name="country",
        queryset=visible_for(Actor),
        resolve=by_slug_or_iso3,
        noun="actor",
        help_text="State a person acts for (slug or ISO code).",
    )
    party_to = RefFilter(
        queryset=visible_for(Treaty),
        resolve=by_slug,
        noun="treaty",
        via=(TreatyParty, "actor", "treaty"),
        help_text="Party to this treaty (slug).",
    )
    mentioned_in = RefFilter(
        queryset=visible_for(Publication),
        resolve=by_slug,
        noun="publication",
        via=(mention_queryset, "actor", "takeaway__publication"),
        help_text="Mentioned in this publication (slug).",
    )
    mentioned_by = RefFilter(
        queryset=visible_for(Expert),
        resolve=by_slug,
        noun="expert",
        via=(mention_queryset, "actor", "takeaway__authorships__expert"),
        help_text="Mentioned in a takeaway by this expert (slug).",
    )
    mentioned_by_all = RefFilter(
        queryset=visible_for(Expert),
        resolve=by_slug,
        noun="expert",
        via=(mention_queryset, "actor", "takeaway__authorships__expert"),
        all_values=True,
        help_text="Mentioned by every one of these experts (slug).",
    )
    active_on = django_filters.DateFilter(method="filter_active_on", help_text="Existed on this date (YYYY-MM-DD).")

    class Meta:
        model = Actor
        fields = ()

    def filter_active_on(self, queryset, name, value):
        return queryset.filter(
            Q(active_from__isnull=True) | Q(active_from__lte=value),
            Q(active_until__isnull=True) | Q(active_until__gte=value),
        )


class EventFilterSet(ResourceFilterSet):
    kind = ChoicesFilter(choices=EventKind.choices, help_text="Kind of event.")
    confidence = ChoicesFilter(field_name="confidence", choices=Confidence.choices, help_text="Confidence mark.")
    participant = RefFilter(
        queryset=visible_for(Actor),
        resolve=by_slug_or_iso3,
        noun="actor",
        via=(Event.participants.through, "event", "actor"),
        help_text="Actor taking part (slug or ISO code).",
    )
    treaty = RefFilter(
        field_name="treaties",
        queryset=visible_for(Treaty),
        resolve=by_slug,
        noun="treaty",
        via=(Treaty, "events", "pk"),
        help_text="Event in the life of this treaty (slug).",
    )
    start_after = django_filters.DateFilter(
        field_name="start_date", lookup_expr="gte", help_text="Starts on or after (YYYY-MM-DD)."
    )
    start_before = django_filters.DateFilter(
        field_name="start_date", lookup_expr="lte", help_text="Starts on or before (YYYY-MM-DD)."
    )

    class Meta:
        model = Event
        fields = ()
