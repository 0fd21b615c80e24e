from enum import StrEnum


class SearchTypeItem(StrEnum):
    ACTOR = "actor"
    ARTICLE = "article"
    EXPERT = "expert"
    TAKEAWAY = "takeaway"
    TREATY = "treaty"

    def __str__(self) -> str:
        return str(self.value)
