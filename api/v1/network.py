"""GET /api/v1/network/actors/: the actor co-mention network as JSON or GraphML (Gephi).

Nodes are actors with their mention and takeaway counts; an edge joins two actors
mentioned in the same takeaway, weighted by the number of such takeaways, with (up to 20
of) their slugs. Four queries whatever the size (commentary/network.py), bounded by
`max_nodes` and `max_edges`.
"""

import datetime
from xml.sax.saxutils import quoteattr

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.renderers import BaseRenderer
from rest_framework.response import Response

from api.plain import ComputedView
from api.renderers import ORJSONRenderer
from api.schema import POSITIVE_INT
from api.v1.summaries import ActorSummarySerializer
from commentary.models import Topic
from commentary.network import NetworkFilter, actor_network
from commentary.selectors import expert_queryset, publication_queryset

DEFAULT_NODES, MAX_NODES = 100, 500
DEFAULT_EDGES, MAX_EDGES = 500, 2000


class NetworkNodeSerializer(serializers.Serializer):
    actor = ActorSummarySerializer()
    mentions = serializers.IntegerField(help_text="Visible mentions of the actor in the filtered takeaways.")
    takeaways = serializers.IntegerField(help_text="Filtered takeaways mentioning the actor.")


class NetworkEdgeSerializer(serializers.Serializer):
    source = serializers.SlugField(source="source.slug", help_text="Actor slug (the smaller id of the pair).")
    target = serializers.SlugField(source="target.slug", help_text="Actor slug.")
    weight = serializers.IntegerField(help_text="Filtered takeaways mentioning both actors.")
    takeaways = serializers.ListField(child=serializers.SlugField(), help_text="Up to 20 of those takeaways (slugs).")


class NetworkSerializer(serializers.Serializer):
    nodes = NetworkNodeSerializer(many=True)
    edges = NetworkEdgeSerializer(many=True)


class GraphMLRenderer(BaseRenderer):
    """GraphML (for Gephi, yEd, networkx): node and edge attributes declared as keys."""

    media_type = "application/graphml+xml"
    format = "graphml"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if not isinstance(data, dict) or "nodes" not in data:  # an error: plain JSON
            return ORJSONRenderer().render(data)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
            '<key id="label" for="node" attr.name="label" attr.type="string"/>',
            '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
            '<key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
            '<key id="takeaways" for="node" attr.name="takeaways" attr.type="int"/>',
            '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
            '<key id="via" for="edge" attr.name="takeaways" attr.type="string"/>',
            '<graph id="actors" edgedefault="undirected">',
        ]
        for node in data["nodes"]:
            actor = node["actor"]
            out.append(
                f'<node id={quoteattr(actor["slug"])}><data key="label">{_xml(actor["name"])}</data>'
                f'<data key="kind">{_xml(actor["kind"])}</data><data key="mentions">{node["mentions"]}</data>'
                f'<data key="takeaways">{node["takeaways"]}</data></node>'
            )
        for edge in data["edges"]:
            out.append(
                f"<edge source={quoteattr(edge['source'])} target={quoteattr(edge['target'])}>"
                f'<data key="weight">{edge["weight"]}</data>'
                f'<data key="via">{_xml(" ".join(edge["takeaways"]))}</data></edge>'
            )
        out += ["</graph>", "</graphml>"]
        return "\n".join(out).encode()


def _xml(value) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ActorNetworkView(ComputedView):
    """The actor co-mention network of the (filtered) commentary."""

    allowed_params = (
        "published_after",
        "published_before",
        "expert",
        "publication",
        "topic",
        "max_nodes",
        "max_edges",
        "min_weight",
        "format",
    )
    repeatable_params = ("expert", "publication", "topic")
    renderer_classes = [ORJSONRenderer, GraphMLRenderer]

    def _filter(self, params) -> tuple[NetworkFilter, dict]:
        f, errors, bounds = NetworkFilter(), {}, {}
        for name in ("published_after", "published_before"):
            if name in params:
                try:
                    setattr(f, name, datetime.date.fromisoformat(params[name]))
                except ValueError:
                    errors[name] = ["Expected a date, YYYY-MM-DD."]
        visible = self.published_only
        sources = {
            "expert": ("experts", expert_queryset(published_only=visible)),
            "publication": ("publications", publication_queryset(published_only=visible)),
            "topic": ("topics", Topic.objects.all()),
        }
        for name, (attr, queryset) in sources.items():
            slugs = params.getlist(name)
            if slugs:
                found = list(queryset.filter(slug__in=slugs))
                unknown = sorted(set(slugs) - {row.slug for row in found})
                if unknown:
                    errors[name] = [f'Unknown {name} "{slug}".' for slug in unknown]
                setattr(f, attr, found)
        for name, default, top in (
            ("max_nodes", DEFAULT_NODES, MAX_NODES),
            ("max_edges", DEFAULT_EDGES, MAX_EDGES),
            ("min_weight", 1, 10_000),
        ):
            raw = params.get(name, str(default))
            if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= top:
                errors[name] = [f"Must be an integer from 1 to {top}."]
            else:
                bounds[name] = int(raw)
        if errors:
            raise exceptions.ValidationError(errors)
        return f, bounds

    @extend_schema(
        operation_id="network_actors",
        parameters=[
            OpenApiParameter("published_after", OpenApiTypes.DATE, description="Takeaways published on or after."),
            OpenApiParameter("published_before", OpenApiTypes.DATE, description="Takeaways published on or before."),
            OpenApiParameter(
                "expert",
                OpenApiTypes.STR,
                many=True,
                explode=True,
                description="Takeaways by one of these experts (slug; repeat for several).",
            ),
            OpenApiParameter(
                "publication",
                OpenApiTypes.STR,
                many=True,
                explode=True,
                description="Takeaways in one of these publications (slug).",
            ),
            OpenApiParameter(
                "topic",
                OpenApiTypes.STR,
                many=True,
                explode=True,
                description="Takeaways tagged with one of these topics (slug).",
            ),
            OpenApiParameter(
                "max_nodes",
                POSITIVE_INT,
                description=f"Most-mentioned actors kept, 1–{MAX_NODES} (default {DEFAULT_NODES}).",
            ),
            OpenApiParameter(
                "max_edges",
                POSITIVE_INT,
                description=f"Heaviest edges kept, 1–{MAX_EDGES} (default {DEFAULT_EDGES}).",
            ),
            OpenApiParameter("min_weight", POSITIVE_INT, description="Leave out lighter edges (default 1)."),
            OpenApiParameter("format", OpenApiTypes.STR, enum=["json", "graphml"], description="`graphml` for Gephi."),
        ],
        responses={
            (200, "application/json"): NetworkSerializer,
            (200, "application/graphml+xml"): OpenApiResponse(OpenApiTypes.STR, description="GraphML."),
        },
    )
    def get(self, request, *args, **kwargs):
        f, bounds = self._filter(request.query_params)
        network = actor_network(
            f=f,
            published_only=self.published_only,
            max_nodes=bounds["max_nodes"],
            max_edges=bounds["max_edges"],
            min_weight=bounds["min_weight"],
        )
        response = Response(NetworkSerializer(network, context={"request": request}).data)
        if request.accepted_renderer.format == "graphml":
            response["Content-Disposition"] = 'attachment; filename="actors.graphml"'
        return response
