from enum import StrEnum


class ArticlesListEmbedItem(StrEnum):
    CITING_TAKEAWAYS = "citing_takeaways"
    CLAIMS = "claims"

    def __str__(self) -> str:
        return str(self.value)
