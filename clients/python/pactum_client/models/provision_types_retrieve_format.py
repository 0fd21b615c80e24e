from enum import StrEnum


class ProvisionTypesRetrieveFormat(StrEnum):
    CSV = "csv"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
