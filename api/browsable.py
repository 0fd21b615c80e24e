"""The HTML view of the API for browsers: DRF's browsable API, read-only for everyone.

Researchers explore in a browser first (`Accept: text/html`, or `?format=api`). The page shows
the same JSON, with every link clickable, the filter form and the paging controls. Writes go
through tokens and If-Match (README "Editing"), so the page never offers a form: building
one would also render every related record as a <select> option."""

import json

from django.template import loader
from rest_framework.renderers import BrowsableAPIRenderer
from rest_framework.utils.encoders import JSONEncoder


class ReadOnlyBrowsableAPIRenderer(BrowsableAPIRenderer):
    """text/html, with no POST/PUT/PATCH/DELETE forms for anyone."""

    def get_content(self, renderer, data, accepted_media_type, renderer_context):
        # orjson (the JSON renderer) has no indentation width: indent here, for people.
        if renderer.format != "json" or data is None:
            return super().get_content(renderer, data, accepted_media_type, renderer_context)
        return json.dumps(data, cls=JSONEncoder, indent=2, ensure_ascii=False)

    def show_form_for_method(self, view, method, request, obj):
        return False

    def get_rendered_html_form(self, data, view, method, request):
        return None

    def get_raw_data_form(self, data, view, method, request):
        return None

    def get_extra_actions(self, view, status_code):
        # The "Extra actions" menu links to export/history; export is a download, history
        # needs a token: neither belongs on a read-only page.
        return None

    def get_filter_form(self, data, view, request):
        """Every filter of the list as a plain input (relations take slugs: a <select> of
        every actor would not scale), the ordering whitelist as a menu. Empty fields are
        dropped on submit (static/pactum/api.js): the API refuses empty values."""
        filterset_class = getattr(view, "filterset_class", None)
        if getattr(view, "action", None) != "list" or filterset_class is None:
            return None
        fields = [_filter_field(name, filter_, request) for name, filter_ in filterset_class.base_filters.items()]
        ordering = [f for field in getattr(view, "ordering_fields", ()) for f in (field, f"-{field}")]
        form = loader.render_to_string(
            "pactum/api_filters.html",
            {"fields": fields, "ordering": ordering, "current_ordering": request.query_params.get("ordering", "")},
            request=request,
        )
        return loader.render_to_string(self.filter_template, {"elements": [form]})


def _filter_field(name: str, filter_, request) -> dict:
    choices = filter_.extra.get("choices")
    static_choices = isinstance(choices, list | tuple)  # callables (querysets) render as text inputs
    return {
        "name": name,
        "help": str(filter_.extra.get("help_text") or filter_.label or ""),
        "choices": [(str(value), str(label)) for value, label in choices] if static_choices else None,
        "values": request.query_params.getlist(name) or [""],
    }
