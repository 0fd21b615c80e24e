"""A small hand-made catalogue for resolver tests: pure data, no database."""

import datetime

from treaties.resolver import ActorEntry, ActorName, ArticleEntry, Catalogue, TreatyEntry


def _articles(treaty_id: str, numbers: list[str]) -> list[ArticleEntry]:
    return [ArticleEntry(f"{treaty_id}:{n}", treaty_id, n, i) for i, n in enumerate(numbers, start=1)]


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def make_catalogue() -> Catalogue:
    actors = [
        ActorEntry("russia", "russia", "Russian Federation", "state"),
        ActorEntry("north-korea", "north-korea", "Democratic People's Republic of Korea", "state"),
        ActorEntry("south-korea", "south-korea", "Republic of Korea", "state"),
        ActorEntry("korea-peninsula", "korea", "Korea", "grouping"),
        ActorEntry("china", "china", "People's Republic of China", "state"),
        ActorEntry("united-states", "united-states", "United States of America", "state"),
        ActorEntry("soviet-union", "soviet-union", "Union of Soviet Socialist Republics", "state",
                   active_until=datetime.date(1991, 12, 26)),
        ActorEntry("united-nations", "united-nations", "United Nations", "international_organization"),
        ActorEntry("nato", "nato", "North Atlantic Treaty Organization", "international_organization"),
        ActorEntry("japan", "japan", "Japan", "state"),
        ActorEntry("putin", "vladimir-putin", "Vladimir Putin", "person"),
        ActorEntry("kim-jong-un", "kim-jong-un", "Kim Jong Un", "person"),
        ActorEntry("kim-il-sung", "kim-il-sung", "Kim Il Sung", "person"),
    ]  # fmt: skip
    names = [
        ActorName("Russian Federation", "russia"),
        ActorName("Russia", "russia", "common_name"),
        ActorName("Russian", "russia", "demonym"),
        ActorName("Moscow", "russia", "metonym"),
        ActorName("Kremlin", "russia", "metonym"),
        ActorName("Democratic People's Republic of Korea", "north-korea"),
        ActorName("North Korea", "north-korea", "common_name"),
        ActorName("DPRK", "north-korea", "abbreviation"),
        ActorName("North Korean", "north-korea", "demonym"),
        ActorName("Pyongyang", "north-korea", "metonym"),
        ActorName("Republic of Korea", "south-korea"),
        ActorName("South Korea", "south-korea", "common_name"),
        ActorName("ROK", "south-korea", "abbreviation"),
        ActorName("Korea", "korea-peninsula", "common_name"),
        ActorName("China", "china", "common_name"),
        ActorName("Chinese", "china", "demonym"),
        ActorName("Beijing", "china", "metonym"),
        ActorName("United States", "united-states", "common_name"),
        ActorName("US", "united-states", "abbreviation"),
        ActorName("American", "united-states", "demonym"),
        ActorName("Soviet Union", "soviet-union", "common_name"),
        ActorName("USSR", "soviet-union", "abbreviation"),
        ActorName("Soviet", "soviet-union", "demonym"),
        ActorName("Moscow", "soviet-union", "metonym"),
        ActorName("United Nations", "united-nations"),
        ActorName("NATO", "nato", "abbreviation"),
        ActorName("Japan", "japan"),
        ActorName("Washington", "united-states", "metonym"),
        ActorName("Sino", "china", "demonym"),
        ActorName("UN", "united-nations", "abbreviation"),
        ActorName("Vladimir Putin", "putin"),
        ActorName("Putin", "putin", "common_name"),
        ActorName("Kim Jong Un", "kim-jong-un"),
        ActorName("Kim Jong-un", "kim-jong-un", "spelling", case_sensitive=False),
        ActorName("Kim Il Sung", "kim-il-sung"),
        ActorName("Kim Il-sung", "kim-il-sung", "spelling", case_sensitive=False),
    ]
    treaties = [
        TreatyEntry(
            "t2024",
            "russia-dprk-2024",
            "Treaty on Comprehensive Strategic Partnership between the Democratic People's Republic of Korea "
            "and the Russian Federation",
            "Treaty on Comprehensive Strategic Partnership",
            datetime.date(2024, 6, 19),
            frozenset({"russia", "north-korea"}),
            frozenset({"putin", "kim-jong-un"}),
            _articles("t2024", [str(n) for n in range(1, 24)]),
            signed_at="Pyongyang, Kumsusan State Guest House",
        ),
        TreatyEntry(
            "t2000",
            "russia-dprk-2000",
            "Treaty of Friendship, Good-Neighbourliness and Cooperation",
            "",
            datetime.date(2000, 2, 9),
            frozenset({"russia", "north-korea"}),
            articles=_articles("t2000", [str(n) for n in range(1, 13)]),
            signed_at="Pyongyang",
        ),
        TreatyEntry(
            "t1961",
            "ussr-dprk-1961",
            "Treaty of Friendship, Co-operation and Mutual Assistance",
            "",
            datetime.date(1961, 7, 6),
            frozenset({"soviet-union", "north-korea"}),
            articles=_articles("t1961", [str(n) for n in range(1, 7)]),
            signed_at="Moscow",
        ),
        TreatyEntry(
            "tcn1961",
            "china-dprk-1961",
            "Sino-Korean Treaty of Friendship, Cooperation and Mutual Assistance",
            "",
            datetime.date(1961, 7, 11),
            frozenset({"china", "north-korea"}),
            articles=_articles("tcn1961", ROMAN),
            signed_at="Beijing",
        ),
        TreatyEntry(
            "tun",
            "un-charter",
            "Charter of the United Nations",
            "UN Charter",
            datetime.date(1945, 6, 26),
            frozenset({"russia", "china", "united-states"}),
            articles=[ArticleEntry("tun:51", "tun", "51", 51)],
            signed_at="San Francisco",
        ),
    ]
    return Catalogue(treaties=treaties, actors=actors, names=names)
