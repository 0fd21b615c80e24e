"""Top-level routes: the landing page, the admin and the versioned API.

Django's error handlers answer problem+json under /api/ (api.problems) and its usual pages
elsewhere, so that no layer outside DRF answers an API client with HTML."""

from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from commentary.admin_dashboard import dashboard_view
from commentary.admin_import import import_document_view

urlpatterns = [
    # The front door: what Pactum is, where to go next, and two pictures drawn from the API.
    path("", TemplateView.as_view(template_name="pactum/landing.html"), name="landing"),
    # Before admin.site.urls so that the admin's catch-all does not take it; admin_view makes it staff-only.
    path(
        "admin/commentary/publication/import/",
        admin.site.admin_view(import_document_view),
        name="commentary_publication_import",
    ),
    # The admin index is the editors' dashboard (same URL, so admin:index and "Home" lead there).
    path("admin/", admin.site.admin_view(dashboard_view), name="admin_dashboard"),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
]

handler400 = "api.problems.bad_request"
handler403 = "api.problems.permission_denied"
handler404 = "api.problems.page_not_found"
handler500 = "api.problems.server_error"
