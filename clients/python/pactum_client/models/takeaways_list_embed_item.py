from enum import StrEnum


class TakeawaysListEmbedItem(StrEnum):
    BODY = "body"

    def __str__(self) -> str:
        return str(self.value)
