"""Issue 12's research questions, each answered in one call on the seed corpus."""

import json

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


def _groups(api_client, path):
    response = api_client.get(path)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["results"] == []
    return {tuple(group["key"]): (tuple(group["key_display_name"]), group["count"]) for group in body["groups"]}


def test_how_often_each_expert_mentions_each_actor(api_client):
    groups = _groups(api_client, "/api/v1/mentions/?group_by=expert,actor&group_limit=500")
    # every (expert, actor) pair, checked against the mentions collection itself
    expected: dict = {}
    for expert in identifiers(api_client, "/api/v1/experts/"):
        for mention in api_client.get(f"/api/v1/mentions/?expert={expert}&page_size=200").json()["results"]:
            pair = (expert, mention["actor"]["slug"])
            expected[pair] = expected.get(pair, 0) + 1
    assert {pair: count for pair, (_names, count) in groups.items()} == expected
    assert groups[("yun-sun", "china")][0] == ("Yun Sun", "People's Republic of China")


def test_military_assistance_provisions_across_dprk_treaties_with_their_commentary(api_client):
    response = api_client.get(
        "/api/v1/articles/?party=north-korea&provision_type=mutual-defense&embed=citing_takeaways&page_size=200"
    )
    rows = {(a["treaty"]["slug"], a["number"]): a for a in response.json()["results"]}
    assert set(rows) == {("russia-dprk-2024", "4"), ("ussr-dprk-1961", "1"), ("china-dprk-1961", "II")}
    cited = {key: {t["slug"] for t in row["citing_takeaways"]} for key, row in rows.items()}
    assert cited == {
        ("russia-dprk-2024", "4"): {"cooperation-and-conflict-for-russia-and-north-korea"},
        ("ussr-dprk-1961", "1"): {"cooperation-and-conflict-for-russia-and-north-korea"},
        ("china-dprk-1961", "II"): set(),
    }
    takeaway = rows[("russia-dprk-2024", "4")]["citing_takeaways"][0]
    assert [a["expert"]["slug"] for a in takeaway["authors"]] and takeaway["publication"]["published_on"]


def test_which_experts_discussed_japan_and_what_they_said(api_client):
    rows = api_client.get("/api/v1/mentions/?actor=japan&page_size=200").json()["results"]
    said = {}
    for row in rows:
        assert row["quote"] in row["sentence"]
        for author in row["authors"]:
            said.setdefault(author["expert"]["slug"], []).append(row["sentence"])
    assert {expert: len(sentences) for expert, sentences in said.items()} == {
        "jenny-town": 1,
        "yun-sun": 1,
        "yuki-tatsumi": 10,
        "vladimir-ivanov": 2,
    }
    assert any(
        s.endswith(
            "trilateral security cooperation with Japan, and for Seoul to continue building ties to "
            "NATO and European states, as Transatlantic and Indo-Pacific security become more intimately "
            "intertwined."
        )
        for s in said["jenny-town"]
    )


def test_takeaways_export_in_bulk_with_their_text(api_client):
    response = api_client.get("/api/v1/takeaways/export/?embed=body")
    lines = [line for line in b"".join(response.streaming_content).decode().splitlines() if line]
    *rows, trailer = [json.loads(line) for line in lines]
    assert len(rows) == 5 and trailer == {"_trailer": {"rows": 5, "complete": True}}
    assert all(row["body"] and row["authors"] for row in rows)
