from enum import StrEnum


class TreatyKindEnum(StrEnum):
    BILATERAL = "bilateral"
    CHARTER = "charter"
    MULTILATERAL = "multilateral"

    def __str__(self) -> str:
        return str(self.value)
