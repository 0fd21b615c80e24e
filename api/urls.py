"""Versioned API routes. A version is a package; v1 stays frozen once published.
Anything else under /api/ (an unknown resource, /api/v9/) is a problem+json 404."""

from django.urls import include, path, re_path

from api.problems import api_not_found

urlpatterns = [
    path("v1/", include(("api.v1.urls", "v1"), namespace="v1")),
    re_path(r"^.*$", api_not_found),
]
