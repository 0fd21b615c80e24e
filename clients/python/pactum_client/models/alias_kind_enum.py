from enum import StrEnum


class AliasKindEnum(StrEnum):
    ABBREVIATION = "abbreviation"
    COMMON_NAME = "common_name"
    DEMONYM = "demonym"
    FORMER_NAME = "former_name"
    METONYM = "metonym"
    SPELLING = "spelling"

    def __str__(self) -> str:
        return str(self.value)
