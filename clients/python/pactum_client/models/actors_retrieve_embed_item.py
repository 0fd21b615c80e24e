from enum import StrEnum


class ActorsRetrieveEmbedItem(StrEnum):
    CLAIMS = "claims"

    def __str__(self) -> str:
        return str(self.value)
