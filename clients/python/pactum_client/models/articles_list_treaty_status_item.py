from enum import StrEnum


class ArticlesListTreatyStatusItem(StrEnum):
    IN_FORCE = "in_force"
    LAPSED = "lapsed"
    SIGNED = "signed"
    SUPERSEDED = "superseded"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
