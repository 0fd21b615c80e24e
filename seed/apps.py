from django.apps import AppConfig


class SeedConfig(AppConfig):
    """The seed corpus (YAML beside this file) and `manage.py load_seed`.

    It sits above the domain apps: it loads actors, treaties and commentary through
    their services, so none of them has to know about the others' seed data."""

    name = "seed"
    verbose_name = "Seed corpus"
