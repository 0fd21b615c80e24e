from enum import StrEnum


class NetworkActorsFormat(StrEnum):
    GRAPHML = "graphml"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
