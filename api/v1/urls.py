"""v1 router: the API root, every collection, the schema and its documentation UIs.

Route basenames are part of the contract (`v1:treaty-list`, `v1:article-detail`, ...);
other branches add endpoints here by registering on `router` or appending to `urlpatterns`."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api.v1.actors.views import ActorViewSet, EventViewSet
from api.v1.autocomplete import AutocompleteView
from api.v1.commentary.computed import ActorCoMentionsView, ArticleCommentaryView
from api.v1.commentary.views import (
    CitationViewSet,
    ExpertViewSet,
    MentionViewSet,
    PublicationViewSet,
    TakeawayViewSet,
    TopicViewSet,
)
from api.v1.network import ActorNetworkView
from api.v1.search import SearchView
from api.v1.timeline import TimelineView
from api.v1.treaties.computed import ArticleLineageView, ResolveView
from api.v1.treaties.views import ArticleViewSet, ProvisionTypeViewSet, TreatyArticleViewSet, TreatyViewSet

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

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Both UIs load only same-origin scripts, so they run under the CSP (core/security.py):
    # the split view serves Swagger UI's start-up script from its own URL (?script=).
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="v1:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="v1:schema", template_name="core/redoc.html"), name="redoc"),
    path("search/", SearchView.as_view(), name="search"),
    path("autocomplete/", AutocompleteView.as_view(), name="autocomplete"),
    path("timeline/", TimelineView.as_view(), name="timeline"),
    path("network/actors/", ActorNetworkView.as_view(), name="network-actors"),
    path("resolve/", ResolveView.as_view(), name="resolve"),
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
