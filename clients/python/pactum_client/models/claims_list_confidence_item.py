from enum import StrEnum


class ClaimsListConfidenceItem(StrEnum):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    UNVERIFIED = "unverified"

    def __str__(self) -> str:
        return str(self.value)
