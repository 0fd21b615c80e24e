from enum import StrEnum


class StanceEnum(StrEnum):
    NEUTRAL = "neutral"
    OPPOSES = "opposes"
    PREDICTS = "predicts"
    SUPPORTS = "supports"
    WARNS = "warns"

    def __str__(self) -> str:
        return str(self.value)
