"""One definition of who may do what to content, used by the admin and by the API.

Design (docs/decisions/0007-editorial-roles.md):
- Django model permissions (add/change/delete/view) say what a role may touch at all.
- One extra permission per editorial model, `<app>.publish_<model>`, says who may move a
  record into or out of `published`, and who may change or delete a record that is live.
  These rows are created by the roles data migration / `setup_roles`, not by Meta, so the
  models stay untouched.
- A record without its own status (a citation, a treaty party, an alias, a source) is live
  when the record that governs it (its "anchor": the takeaway, treaty, actor...) is
  published, and the anchor's publish permission applies. Each such model names the way
  to its anchor in its `editorial_anchor` class attribute.
"""

from django.db import models

from core.models import EditorialStatus

EDITORS = "Editors"
CONTRIBUTORS = "Contributors"


def publish_codename(model: type[models.Model]) -> str:
    return f"publish_{model._meta.model_name}"


def publish_perm(model: type[models.Model]) -> str:
    return f"{model._meta.app_label}.{publish_codename(model)}"


def has_status(model_or_obj) -> bool:
    return any(f.name == "editorial_status" for f in model_or_obj._meta.concrete_fields)


def anchor_of(obj: models.Model | None) -> models.Model | None:
    """The editorial record that decides whether `obj` is live (itself, a parent, or None)."""
    seen = 0
    while obj is not None and seen < 4:  # Source -> alias -> actor is the longest chain
        if has_status(obj):
            return obj
        path = getattr(obj, "editorial_anchor", None)
        if path is None:
            return None
        obj = getattr(obj, path, None)
        seen += 1
    return None


def is_live(obj: models.Model | None) -> bool:
    anchor = anchor_of(obj)
    return anchor is not None and anchor.editorial_status == EditorialStatus.PUBLISHED


def can_publish(user, model_or_obj) -> bool:
    """May `user` publish/unpublish this kind of record (or the record governing it)?"""
    target = anchor_of(model_or_obj) if isinstance(model_or_obj, models.Model) else model_or_obj
    if target is None or not has_status(target):
        return False
    model = target if isinstance(target, type) else type(target)
    return bool(user and user.is_active and user.has_perm(publish_perm(model)))


def model_perm(user, action: str, model) -> bool:
    opts = model._meta
    return bool(user and user.is_active and user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}"))


def can_add(user, model, *, parent: models.Model | None = None) -> bool:
    """Adding under a live parent changes published content, which needs publish rights."""
    if not model_perm(user, "add", model):
        return False
    return parent is None or not is_live(parent) or can_publish(user, parent)


def can_change(user, obj: models.Model) -> bool:
    if not model_perm(user, "change", obj):
        return False
    return not is_live(obj) or can_publish(user, obj)


def can_delete(user, obj: models.Model) -> bool:
    if not model_perm(user, "delete", obj):
        return False
    return not is_live(obj) or can_publish(user, obj)


def can_set_status(user, obj: models.Model, status: str) -> bool:
    """Contributors may move a record between draft and in review; only publishers may
    set `published` or take a record out of it."""
    if status == EditorialStatus.PUBLISHED or (obj.pk and is_live(obj)):
        return can_publish(user, obj)
    return True


def can_view_history(user, model) -> bool:
    history = getattr(model, "history", None)
    if history is None:
        return False
    return model_perm(user, "view", history.model)


def sees_drafts(user) -> bool:
    """Editors and contributors (and staff) read unpublished records; everyone else does not."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_staff or user.is_superuser or user.groups.filter(name__in=(EDITORS, CONTRIBUTORS)).exists()
