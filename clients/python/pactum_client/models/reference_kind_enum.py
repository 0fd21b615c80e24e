from enum import StrEnum


class ReferenceKindEnum(StrEnum):
    ACTOR = "actor"
    AMBIGUOUS = "ambiguous"
    ARTICLE = "article"
    EXTERNAL = "external"
    TREATY = "treaty"

    def __str__(self) -> str:
        return str(self.value)
