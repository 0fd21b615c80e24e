"""Issue 12's research questions, each answered in one call on the seed corpus."""

import pytest

from tests.api_support import identifiers

pytestmark = pytest.mark.usefixtures("seeded")


def test_events_where_both_putin_and_kim_took_part(api_client):
    found = identifiers(api_client, "/api/v1/events/?participant_all=vladimir-putin&participant_all=kim-jong-un")
    assert found == {
        "kim-putin-summit-vladivostok-2019",
        "kim-putin-summit-vostochny-2023",
        "putin-state-visit-dprk-2024",
        "russia-dprk-2024-signing",
    }


def test_events_with_putin_but_without_kim(api_client):
    found = identifiers(api_client, "/api/v1/events/?participant=vladimir-putin&exclude_participant=kim-jong-un")
    assert found == {
        "russian-presidential-election-2024",
        "putin-xi-summit-beijing-2024",
        "russia-dprk-2024-ratification-law-signed",
    }
