from enum import StrEnum


class ChangesRetrieveResource(StrEnum):
    ACTOR = "actor"
    ACTORRELATION = "actorrelation"
    ARTICLE = "article"
    EVENT = "event"
    EXPERT = "expert"
    PROVISIONTYPE = "provisiontype"
    PUBLICATION = "publication"
    TAKEAWAY = "takeaway"
    TOPIC = "topic"
    TREATY = "treaty"

    def __str__(self) -> str:
        return str(self.value)
