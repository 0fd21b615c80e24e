"""The publication date and canonical URL a document states about itself.

HTML says it in markup: `<meta property="article:published_time">` (and its `og:`/`name=`
cousins), JSON-LD `datePublished` and `url`, `<time datetime>`, `<link rel="canonical">`,
`og:url`. Plain text and Markdown say it in a dateline near the top: "Published 2 July
2024", "Asia Desk | 19 June 2024", "SEOUL, July 10, 2024 —", "LIMA, Sept. 14, 2023 --" (any
dash, a double hyphen too; AP month abbreviations; a wire agency in brackets allowed). The
first source found wins, markup before prose; `--date` and `--url` override both.
"""

import datetime
import json
import re

from bs4 import BeautifulSoup

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(_MONTHS) + r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)"
_DATE_FORMS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    re.compile(rf"\b(?P<day>[0-3]?\d)\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d),?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
]
# How far into a text a dateline may sit: the title, a dek and a byline come first at most.
DATELINE_LINES = 8
_META_DATE = [
    {"property": "article:published_time"},
    {"property": "og:published_time"},
    {"name": "article:published_time"},
    {"itemprop": "datePublished"},
    {"name": "date"},
    {"name": "pubdate"},
    {"name": "dc.date"},
]


def date_find(text: str) -> datetime.date | None:
    """The first calendar date written in `text` ("2024-06-20", "2 July 2024", "July 10, 2024")."""
    found = []
    for pattern in _DATE_FORMS:
        if match := pattern.search(text):
            found.append((match.start(), match))
    for _, match in sorted(found, key=lambda f: f[0]):
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS.get(_month_key(parts["month"]))
        try:
            return datetime.date(int(parts["year"]), month or 0, int(parts["day"]))
        except (TypeError, ValueError):
            continue
    return None


def _month_key(word: str) -> str:
    word = word.lower().rstrip(".")
    return next((m for m in _MONTHS if m.startswith(word[:3])), word)


def is_dateline(text: str) -> bool:
    """A short line that is mostly a date: "Published 2 July 2024", "Asia Desk | 19 June 2024"."""
    return len(text) <= 80 and date_find(text) is not None and not text.rstrip().endswith((".", "?", "!"))


def html_meta(text: str) -> tuple[datetime.date | None, str]:
    """(date, canonical URL) from an HTML page's markup."""
    soup = BeautifulSoup(text, "html.parser")
    date, url = None, ""
    for attrs in _META_DATE:
        tag = soup.find("meta", attrs=attrs)
        if tag and (date := date_find(tag.get("content", ""))):
            break
    ld_date, ld_url = _json_ld(soup)
    date = date or ld_date
    if date is None and (tag := soup.find("time", attrs={"datetime": True})):
        date = date_find(tag["datetime"])
    link = soup.find("link", rel=lambda rel: rel and "canonical" in rel)
    og_url = soup.find("meta", attrs={"property": "og:url"})
    url = (link.get("href", "") if link else "") or ld_url or (og_url.get("content", "") if og_url else "")
    return date, url.strip() if url.startswith(("http://", "https://")) else ""


def _json_ld(soup) -> tuple[datetime.date | None, str]:
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue  # a broken block is page furniture; the other sources may still have it
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and item.get("datePublished"):
                return date_find(str(item["datePublished"])), str(item.get("url") or "")
    return None, ""


def text_dateline(lines: list[str]) -> datetime.date | None:
    """A date in the first lines of a text: a dateline of its own, or one opening a paragraph."""
    for line in lines[:DATELINE_LINES]:
        if is_dateline(line):
            return date_find(line)
        # "SEOUL, July 10, 2024 — …", "MOSCOW, 10 February 2020 (Wire) - …", "MOSCOW (Wire), 10 Feb 2020 – …",
        # "LIMA, Sept. 14, 2023 (Wire) -- …": a capitalised place, an agency in brackets on either side
        # of the date, any dash (a typewriter's double hyphen too)
        opening = re.match(
            r"^[A-Z][A-Z .'-]+(?:\s*\([^()]{2,40}\))?,\s+(.{6,30}?)(?:\s*\([^()]{2,40}\))?\s+(?:[—–]|--?)\s", line
        )
        if opening and (date := date_find(opening.group(1))):
            return date
    return None
