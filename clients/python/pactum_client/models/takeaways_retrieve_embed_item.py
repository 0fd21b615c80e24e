from enum import StrEnum


class TakeawaysRetrieveEmbedItem(StrEnum):
    BODY = "body"

    def __str__(self) -> str:
        return str(self.value)
