from enum import StrEnum


class ActorsListEmbedItem(StrEnum):
    CLAIMS = "claims"

    def __str__(self) -> str:
        return str(self.value)
