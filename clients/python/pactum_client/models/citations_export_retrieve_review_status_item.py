from enum import StrEnum


class CitationsExportRetrieveReviewStatusItem(StrEnum):
    CONFIRMED = "confirmed"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
