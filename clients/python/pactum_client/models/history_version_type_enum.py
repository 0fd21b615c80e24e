from enum import StrEnum


class HistoryVersionTypeEnum(StrEnum):
    CHANGED = "changed"
    CREATED = "created"
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)
