from enum import StrEnum


class TimelineEntryKindEnum(StrEnum):
    ENDED = "ended"
    EVENT = "event"
    IN_FORCE = "in_force"
    PUBLISHED = "published"
    SIGNED = "signed"

    def __str__(self) -> str:
        return str(self.value)
