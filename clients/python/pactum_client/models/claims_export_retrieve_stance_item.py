from enum import StrEnum


class ClaimsExportRetrieveStanceItem(StrEnum):
    NEUTRAL = "neutral"
    OPPOSES = "opposes"
    PREDICTS = "predicts"
    SUPPORTS = "supports"
    WARNS = "warns"

    def __str__(self) -> str:
        return str(self.value)
