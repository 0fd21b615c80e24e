from enum import StrEnum


class ArticlesExportRetrieveTreatyKindItem(StrEnum):
    BILATERAL = "bilateral"
    CHARTER = "charter"
    MULTILATERAL = "multilateral"

    def __str__(self) -> str:
        return str(self.value)
