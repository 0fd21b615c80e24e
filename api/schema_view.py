"""The schema endpoint, cached per process. Apart from api/schema.py because drf-spectacular's
views module imports the schema class named in settings (a cycle otherwise)."""

from django.http import HttpResponse
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SCHEMA_KWARGS, SpectacularAPIView


class CachedSchemaView(SpectacularAPIView):
    """The OpenAPI document, generated once per process and format.

    Generating it walks every view and serializer (2.4–3.3 s and 429 KB on the demo); it only
    changes with the code, which a deploy restarts. Keyed by version, language and the
    negotiated media type, and public (`SERVE_PUBLIC`), so it is the same for every caller."""

    _rendered: dict[tuple, tuple[bytes, str, str]] = {}

    def _cache_key(self, request) -> tuple:
        renderer = getattr(request, "accepted_renderer", None)
        version = self.api_version or request.version
        return (version, request.GET.get("lang", ""), renderer.media_type if renderer else "")

    @extend_schema(**SCHEMA_KWARGS)
    def get(self, request, *args, **kwargs):
        cached = self._rendered.get(self._cache_key(request))
        if cached is not None:
            body, content_type, disposition = cached
            response = HttpResponse(body, content_type=content_type)
            response["Content-Disposition"] = disposition
            return response
        return super().get(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200 and hasattr(response, "render") and not response.is_rendered:
            response.render()
            self._rendered[self._cache_key(request)] = (
                response.content,
                response["Content-Type"],
                response.get("Content-Disposition", ""),
            )
        return response
