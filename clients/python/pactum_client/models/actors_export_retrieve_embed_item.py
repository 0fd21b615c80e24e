from enum import StrEnum


class ActorsExportRetrieveEmbedItem(StrEnum):
    CLAIMS = "claims"

    def __str__(self) -> str:
        return str(self.value)
