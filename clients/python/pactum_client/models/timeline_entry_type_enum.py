from enum import StrEnum


class TimelineEntryTypeEnum(StrEnum):
    EVENT = "event"
    PUBLICATION = "publication"
    TREATY = "treaty"

    def __str__(self) -> str:
        return str(self.value)
