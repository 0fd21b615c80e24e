"""OpenAPI names for the apps' choice sets, derived from the choice classes themselves.

drf-spectacular names an enum after the field that uses it (`KindEnum`) unless
ENUM_NAME_OVERRIDES names its choice set. Every `models.Choices` subclass defined in the
models module of a project app is named after its class (`ActorKind` -> `ActorKindEnum`),
so declaring a new choice class next to its model is all a new choice field needs.

Settings load before the apps, so this module imports nothing from Django at import time;
the mapping is computed on first use (schema generation), when the app registry is ready.
"""

from collections.abc import Iterator, Mapping
from functools import cached_property
from pathlib import Path


class ChoiceEnumNames(Mapping):
    """`{"<ChoiceClass>Enum": "<app>.models.<ChoiceClass>"}` for the apps under `base_dir`."""

    def __init__(self, base_dir: Path):
        self.base_dir = Path(base_dir).resolve()

    @cached_property
    def names(self) -> dict[str, str]:
        from django.apps import apps
        from django.db.models import Choices

        names: dict[str, str] = {}
        for config in apps.get_app_configs():
            module = config.models_module
            if module is None or Path(config.path).resolve().parent != self.base_dir:
                continue  # third-party and contrib apps name their own enums
            for obj in vars(module).values():
                if isinstance(obj, type) and issubclass(obj, Choices) and obj.__module__ == module.__name__:
                    names[f"{obj.__name__}Enum"] = f"{obj.__module__}.{obj.__qualname__}"
        return names

    def __getitem__(self, key: str) -> str:
        return self.names[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)
