from enum import StrEnum


class TakeawaysListFormat(StrEnum):
    BIBTEX = "bibtex"
    CSL = "csl"
    CSV = "csv"
    JSON = "json"
    RIS = "ris"

    def __str__(self) -> str:
        return str(self.value)
