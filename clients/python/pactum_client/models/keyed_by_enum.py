from enum import StrEnum


class KeyedByEnum(StrEnum):
    ADDRESS = "address"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
