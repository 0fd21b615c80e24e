"""API tokens: stored as SHA-256 digests, optionally read-only, optionally expiring."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone


def token_digest(key: str) -> str:
    # Keys are 256-bit random strings, so a fast unsalted hash is enough: there is nothing
    # to brute-force, and a unique index on the digest makes lookup one query.
    return hashlib.sha256(key.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for scripts. Only its digest is stored; the key is shown once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, blank=True, help_text="What the token is for (a script, a notebook).")
    prefix = models.CharField(max_length=8, db_index=True, help_text="First characters of the key, to recognise it.")
    digest = models.CharField(max_length=64, unique=True, editable=False, help_text="SHA-256 of the key.")
    read_only = models.BooleanField(default=False, help_text="Read-only tokens cannot write, whatever the role.")
    expires_at = models.DateTimeField(null=True, blank=True, help_text="After this moment the token is refused.")
    created = models.DateTimeField(auto_now_add=True, help_text="When the token was issued.")
    last_used_at = models.DateTimeField(null=True, blank=True, help_text="Last successful authentication.")

    class Meta:
        ordering = ["-created"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()
