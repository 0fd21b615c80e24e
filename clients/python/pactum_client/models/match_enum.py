from enum import StrEnum


class MatchEnum(StrEnum):
    PREFIX = "prefix"
    SIMILAR = "similar"
    WORD = "word"

    def __str__(self) -> str:
        return str(self.value)
