"""What models declare about themselves instead of central tables: natural keys (used by the
seed loader and the upsert services) and the editorial anchor of records without a status."""

import pytest
from django.apps import apps
from django.contrib.contenttypes.fields import GenericForeignKey
from django.db import models

from core.models import natural_key_fields_of
from core.permissions import has_status

DOMAIN_APPS = ("core", "actors", "treaties", "commentary")


def domain_models():
    """Every concrete model of the domain apps, without simple-history's shadow models."""
    models_ = [m for label in DOMAIN_APPS for m in apps.get_app_config(label).get_models()]
    return [m for m in models_ if not hasattr(m, "instance_type")]


def _unique_field_sets(model) -> set[frozenset[str]]:
    sets = {frozenset([f.name]) for f in model._meta.concrete_fields if f.unique and not f.primary_key}
    sets |= {frozenset(c.fields) for c in model._meta.constraints if isinstance(c, models.UniqueConstraint)}
    if isinstance(model._meta.pk, models.CompositePrimaryKey):  # the primary key is the natural key
        sets.add(frozenset(field.name for field in model._meta.pk_fields))
    return sets


@pytest.mark.parametrize("model", domain_models(), ids=lambda m: m._meta.label)
def test_every_domain_model_declares_a_natural_key_the_database_enforces(model):
    fields = natural_key_fields_of(model)
    for name in fields:
        model._meta.get_field(name)
    uniques = _unique_field_sets(model)
    # Citations are unique per (span, article) or (span, treaty) by two partial constraints;
    # their natural key names all of those fields.
    assert any(u <= set(fields) for u in uniques), f"{model._meta.label}: {fields} is not unique"


@pytest.mark.parametrize("model", domain_models(), ids=lambda m: m._meta.label)
def test_editorial_anchor_names_a_relation(model):
    anchor = getattr(model, "editorial_anchor", None)
    if has_status(model):
        assert anchor is None, f"{model._meta.label} has its own status; it needs no anchor"
        return
    if anchor is None:
        return  # reference data (provision types, topics, relations) is never "live"
    field = model._meta.get_field(anchor)
    assert isinstance(field, GenericForeignKey) or field.many_to_one, f"{model._meta.label}.{anchor}"


def test_a_model_without_a_natural_key_is_refused():
    with pytest.raises(TypeError, match="declares no natural_key_fields"):
        natural_key_fields_of(apps.get_model("search", "SearchDocument"))
