"""Slugs made from titles and names.

Django's `slugify` drops every character that is not a word character, space or hyphen, so an
en dash between two words glues them together: "Russia–North Korea" became
`russianorth-korea`. Titles here are full of en dashes (parties, ranges) and em dashes, so
every dash and the Unicode hyphens become a plain hyphen first. The admin's slug
prepopulation (urlify.js) gets the same treatment from `core/admin/slug_dashes.js`.
"""

import re

from django.utils.text import slugify

# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def slug_make(text: str, *, max_length: int | None = None) -> str:
    """A URL slug for `text` in which dashes separate words as hyphens do."""
    slug = slugify(_DASHES.sub("-", text))
    if max_length is not None:
        slug = slug[:max_length].strip("-")
    return slug
