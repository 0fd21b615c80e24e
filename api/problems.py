"""RFC 9457 problem details for every API error, so that no input produces an HTML page
or a 500. The DRF exception handler and the catch-all 404 view both come through here."""

import difflib
from http import HTTPStatus

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from rest_framework import exceptions, status

from api.renderers import dumps

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_UNKNOWN_PARAMETER = "urn:pactum:problem:unknown-parameter"
TYPE_INVALID_PARAMETER = "urn:pactum:problem:invalid-parameter"


class UnknownParameters(exceptions.APIException):
    """Query parameters the endpoint does not accept."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "Unknown query parameter."
    default_code = "unknown_parameter"

    def __init__(self, *, unknown: list[str], allowed: list[str]):
        self.unknown = unknown
        self.allowed = sorted(allowed)
        self.suggestions = {
            name: match[0] for name in unknown if (match := difflib.get_close_matches(name, self.allowed, n=1))
        }
        hints = "".join(f' Did you mean "{best}" for "{name}"?' for name, best in self.suggestions.items())
        names = ", ".join(f'"{name}"' for name in unknown)
        super().__init__(f"Unknown query parameter {names}.{hints} Allowed: {', '.join(self.allowed)}.")


def problem_response(
    *, status_code: int, detail: str, request: HttpRequest | None = None, type_: str = "about:blank", **extra
) -> HttpResponse:
    body = {
        "type": type_,
        "title": HTTPStatus(status_code).phrase,
        "status": status_code,
        "detail": detail,
    }
    if request is not None:
        body["instance"] = request.get_full_path()
    body.update(extra)
    response = HttpResponse(dumps(body), status=status_code, content_type=PROBLEM_MEDIA_TYPE)
    response["Cache-Control"] = "no-store"
    return response


def _flatten_errors(detail) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        return {
            str(key): [str(m) for m in (value if isinstance(value, list) else [value])] for key, value in detail.items()
        }
    if isinstance(detail, list):
        return {"non_field_errors": [str(m) for m in detail]}
    return {"non_field_errors": [str(detail)]}


def exception_handler(exc, context):
    """DRF EXCEPTION_HANDLER: every exception the API may see becomes problem+json."""
    request = context.get("request")
    if isinstance(exc, UnknownParameters):
        return problem_response(
            status_code=400,
            detail=str(exc.detail),
            request=request,
            type_=TYPE_UNKNOWN_PARAMETER,
            unknown=exc.unknown,
            allowed=exc.allowed,
            suggestions=exc.suggestions,
        )
    if isinstance(exc, DjangoValidationError):
        # A value that slipped past the filters' own validation (a malformed UUID, say)
        # is still the client's error, never a 500.
        exc = exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    if isinstance(exc, exceptions.ValidationError):
        errors = _flatten_errors(exc.detail)
        return problem_response(
            status_code=400,
            detail="Invalid value for " + ", ".join(f'"{key}"' for key in errors) + ".",
            request=request,
            type_=TYPE_INVALID_PARAMETER,
            errors=errors,
        )
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    if isinstance(exc, exceptions.APIException):
        response = problem_response(status_code=exc.status_code, detail=str(exc.detail), request=request)
        if getattr(exc, "auth_header", None):
            response["WWW-Authenticate"] = exc.auth_header
        if getattr(exc, "wait", None):
            response["Retry-After"] = str(int(exc.wait))
        return response
    return None


def api_not_found(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """Catch-all under /api/: unknown resources and unsupported versions (/api/v9/)."""
    if not request.path.endswith("/"):
        # Keep CommonMiddleware's APPEND_SLASH behaviour that this catch-all would shadow.
        try:
            resolve(request.path + "/")
        except Resolver404:
            pass
        else:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(request.path + "/" + (f"?{query}" if query else ""))
    return problem_response(
        status_code=404,
        detail=f"No API resource at {request.path}. Supported versions: v1 (see /api/v1/).",
        request=request,
    )


# --- Django's own error views, under /api/ -------------------------------------------
# Errors raised outside DRF (a body over DATA_UPLOAD_MAX_MEMORY_SIZE, too many fields, a
# disallowed Host, a CSRF failure, an unhandled exception) reach Django's handlers; under
# /api/ they answer problem+json with the right status, elsewhere Django's pages.


def _is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/")


def bad_request(request: HttpRequest, exception=None, **kwargs) -> HttpResponse:
    from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
    from django.views import defaults

    if not _is_api(request):
        return defaults.bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        from django.conf import settings

        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        return problem_response(
            status_code=413,
            detail=f"The request body is larger than the {limit} bytes accepted.",
            request=request,
            max_bytes=limit,
        )
    if isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        detail = "Too many parameters or form fields."
    else:
        detail = "The request could not be understood."
    return problem_response(status_code=400, detail=detail, request=request)


def permission_denied(request: HttpRequest, exception=None, **kwargs) -> HttpResponse:
    from django.views import defaults

    if not _is_api(request):
        return defaults.permission_denied(request, exception)
    return problem_response(
        status_code=403, detail="You do not have permission to perform this action.", request=request
    )


def page_not_found(request: HttpRequest, exception=None, **kwargs) -> HttpResponse:
    from django.views import defaults

    if not _is_api(request):
        return defaults.page_not_found(request, exception)
    return problem_response(status_code=404, detail=f"No API resource at {request.path}.", request=request)


def server_error(request: HttpRequest, **kwargs) -> HttpResponse:
    from django.views import defaults

    if not _is_api(request):
        return defaults.server_error(request)
    return problem_response(
        status_code=500,
        detail="An unexpected error occurred; it has been logged. Quote the X-Request-ID when reporting it.",
        request=request,
    )


def csrf_failure(request: HttpRequest, reason: str = "", **kwargs) -> HttpResponse:
    from django.views.csrf import csrf_failure as django_csrf_failure

    if not _is_api(request):
        return django_csrf_failure(request, reason=reason)
    return problem_response(
        status_code=403,
        detail=f"CSRF check failed ({reason}). Send a CSRF token with session requests, or use token authentication.",
        request=request,
    )
