from enum import StrEnum


class ArticleLinkKindEnum(StrEnum):
    CITES = "cites"
    ECHOES = "echoes"
    SUPERSEDES = "supersedes"

    def __str__(self) -> str:
        return str(self.value)
