from enum import StrEnum


class ReferenceKindEnum(StrEnum):
    ACTOR = "actor"
    ARTICLE = "article"
    TREATY = "treaty"

    def __str__(self) -> str:
        return str(self.value)
