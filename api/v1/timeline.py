"""GET /api/v1/timeline/: events, treaty milestones (signed, in force, ended) and
publications merged in date order, as JSON or iCalendar (`?format=ics`).

Three queries whatever the size (events, treaties, publications), each narrowed in the
database by the filters and bounded by `limit`; drafts only for editors, as everywhere.
"""

import datetime

from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.renderers import BaseRenderer
from rest_framework.response import Response

from actors.models import EventParticipant
from actors.selectors import actor_queryset, event_queryset
from api.plain import ComputedView
from api.renderers import ORJSONRenderer
from api.schema import POSITIVE_INT
from commentary.selectors import citation_queryset, mention_queryset, publication_queryset
from treaties.models import TreatyParty
from treaties.selectors import treaty_queryset

DEFAULT_LIMIT = 500
MAX_LIMIT = 2000
KINDS = ("event", "signed", "in_force", "ended", "published")


class TimelineEntrySerializer(serializers.Serializer):
    date = serializers.DateField(help_text="When it happened (an event's first day).")
    end_date = serializers.DateField(allow_null=True, help_text="An event's last day, when it spans several.")
    kind = serializers.ChoiceField(
        choices=KINDS, help_text="`event`; a treaty's `signed`, `in_force` or `ended`; a publication's `published`."
    )
    title = serializers.CharField(help_text="What happened, in words.")
    type = serializers.ChoiceField(choices=["event", "treaty", "publication"], help_text="Record type.")
    key = serializers.CharField(help_text="The record's slug.")
    url = serializers.URLField(help_text="The record's detail endpoint.")


class TimelineResponseSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Entries returned (at most `limit`).")
    results = TimelineEntrySerializer(many=True)


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


class ICalendarRenderer(BaseRenderer):
    """text/calendar (RFC 5545): one all-day VEVENT per timeline entry."""

    media_type = "text/calendar"
    format = "ics"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if not isinstance(data, dict) or "results" not in data:  # an error: plain JSON
            return ORJSONRenderer().render(data)
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pactum//Timeline//EN", "CALSCALE:GREGORIAN"]
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
        for entry in data["results"]:
            start = datetime.date.fromisoformat(str(entry["date"]))
            end = datetime.date.fromisoformat(str(entry["end_date"] or entry["date"])) + datetime.timedelta(days=1)
            lines += [
                "BEGIN:VEVENT",
                f"UID:{entry['type']}-{entry['key']}-{entry['kind']}@pactum",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
                f"DTEND;VALUE=DATE:{end:%Y%m%d}",
                f"SUMMARY:{_ics_text(entry['title'])}",
                f"URL:{entry['url']}",
                "END:VEVENT",
            ]
        lines.append("END:VCALENDAR")
        return ("\r\n".join(lines) + "\r\n").encode()


class TimelineView(ComputedView):
    """Events, treaty milestones and publications in date order."""

    allowed_params = ("actor", "treaty", "date_after", "date_before", "limit", "format")
    renderer_classes = [ORJSONRenderer, ICalendarRenderer]

    def _params(self, request) -> dict:
        params, errors, found = request.query_params, {}, {}
        for name, queryset in (("actor", actor_queryset), ("treaty", treaty_queryset)):
            if name in params:
                found[name] = queryset(published_only=self.published_only).filter(slug=params[name]).first()
                if found[name] is None:
                    errors[name] = [f'Unknown {name} "{params[name]}".']
        for name in ("date_after", "date_before"):
            if name in params:
                try:
                    found[name] = datetime.date.fromisoformat(params[name])
                except ValueError:
                    errors[name] = ["Expected a date, YYYY-MM-DD."]
        raw = params.get("limit", str(DEFAULT_LIMIT))
        if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_LIMIT:
            errors["limit"] = [f"Must be an integer from 1 to {MAX_LIMIT}."]
        if errors:
            raise exceptions.ValidationError(errors)
        found["limit"] = int(raw)
        return found

    def _entries(self, p: dict) -> list[dict]:
        published_only, limit = self.published_only, p["limit"]
        events = event_queryset(published_only=published_only)
        treaties = treaty_queryset(published_only=published_only)
        publications = publication_queryset(published_only=published_only)
        if actor := p.get("actor"):
            events = events.filter(Exists(EventParticipant.objects.filter(event=OuterRef("pk"), actor=actor)))
            treaties = treaties.filter(Exists(TreatyParty.objects.filter(treaty=OuterRef("pk"), actor=actor)))
            mentions = mention_queryset(published_only=published_only).filter(actor=actor)
            publications = publications.filter(Exists(mentions.filter(takeaway__publication=OuterRef("pk"))))
        if treaty := p.get("treaty"):
            events = events.filter(treaties=treaty)
            treaties = treaties.filter(pk=treaty.pk)
            citations = citation_queryset(published_only=published_only).filter(treaty=treaty)
            publications = publications.filter(
                Q(subject_treaty=treaty) | Exists(citations.filter(takeaway__publication=OuterRef("pk")))
            )
        after, before = p.get("date_after"), p.get("date_before")

        def window(queryset, field):
            queryset = queryset.filter(**{f"{field}__isnull": False})
            queryset = queryset.filter(**{f"{field}__gte": after}) if after else queryset
            return queryset.filter(**{f"{field}__lte": before}) if before else queryset

        treaty_dates = Q()
        for field in ("signed_on", "in_force_on", "ended_on"):
            treaty_dates |= Q(pk__in=window(treaties, field).values("pk"))
        entries = []
        for event in window(events, "start_date").order_by("start_date")[:limit]:
            entries.append(self._entry(event.start_date, event.end_date, "event", event.name, "event", event.slug))
        for treaty in treaties.filter(treaty_dates).order_by("signed_on")[:limit]:
            for kind, field, verb in (
                ("signed", "signed_on", "signed"),
                ("in_force", "in_force_on", "enters into force"),
                ("ended", "ended_on", "ends"),
            ):
                day = getattr(treaty, field)
                if day and (not after or day >= after) and (not before or day <= before):
                    entries.append(self._entry(day, None, kind, f"{treaty.title} {verb}", "treaty", treaty.slug))
        for publication in window(publications, "published_on").order_by("published_on")[:limit]:
            entries.append(
                self._entry(
                    publication.published_on, None, "published", publication.title, "publication", publication.slug
                )
            )
        entries.sort(key=lambda e: (e["date"], KINDS.index(e["kind"]), e["title"]))
        return entries[:limit]

    def _entry(self, day, end, kind, title, type_name, slug) -> dict:
        url = self.request.build_absolute_uri(reverse(f"v1:{type_name}-detail", kwargs={"slug": slug}))
        return {"date": day, "end_date": end, "kind": kind, "title": title, "type": type_name, "key": slug, "url": url}

    @extend_schema(
        operation_id="timeline",
        parameters=[
            OpenApiParameter(
                "actor",
                OpenApiTypes.STR,
                description="Only what involves this actor (slug): events "
                "it took part in, treaties it is party to, publications mentioning it.",
            ),
            OpenApiParameter(
                "treaty",
                OpenApiTypes.STR,
                description="Only this treaty's milestones, its events and the publications about or citing it (slug).",
            ),
            OpenApiParameter("date_after", OpenApiTypes.DATE, description="On or after (YYYY-MM-DD)."),
            OpenApiParameter("date_before", OpenApiTypes.DATE, description="On or before (YYYY-MM-DD)."),
            OpenApiParameter("limit", POSITIVE_INT, description=f"Entries, 1–{MAX_LIMIT} (default {DEFAULT_LIMIT})."),
            OpenApiParameter("format", OpenApiTypes.STR, enum=["json", "ics"], description="`ics` for iCalendar."),
        ],
        responses={
            (200, "application/json"): TimelineResponseSerializer,
            (200, "text/calendar"): OpenApiResponse(OpenApiTypes.STR, description="iCalendar (RFC 5545)."),
        },
    )
    def get(self, request, *args, **kwargs):
        entries = self._entries(self._params(request))
        data = TimelineResponseSerializer({"count": len(entries), "results": entries}).data
        response = Response(data)
        if request.accepted_renderer.format == "ics":
            response["Content-Disposition"] = 'attachment; filename="timeline.ics"'
        return response
