from enum import StrEnum


class ChangeKindEnum(StrEnum):
    CORRECTED = "corrected"
    CREATED = "created"
    DELETED = "deleted"
    PUBLISHED = "published"
    UNPUBLISHED = "unpublished"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
