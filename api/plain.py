"""Base for v1 endpoints that are not collections (computed views): the same strictness and
visibility rule as the resource viewsets, without list/detail machinery."""

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models import QuerySet
from django.http import Http404
from rest_framework import exceptions
from rest_framework.views import APIView

from api.problems import UnknownParameters
from api.visibility import published_only_for


def refuse_unrouted_method(view, request) -> None:
    """405 for a method the route does not have (TRACE, DELETE on a read-only route…),
    before authentication and permissions would answer it with a misleading 401/403."""
    method = request.method.lower()
    if method not in view.http_method_names or not hasattr(view, method):
        raise exceptions.MethodNotAllowed(request.method)


def refuse_unknown_format(view, request) -> None:
    """`format=` must name one of the view's renderers: an empty or unknown value is a 400,
    not DRF's silent fallback to JSON (empty) or its 404 (unknown)."""
    if "format" in request.query_params:
        formats = [renderer.format for renderer in view.get_renderers() if renderer.format != "api"]
        if request.query_params["format"] not in formats:
            raise exceptions.ValidationError({"format": [f"Unsupported format. Allowed: {', '.join(formats)}."]})


class ComputedView(APIView):
    """GET query parameters are checked against `allowed_params`; unknown ones are a 400."""

    allowed_params: tuple[str, ...] = ()
    repeatable_params: tuple[str, ...] = ()

    @property
    def action(self) -> str:
        """The handler's name ("get", "post"): the schema generator reads `action` as viewsets have it."""
        request = getattr(self, "request", None)
        return (getattr(request, "method", None) or "get").lower()

    @property
    def published_only(self) -> bool:
        return published_only_for(request=self.request)

    def initial(self, request, *args, **kwargs):
        refuse_unrouted_method(self, request)
        refuse_unknown_format(self, request)
        super().initial(request, *args, **kwargs)
        unknown = [name for name in request.query_params if name not in self.allowed_params]
        if unknown:
            raise UnknownParameters(unknown=unknown, allowed=list(self.allowed_params))
        params = request.query_params
        repeated = {
            name: ["This parameter does not repeat."]
            for name in params
            if name not in self.repeatable_params and len(params.getlist(name)) > 1
        }
        if repeated:
            raise exceptions.ValidationError(repeated)

    @staticmethod
    def get_or_404(queryset: QuerySet, **lookup):
        """One row of `queryset` (already narrowed to what the reader may see), or a 404:
        a malformed key (not a UUID) is as absent as a missing row."""
        try:
            return queryset.get(**lookup)
        except (ObjectDoesNotExist, ValueError, ValidationError) as exc:
            raise Http404 from exc
