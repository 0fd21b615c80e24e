from enum import StrEnum


class MentionsListMethodItem(StrEnum):
    AUTO = "auto"
    EDITOR = "editor"

    def __str__(self) -> str:
        return str(self.value)
