"""The changes feed: every public change in commit order, resumable, as JSON or Atom.

`GET /api/v1/changes/?since=<cursor>` answers the events after the cursor (from the start
without one), oldest first, at most `limit` (100 by default, 500 at most), and a `cursor`
to resume from: keep it and ask again later for what happened since. Filters: `resource`,
`treaty` (slug), `article` (`treaty-slug:number`) and `actor` (slug), so a researcher can
follow "anything about Article 4". Unpublish and delete arrive as tombstones. The events
come from core's outbox (core/outbox.py), written in each write's transaction."""

import base64
import binascii

from django.db.models import Exists, OuterRef, QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils import feedgenerator
from django.utils.dateparse import parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.renderers import BaseRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from api.plain import refuse_unknown_format, refuse_unrouted_method
from api.problems import UnknownParameters
from api.renderers import ORJSONRenderer
from api.schema import POSITIVE_INT
from api.serializers import CorrectionSerializer
from core.models import ChangeEvent, ChangeKind, ChangeSubject
from core.outbox import encode_cursor

DEFAULT_LIMIT, MAX_LIMIT = 100, 500
SUBJECT_FILTERS = ("treaty", "article", "actor")
PARAMS = ("since", "limit", "resource", *SUBJECT_FILTERS, "format")
# resource -> (route basename, URL kwarg); records are addressed as they were then.
ROUTES = {
    "actor": ("actor", "slug"),
    "event": ("event", "slug"),
    "treaty": ("treaty", "slug"),
    "article": ("article", "pk"),
    "provisiontype": ("provision-type", "code"),
    "expert": ("expert", "slug"),
    "publication": ("publication", "slug"),
    "takeaway": ("takeaway", "slug"),
    "topic": ("topic", "slug"),
    "actorrelation": (None, None),
}


def decode_cursor(raw: str) -> int:
    try:
        text = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
        prefix, seq = text.split(":", 1)
        if prefix != "c1" or not (seq.isascii() and seq.isdigit()) or len(seq) > 18:
            raise ValueError
        return int(seq)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise exceptions.ValidationError(
            {"since": ["Invalid cursor: pass back a `cursor` this feed gave you."]}
        ) from exc


def record_url(event: ChangeEvent, request) -> str | None:
    basename, kwarg = ROUTES.get(event.resource, (None, None))
    if basename is None:
        return None
    try:
        return request.build_absolute_uri(reverse(f"v1:{basename}-detail", kwargs={kwarg: event.record_key}))
    except NoReverseMatch:
        return None


class ChangeRecordSerializer(serializers.Serializer):
    resource = serializers.CharField(help_text="The kind of record (treaty, takeaway...).")
    id = serializers.UUIDField(source="record_id", help_text="The record's UUID.")
    key = serializers.CharField(source="record_key", help_text="Slug, code or UUID it was addressed by then.")
    label = serializers.CharField(source="record_label", help_text="Its name then.")
    version = serializers.IntegerField(help_text="Its version after the change.")
    url = serializers.SerializerMethodField(help_text="Its API URL (a tombstone's answers 404 now).")

    def get_url(self, event) -> str | None:
        return record_url(event, self.context["request"])


class ChangeEventSerializer(serializers.Serializer):
    cursor = serializers.SerializerMethodField(help_text="Resume after this event with ?since=<cursor>.")
    kind = serializers.ChoiceField(choices=ChangeKind.choices, help_text="What happened.")
    occurred_at = serializers.DateTimeField(help_text="When.")
    tombstone = serializers.BooleanField(help_text="True for unpublished and deleted: drop the record.")
    record = ChangeRecordSerializer(source="*")
    correction = CorrectionSerializer(allow_null=True, help_text="The public correction, for `corrected`.")

    def get_cursor(self, event) -> str:
        return encode_cursor(event.seq)


class ChangeFeedSerializer(serializers.Serializer):
    results = ChangeEventSerializer(many=True)
    cursor = serializers.CharField(help_text="Where to resume: pass it as `since` next time.")
    next = serializers.URLField(help_text="This feed from `cursor`, with the same filters.")


def change_events(*, after: int, limit: int, resource=None, subjects=()) -> QuerySet[ChangeEvent]:
    """Events after sequence number `after`, oldest first: one query."""
    events = ChangeEvent.objects.filter(seq__gt=after).order_by("seq")
    if resource:
        events = events.filter(resource=resource)
    for kind, key in subjects:
        events = events.filter(Exists(ChangeSubject.objects.filter(event=OuterRef("pk"), kind=kind, key=key)))
    return events[:limit]


class AtomRenderer(BaseRenderer):
    """The feed as Atom 1.0 (Django's feed generator: no dependency)."""

    media_type = "application/atom+xml"
    format = "atom"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if not isinstance(data, dict) or "results" not in data:  # an error body
            return ORJSONRenderer().render(data)
        request = renderer_context["request"]
        feed = feedgenerator.Atom1Feed(
            title="Pactum: public changes",
            link=request.build_absolute_uri(),
            description="Every public change to Pactum records, in commit order.",
            feed_url=data["next"],
            id="urn:pactum:changes",
        )
        for item in data["results"]:
            record = item["record"]
            reason = (item["correction"] or {}).get("reason", "")
            feed.add_item(
                title=f"{item['kind']}: {record['resource']} {record['label']}",
                link=record["url"] or request.build_absolute_uri(),
                description=f"{record['resource']} {record['key']} version {record['version']}. {reason}".strip(),
                unique_id=f"urn:pactum:change:{item['cursor']}",
                updateddate=parse_datetime(item["occurred_at"]),
                pubdate=parse_datetime(item["occurred_at"]),
                categories=[item["kind"], record["resource"]] + (["tombstone"] if item["tombstone"] else []),
            )
        return feed.writeString("utf-8").encode("utf-8")


class ChangeFeedView(APIView):
    """Every public change (created, updated, published, unpublished, deleted, corrected) in commit order."""

    renderer_classes = [ORJSONRenderer, AtomRenderer]
    pagination_class = None

    def initial(self, request, *args, **kwargs):
        refuse_unrouted_method(self, request)  # 405 before the 401 of the permission check
        refuse_unknown_format(self, request)
        super().initial(request, *args, **kwargs)

    def _params(self, request) -> dict:
        params = request.query_params
        unknown = [name for name in params if name not in PARAMS]
        if unknown:
            raise UnknownParameters(unknown=unknown, allowed=list(PARAMS))
        errors = {n: ["This parameter does not repeat."] for n in params if len(params.getlist(n)) > 1}
        limit = params.get("limit", str(DEFAULT_LIMIT))
        if not (limit.isascii() and limit.isdigit()) or not 1 <= int(limit) <= MAX_LIMIT:
            errors["limit"] = [f"Must be an integer from 1 to {MAX_LIMIT}."]
        if "resource" in params and params["resource"] not in ROUTES:  # empty too: not in the enum
            errors["resource"] = [f"Unknown resource. Allowed: {', '.join(sorted(ROUTES))}."]
        if params.get("article") and ":" not in params["article"]:
            errors["article"] = ["Expected '<treaty-slug>:<article-number>'."]
        if errors:
            raise exceptions.ValidationError(errors)
        return {
            "after": decode_cursor(params["since"]) if params.get("since") else 0,
            "limit": int(limit),
            "resource": params.get("resource"),
            "subjects": [(name, params[name]) for name in SUBJECT_FILTERS if params.get(name)],
        }

    @extend_schema(
        parameters=[
            OpenApiParameter("since", OpenApiTypes.STR, description="A `cursor` from an earlier answer."),
            OpenApiParameter("limit", POSITIVE_INT, description=f"At most this many events (1-{MAX_LIMIT})."),
            OpenApiParameter("resource", OpenApiTypes.STR, enum=sorted(ROUTES), description="Only this kind."),
            OpenApiParameter("treaty", OpenApiTypes.STR, description="Only changes about this treaty (slug)."),
            OpenApiParameter("article", OpenApiTypes.STR, description="About this article (`treaty-slug:number`)."),
            OpenApiParameter("actor", OpenApiTypes.STR, description="Only changes about this actor (slug)."),
        ],
        responses={
            (200, "application/json"): ChangeFeedSerializer,
            (200, "application/atom+xml"): OpenApiResponse(OpenApiTypes.STR, description="Atom 1.0 feed."),
        },
    )
    def get(self, request):
        params = self._params(request)
        events = list(change_events(**params))
        cursor = encode_cursor(events[-1].seq) if events else encode_cursor(params["after"])
        query = request.query_params.copy()
        query["since"] = cursor
        body = {
            "results": ChangeEventSerializer(events, many=True, context={"request": request}).data,
            "cursor": cursor,
            "next": request.build_absolute_uri(f"{request.path}?{query.urlencode()}"),
        }
        response = Response(body)
        response["Cache-Control"] = "public, max-age=5"
        return response
