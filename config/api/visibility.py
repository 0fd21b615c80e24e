"""Who may see unpublished records. Decided in exactly one place, from the request's user."""

from django.http import HttpRequest

EDITOR_GROUPS = ("Editors", "Contributors")  # the editorial roles


def published_only_for(*, request: HttpRequest) -> bool:
    """True when the reader must see published records only (anonymous and ordinary users).

    Staff and the Editors and Contributors groups read drafts too; every selector takes the
    answer as its `published_only` argument, so no other code makes this decision."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return True
    if user.is_staff or user.is_superuser:
        return False
    cached = getattr(request, "_pactum_published_only", None)
    if cached is None:
        cached = not user.groups.filter(name__in=EDITOR_GROUPS).exists()
        request._pactum_published_only = cached
    return cached
