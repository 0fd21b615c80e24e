"""Names for the scale corpus: actors (a few real states first, then synthetic ones),
people, think tanks and treaties. Deterministic given the random.Random passed in."""

import random
import string

# The most-mentioned actors are real states, so filters read naturally (?mentions=russia).
REAL_STATES = [
    ("Russian Federation", "Russia", "RUS"),
    ("People's Republic of China", "China", "CHN"),
    ("United States of America", "United States", "USA"),
    ("Democratic People's Republic of Korea", "North Korea", "PRK"),
    ("Ukraine", "Ukraine", "UKR"),
    ("Republic of Korea", "South Korea", "KOR"),
    ("Japan", "Japan", "JPN"),
    ("Islamic Republic of Iran", "Iran", "IRN"),
    ("Republic of India", "India", "IND"),
    ("Federal Republic of Germany", "Germany", "DEU"),
    ("French Republic", "France", "FRA"),
    ("United Kingdom", "United Kingdom", "GBR"),
    ("Republic of Turkey", "Turkey", "TUR"),
    ("State of Israel", "Israel", "ISR"),
    ("Kingdom of Saudi Arabia", "Saudi Arabia", "SAU"),
    ("Islamic Republic of Pakistan", "Pakistan", "PAK"),
    ("Republic of Poland", "Poland", "POL"),
    ("Republic of Belarus", "Belarus", "BLR"),
    ("Federative Republic of Brazil", "Brazil", "BRA"),
    ("Republic of South Africa", "South Africa", "ZAF"),
    ("Socialist Republic of Vietnam", "Vietnam", "VNM"),
    ("Mongolia", "Mongolia", "MNG"),
    ("Republic of Kazakhstan", "Kazakhstan", "KAZ"),
    ("Syrian Arab Republic", "Syria", "SYR"),
    ("Arab Republic of Egypt", "Egypt", "EGY"),
    ("Republic of Indonesia", "Indonesia", "IDN"),
    ("Commonwealth of Australia", "Australia", "AUS"),
    ("Canada", "Canada", "CAN"),
    ("Italian Republic", "Italy", "ITA"),
    ("Kingdom of Spain", "Spain", "ESP"),
]

_ONSETS = [
    "b",
    "br",
    "c",
    "ch",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "k",
    "kr",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "sh",
    "st",
    "t",
    "tr",
    "v",
    "z",
]
_VOWELS = ["a", "e", "i", "o", "u", "ia", "ea", "ou"]
_CODAS = ["", "", "n", "r", "s", "l", "nd", "rt", "sk"]
FIRST_NAMES = [
    "Anna",
    "Boris",
    "Chen",
    "Daria",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ivan",
    "Jana",
    "Kim",
    "Lena",
    "Marco",
    "Nadia",
    "Omar",
    "Petra",
    "Quinn",
    "Rosa",
    "Sergei",
    "Tara",
    "Uma",
    "Victor",
    "Wen",
    "Yusuf",
    "Zara",
    "Alexei",
    "Bianca",
    "Carlos",
    "Dmitri",
    "Emma",
    "Felix",
    "Hana",
    "Igor",
    "Julia",
    "Kenji",
]
ORG_FORMS = [
    "Institute for {x} Studies",
    "Center for {x} Policy",
    "{x} Forum",
    "Council on {x} Affairs",
    "{x} Security Programme",
]
MEDIA_FORMS = ["{x} Times", "{x} Herald", "{x} Review", "{x} Dispatch"]
ORG_FIELDS = [
    "Strategic",
    "International",
    "Security",
    "Regional",
    "Defence",
    "Maritime",
    "Asian",
    "European",
    "Global",
    "Economic",
]


def word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)]
    return "".join(parts).capitalize()


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {word(rng, rng.randint(2, 3))}"


def organisation(rng: random.Random) -> str:
    form = rng.choice(ORG_FORMS)
    return f"{word(rng, 2)} " + form.format(x=rng.choice(ORG_FIELDS))


def media(rng: random.Random) -> str:
    return rng.choice(MEDIA_FORMS).format(x=word(rng, 2))


def iso3_codes(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    codes: list[str] = []
    while len(codes) < n:
        code = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        if code not in taken:
            taken.add(code)
            codes.append(code)
    return codes


class Slugs:
    """Unique slugs: the slugified text, with a numeric suffix on collision."""

    def __init__(self, max_length: int):
        self.max_length = max_length
        self.seen: set[str] = set()

    def __call__(self, text: str) -> str:
        base = "".join(c if c.isalnum() else "-" for c in text.lower())
        base = "-".join(filter(None, base.split("-")))[: self.max_length - 8] or "x"
        slug, n = base, 1
        while slug in self.seen:
            n += 1
            slug = f"{base}-{n}"
        self.seen.add(slug)
        return slug
