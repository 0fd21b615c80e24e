"""Versioned API routes. A version is a package; v1 stays frozen once published."""

from django.urls import include, path

urlpatterns = [
    path("v1/", include(("config.api.v1.urls", "v1"), namespace="v1")),
]
