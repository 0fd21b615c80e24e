from enum import StrEnum


class ActorKindEnum(StrEnum):
    GROUPING = "grouping"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    MEDIA = "media"
    PERSON = "person"
    STATE = "state"
    THINK_TANK = "think_tank"

    def __str__(self) -> str:
        return str(self.value)
