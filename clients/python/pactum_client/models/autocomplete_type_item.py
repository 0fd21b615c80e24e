from enum import StrEnum


class AutocompleteTypeItem(StrEnum):
    ACTOR = "actor"
    EVENT = "event"
    EXPERT = "expert"
    PROVISION_TYPE = "provision-type"
    PUBLICATION = "publication"
    TOPIC = "topic"
    TREATY = "treaty"

    def __str__(self) -> str:
        return str(self.value)
