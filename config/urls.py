"""Top-level routes: the admin and the versioned API.

Django's error handlers answer problem+json under /api/ (api.problems) and its usual pages
elsewhere, so that no layer outside DRF answers an API client with HTML."""

from django.contrib import admin
from django.urls import include, path

from commentary.admin_import import import_document_view

urlpatterns = [
    # Before admin.site.urls so that the admin's catch-all does not take it; admin_view makes it staff-only.
    path(
        "admin/commentary/publication/import/",
        admin.site.admin_view(import_document_view),
        name="commentary_publication_import",
    ),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
]

handler400 = "api.problems.bad_request"
handler403 = "api.problems.permission_denied"
handler404 = "api.problems.page_not_found"
handler500 = "api.problems.server_error"
