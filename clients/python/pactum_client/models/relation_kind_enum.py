from enum import StrEnum


class RelationKindEnum(StrEnum):
    ALLIANCE = "alliance"
    LEADER_OF = "leader_of"
    MEMBER_OF = "member_of"
    PART_OF = "part_of"
    STRATEGIC_PARTNERSHIP = "strategic_partnership"
    SUCCESSOR_OF = "successor_of"

    def __str__(self) -> str:
        return str(self.value)
