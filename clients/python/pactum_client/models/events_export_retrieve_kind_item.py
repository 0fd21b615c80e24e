from enum import StrEnum


class EventsExportRetrieveKindItem(StrEnum):
    ELECTION = "election"
    ENTRY_INTO_FORCE = "entry_into_force"
    EXCHANGE_OF_INSTRUMENTS = "exchange_of_instruments"
    MEETING = "meeting"
    RATIFICATION = "ratification"
    SIGNING = "signing"
    STATE_VISIT = "state_visit"
    SUMMIT = "summit"
    VOTE = "vote"

    def __str__(self) -> str:
        return str(self.value)
