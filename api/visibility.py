"""Who may see unpublished records. Decided in exactly one place, from the request's user."""

from django.http import HttpRequest

from core.permissions import sees_drafts


def published_only_for(*, request: HttpRequest) -> bool:
    """True when the reader must see published records only (anonymous and ordinary users).

    Staff, Editors and Contributors read drafts too; every selector takes the
    answer as its `published_only` argument, so no other code makes this decision."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return True
    cached = getattr(request, "_pactum_published_only", None)
    if cached is None:
        # The roles (Editors, Contributors) are defined in core.permissions.
        cached = not sees_drafts(user)
        request._pactum_published_only = cached
    return cached
