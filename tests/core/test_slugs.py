"""Slugs keep dashes as word separators wherever they are made (ingest, admin prepopulation)."""

import pytest
from django.contrib import admin

from commentary.models import Takeaway
from core.slugs import slug_make


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Russia–North Korea treaty", "russia-north-korea-treaty"),  # en dash
        ("Russia—North Korea", "russia-north-korea"),  # em dash
        ("Kim Jong‑un", "kim-jong-un"),  # non-breaking hyphen
        ("Articles 3–5", "articles-3-5"),
        ("People's Republic", "peoples-republic"),
    ],
)
def test_slug_make_turns_every_dash_into_a_hyphen(text, slug):
    assert slug_make(text) == slug


def test_slug_make_cuts_to_length_without_a_trailing_hyphen():
    assert slug_make("Russia–North Korea", max_length=7) == "russia"


def test_admin_prepopulation_loads_the_dash_fix_after_urlify():
    scripts = [str(js) for js in admin.site._registry[Takeaway].media._js]
    assert scripts.index("core/admin/slug_dashes.js") > scripts.index("admin/js/urlify.js")


@pytest.mark.django_db
def test_an_ingested_title_with_an_en_dash_gets_a_hyphenated_slug():
    from commentary.ingest.parse import document_parse
    from commentary.services import publication_ingest

    text = "# The Russia–North Korea treaty\n\n## A heading\n\nBy Jane Doe\nFellow, Institute\n\nA body sentence.\n"
    report = publication_ingest(document=document_parse(text=text, filename="t.md"), resolve=False)
    assert report.publication == "the-russia-north-korea-treaty"
