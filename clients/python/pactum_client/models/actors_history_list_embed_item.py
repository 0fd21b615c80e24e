from enum import StrEnum


class ActorsHistoryListEmbedItem(StrEnum):
    CLAIMS = "claims"

    def __str__(self) -> str:
        return str(self.value)
