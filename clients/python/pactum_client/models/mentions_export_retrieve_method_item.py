from enum import StrEnum


class MentionsExportRetrieveMethodItem(StrEnum):
    AUTO = "auto"
    EDITOR = "editor"

    def __str__(self) -> str:
        return str(self.value)
