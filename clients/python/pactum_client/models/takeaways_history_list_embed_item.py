from enum import StrEnum


class TakeawaysHistoryListEmbedItem(StrEnum):
    BODY = "body"

    def __str__(self) -> str:
        return str(self.value)
