from enum import StrEnum


class TakeawaysExportRetrieveEmbedItem(StrEnum):
    BODY = "body"

    def __str__(self) -> str:
        return str(self.value)
