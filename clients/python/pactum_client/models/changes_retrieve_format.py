from enum import StrEnum


class ChangesRetrieveFormat(StrEnum):
    ATOM = "atom"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
