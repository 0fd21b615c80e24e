from enum import StrEnum


class PublicationKindEnum(StrEnum):
    COMMENTARY = "commentary"
    REPORT = "report"
    TAKEAWAYS = "takeaways"

    def __str__(self) -> str:
        return str(self.value)
