from enum import StrEnum


class ArticlesExportRetrieveFormat(StrEnum):
    BIBTEX = "bibtex"
    CSL = "csl"
    CSV = "csv"
    NDJSON = "ndjson"
    RIS = "ris"

    def __str__(self) -> str:
        return str(self.value)
