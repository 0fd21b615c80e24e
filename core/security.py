"""Content-Security-Policy on every response.

Django 5.2 has no CSP support of its own (6.0 adds it), and the policy Pactum needs is one
static header, so a few lines here rather than a dependency (docs/decisions/0014-operations.md).
HTML pages (the admin, Swagger UI, Redoc) get CONTENT_SECURITY_POLICY, which allows only
'self'; every other response (JSON, CSV, problem+json) gets CONTENT_SECURITY_POLICY_NON_HTML,
which allows nothing. A response that already carries a policy keeps it.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

HEADER = "Content-Security-Policy"


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if HEADER not in response:
            if response.get("Content-Type", "").startswith("text/html"):
                response[HEADER] = settings.CONTENT_SECURITY_POLICY
            else:
                response[HEADER] = settings.CONTENT_SECURITY_POLICY_NON_HTML
        return response
