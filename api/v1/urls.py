"""v1 router: the API root, every collection, the schema and its documentation UIs.

Route basenames are part of the contract (`v1:treaty-list`, `v1:article-detail`, ...);
other branches add endpoints here by registering on `router` or appending to `urlpatterns`."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api.schema_view import CachedSchemaView
from api.v1.actors.views import ActorViewSet, EventViewSet
from api.v1.autocomplete import AutocompleteView
from api.v1.commentary.computed import ActorCoMentionsView, ArticleCommentaryView
from api.v1.commentary.views import (
    CitationViewSet,
    ClaimViewSet,
    ExpertViewSet,
    MentionViewSet,
    PublicationViewSet,
    TakeawayViewSet,
    TopicViewSet,
)
from api.v1.network import ActorNetworkView
from api.v1.records.changes import ChangeFeedView
from api.v1.records.views import CorrectionViewSet
from api.v1.records.webhooks import SubscriptionViewSet
from api.v1.search import SearchView
from api.v1.timeline import TimelineView
from api.v1.treaties.computed import ArticleLineageView, ResolveView
from api.v1.treaties.views import ArticleViewSet, ProvisionTypeViewSet, TreatyArticleViewSet, TreatyViewSet
from api.v1.usage import UsageView

router = DefaultRouter()
router.register("actors", ActorViewSet, basename="actor")
router.register("events", EventViewSet, basename="event")
router.register("treaties", TreatyViewSet, basename="treaty")
router.register("articles", ArticleViewSet, basename="article")
router.register("provision-types", ProvisionTypeViewSet, basename="provision-type")
router.register("experts", ExpertViewSet, basename="expert")
router.register("publications", PublicationViewSet, basename="publication")
router.register("takeaways", TakeawayViewSet, basename="takeaway")
router.register("topics", TopicViewSet, basename="topic")
router.register("citations", CitationViewSet, basename="citation")
router.register("mentions", MentionViewSet, basename="mention")
router.register("claims", ClaimViewSet, basename="claim")

urlpatterns = [
    # Generated once per process (api/schema_view.py).
    path("schema/", CachedSchemaView.as_view(), name="schema"),
    # Both UIs load only same-origin scripts, so they run under the CSP (core/security.py):
    # the split view serves Swagger UI's start-up script from its own URL (?script=).
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="v1:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="v1:schema", template_name="core/redoc.html"), name="redoc"),
    path("search/", SearchView.as_view(), name="search"),
    path("changes/", ChangeFeedView.as_view(), name="changes"),
    # Corrections and webhooks are routed by path: the router-driven resource tests (builders,
    # visibility, exports) cover editorial collections; these have their own tests.
    path("corrections/", CorrectionViewSet.as_view({"get": "list"}), name="correction-list"),
    re_path(
        r"^corrections/(?P<pk>[0-9a-fA-F-]{32,36})/$",
        CorrectionViewSet.as_view({"get": "retrieve"}),
        name="correction-detail",
    ),
    path("webhooks/", SubscriptionViewSet.as_view({"get": "list", "post": "create"}), name="webhook-list"),
    path(
        "webhooks/<uuid:pk>/",
        SubscriptionViewSet.as_view({"get": "retrieve", "delete": "destroy"}),
        name="webhook-detail",
    ),
    path(
        "webhooks/<uuid:pk>/deliveries/",
        SubscriptionViewSet.as_view({"get": "deliveries"}),
        name="webhook-deliveries",
    ),
    path("autocomplete/", AutocompleteView.as_view(), name="autocomplete"),
    path("timeline/", TimelineView.as_view(), name="timeline"),
    path("network/actors/", ActorNetworkView.as_view(), name="network-actors"),
    path("resolve/", ResolveView.as_view(), name="resolve"),
    path("usage/", UsageView.as_view(), name="usage"),
    path("articles/<str:id>/lineage/", ArticleLineageView.as_view(), name="article-lineage"),
    path("articles/<str:id>/commentary/", ArticleCommentaryView.as_view(), name="article-commentary"),
    path("actors/<str:slug>/co-mentions/", ActorCoMentionsView.as_view(), name="actor-co-mentions"),
    path(
        "treaties/<str:treaty_slug>/articles/<str:number>/",
        TreatyArticleViewSet.as_view({"get": "retrieve"}),
        name="treaty-article-detail",
    ),
    *router.urls,
]
