"""Reads of the records core keeps for every app: public corrections."""

from django.apps import apps
from django.db import models
from django.db.models import Q, QuerySet

from core.models import Correction, EditorialStatus
from core.permissions import has_status


def correctable_models() -> list:
    """Every model with an editorial status (the ones that are published, and corrected);
    not the history tables, which copy the status column."""
    return [
        model
        for model in apps.get_models()
        if has_status(model) and not hasattr(model, "instance_type") and isinstance(model._meta.pk, models.UUIDField)
    ]


def public_of(model) -> QuerySet:
    """The rows of `model` an anonymous reader sees (its queryset's `public()` when declared)."""
    queryset = model._default_manager.all()
    public = getattr(queryset, "public", None)
    return public() if callable(public) else queryset.filter(editorial_status=EditorialStatus.PUBLISHED)


def correction_list(*, published_only: bool) -> QuerySet[Correction]:
    """Corrections, oldest first; for the public only those of records published now (one
    query: a subquery per kind of record, not a query per correction)."""
    corrections = Correction.objects.select_related("content_type").chronological()
    if not published_only:
        return corrections
    visible = Q(pk__in=[])
    for model in correctable_models():
        # by app label and model name: a join, not a content-type query at build time
        visible |= Q(
            content_type__app_label=model._meta.app_label,
            content_type__model=model._meta.model_name,
            object_id__in=public_of(model).values("pk"),
        )
    return corrections.filter(visible)
