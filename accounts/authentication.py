"""DRF authentication by hashed API token: `Authorization: Token <key>` (or `Bearer <key>`)."""

from django.utils import timezone
from rest_framework import authentication, exceptions

from accounts.models import ApiToken, token_digest


class HashedTokenAuthentication(authentication.BaseAuthentication):
    """Look the key up by its SHA-256 digest; refuse expired tokens and inactive users."""

    keywords = ("token", "bearer")

    def authenticate(self, request):
        # The rate limiter (api/ratelimit.py) identifies the token before the view does:
        # one lookup per request, kept on the Django request that DRF's Request wraps.
        raw = getattr(request, "_request", request)
        if "_pactum_token_auth" not in raw.__dict__:
            try:
                raw._pactum_token_auth = self._authenticate(request)
            except exceptions.AuthenticationFailed as exc:
                raw._pactum_token_auth = exc
        result = raw._pactum_token_auth
        if isinstance(result, exceptions.AuthenticationFailed):
            raise result
        return result

    def _authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].decode(errors="replace").lower() not in self.keywords:
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed("Malformed Authorization header: expected 'Token <key>'.")
        key = parts[1].decode(errors="replace")
        token = ApiToken.objects.select_related("user").filter(digest=token_digest(key)).first()
        if token is None or not token.user.is_active:
            raise exceptions.AuthenticationFailed("Invalid token.")
        if token.is_expired:
            raise exceptions.AuthenticationFailed("Token expired.")
        # One cheap UPDATE, without touching the row's other columns.
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.user, token

    def authenticate_header(self, request):
        # Makes DRF answer 401 (with WWW-Authenticate) rather than 403 to anonymous writes.
        return 'Token realm="api"'
