"""The admin index as the editors' dashboard: automatic links waiting for review, drafts and
records in review, the latest changes, which treaty articles are cited (how often, by whom),
and the two pictures of the landing page.

Wired by URL before the admin's own (config/urls.py, wrapped in `admin.site.admin_view`), so
`admin:index` and every "Home" link land here. A fixed number of queries however many rows
(tests/commentary/test_admin_dashboard.py); the app list stays below the dashboard.
"""

from django.contrib import admin
from django.urls import reverse

from actors.models import Actor, Event
from commentary import selectors
from commentary.models import Citation, Expert, Mention, Publication, Takeaway
from treaties.models import Article, Treaty

EDITORIAL_MODELS = [Publication, Takeaway, Expert, Treaty, Article, Actor, Event]
HISTORY_MODELS = [*EDITORIAL_MODELS, Citation, Mention]


def _admin_url(obj) -> str:
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


LABEL_FIELDS = ("title", "heading", "name", "quote", "number", "slug")


def _label(row) -> str:
    """A history row's label from its own columns (str() would load related rows)."""
    for name in LABEL_FIELDS:
        value = getattr(row, name, None)
        if value:
            return " ".join(str(value).split())
    return str(row.id)


def _change_row(row) -> dict:
    model = row.instance_type
    return {
        "when": row.history_date,
        "what": model._meta.verbose_name,
        "label": _label(row),
        "type": {"+": "created", "~": "changed", "-": "deleted"}[row.history_type],
        "who": row.history_user.get_username() if row.history_user else (row.history_channel or "system"),
        "reason": row.history_change_reason or "",
        "url": None
        if row.history_type == "-"
        else reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[row.id]),
    }


def dashboard_context() -> dict:
    queue = selectors.review_queue()
    for publication in queue:
        for takeaway in publication["takeaways"]:
            takeaway["review_url"] = reverse("admin:commentary_takeaway_review", args=[takeaway["id"]])
    waiting = selectors.unpublished_records(models=EDITORIAL_MODELS)
    for group in waiting:
        group["verbose_name_plural"] = group["model"]._meta.verbose_name_plural
        group["items"] = [
            {"label": str(obj), "status": obj.get_editorial_status_display(), "url": _admin_url(obj)}
            for obj in group["rows"]
        ]
    return {
        "review_queue": queue,
        "review_total": sum(p["pending"] for p in queue),
        "waiting": waiting,
        "latest_changes": [_change_row(row) for row in selectors.latest_changes(models=HISTORY_MODELS)],
        "coverage": selectors.article_coverage(),
    }


def dashboard_view(request):
    """admin.site.index with the dashboard above the app list."""
    response = admin.site.index(request, extra_context={**dashboard_context(), "title": "Dashboard"})
    response.template_name = "admin/pactum/dashboard.html"
    return response
