"""Layouts without a byline per section: contents list, survey, live blog; dates and URLs
read from the document; an unrecognised layout is refused with what was found."""

import datetime
from pathlib import Path

import pytest

from commentary.ingest.load import DocumentError, document_read
from commentary.ingest.meta import date_find, html_meta, text_dateline
from commentary.ingest.parse import document_parse

DOCS = Path(__file__).parent / "ingest_docs"


def parse(name: str):
    return document_parse(text=document_read(path=DOCS / name), filename=name)


def test_contents_list_layout_takes_authors_from_contents_and_roles_from_closing_bios():
    doc = parse("contents_list.txt")
    assert doc.title == "Reactions: the river basin accord, one week on"
    assert doc.dek.startswith("The basin states signed")  # the dateline is not the dek
    assert doc.published_on == datetime.date(2023, 3, 14)
    first, second = doc.sections
    assert first.heading == "The allocation formula is fairer than it looks"
    assert [(a.name, a.role) for a in first.authors] == [("Nadia Okonkwo", "senior fellow at the Delta Policy Centre")]
    assert first.paragraphs[-1] == "The formula will be reviewed every five years."  # the bio is not body
    assert [(a.name, a.role) for a in second.authors] == [
        ("Rui Takahashi", "visiting scholar at the Delta Policy Centre and a former hydrologist")
    ]
    assert second.body == "Nothing in the text says who cuts first when the river falls below the historic minimum."


def test_survey_layout_in_html_reads_trailing_attributions_and_strips_quotes_and_furniture():
    doc = parse("survey.html")
    assert [s.heading for s in doc.sections] == ["Shipping", "Shipping", "Security"]
    assert [(a.name, a.role) for s in doc.sections for a in s.authors] == [
        ("Elif Demir", "senior analyst, Bosporus Maritime Institute"),
        ("Marco Bellini", "professor of logistics, University of Genoa"),
        ("Sarah Whitfield", "director, Maritime Security Program, Harbour Forum"),
    ]
    assert doc.sections[0].body == "Insurers have already answered: premiums doubled in a month."
    assert doc.dek == "We put one question to specialists in shipping and security."
    assert not any("Share" in p or "Black Sea" in p for s in doc.sections for p in s.paragraphs)
    assert (doc.published_on, doc.url) == (
        datetime.date(2023, 9, 1),
        "https://example.org/ask-the-experts/grain-corridor",
    )


def test_live_blog_layout_reads_author_from_timestamp_heading_or_first_line():
    doc = parse("live_blog.md")
    assert [s.heading for s in doc.sections] == ["23:15", "21:40 BST"]
    assert [(a.name, a.role) for s in doc.sections for a in s.authors] == [
        ("Jonas Eriksen", ""),
        ("Amara Osei", "Regional editor"),
    ]
    assert doc.sections[1].body == "Polls have closed. Counting starts in the coastal districts first."
    assert doc.published_on == datetime.date(2022, 5, 4)


@pytest.mark.parametrize(
    "html, date, url",
    [
        ('<meta property="article:published_time" content="2024-06-20T14:30:00+00:00">', "2024-06-20", ""),
        ('<script type="application/ld+json">{"datePublished": "2024-07-15", "url": "https://a.example/x"}</script>',
         "2024-07-15", "https://a.example/x"),
        ('<time datetime="2021-02-03">3 Feb</time><link rel="canonical" href="https://b.example/y">',
         "2021-02-03", "https://b.example/y"),
        ('<script type="application/ld+json">{broken</script><p>no date</p>', None, ""),
    ],
)  # fmt: skip
def test_html_meta_reads_date_and_canonical_url(html, date, url):
    found = html_meta(f"<html><head>{html}</head><body></body></html>")
    assert (str(found[0]) if found[0] else None, found[1]) == (date, url)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["Title", "Published November 5, 2024"], datetime.date(2024, 11, 5)),
        (["Title", "Asia Desk | 19 June 2024"], datetime.date(2024, 6, 19)),
        (["Title", "SEOUL, July 10, 2024 — As leaders gather, three writers weigh in."], datetime.date(2024, 7, 10)),
        (["Title", "In 1961 two treaties were signed, and on 6 July 1961 one of them in Moscow."], None),
        # any dash, and a wire agency in brackets on either side of the date
        (["Title", "LIMA, 4 April 2021 - Ministers met late into the night."], datetime.date(2021, 4, 4)),
        (["Title", "OSLO, 9 May 2018 (Fjord Wire) – Two readers reply."], datetime.date(2018, 5, 9)),
        (["Title", "NAIROBI (Rift Press), June 3, 2022 - The talks resumed."], datetime.date(2022, 6, 3)),
        (["Title", "LIMA (Rift Press) - The talks resumed on a date nobody gave."], None),
        # eighth round: AP month abbreviations, with or without the full stop, and a double hyphen
        (
            ["Title", "OSLO, Sept. 14, 2023 (Fjord Wire) -- Ministers met late into the night, again."],
            datetime.date(2023, 9, 14),
        ),
        (
            ["Title", "LIMA, Jan. 5, 2021 -- The talks resumed after a long break in the capital city."],
            datetime.date(2021, 1, 5),
        ),
        (
            ["Title", "NAIROBI, Aug 3, 2022 - The talks resumed after a long break in the capital city."],
            datetime.date(2022, 8, 3),
        ),
        (
            ["Title", "QUITO (Andes Wire), Feb. 28, 2019 -- The talks resumed after a long break."],
            datetime.date(2019, 2, 28),
        ),
        (
            ["Title", "SUVA, Oct. 1, 2020 — " + "The talks resumed after a long break in the capital city." * 2],
            datetime.date(2020, 10, 1),
        ),
        (["Title", "ACCRA, Nov. 9, 2017 – " + "x" * 90], datetime.date(2017, 11, 9)),
        (["Title", "HANOI, Dec. 24, 2016 -- " + "x" * 90], datetime.date(2016, 12, 24)),
        (["Title", "LIMA, Jan. 5 -- The year is not given, so there is no date to read here at all."], None),
    ],
)
def test_text_dateline_is_a_short_date_line_or_a_paragraph_opening_dateline(lines, expected):
    assert text_dateline(lines) == expected


def test_date_find_rejects_impossible_dates():
    assert date_find("31 February 2024") is None


def test_unrecognised_layout_says_what_was_found_and_what_was_expected():
    text = "A Title\n\nWhat we found\n\nA paragraph of text that ends like a sentence.\n\nJane Doe\n"
    with pytest.raises(DocumentError) as error:
        document_parse(text=text, filename="odd.txt")
    message = str(error.value)
    assert "headings found: ['What we found', 'Jane Doe']" in message
    assert "candidate author lines: ['Jane Doe']" in message
    assert "'- Name, title, institution'" in message and "'By Jane Doe'" in message


def test_interview_layout_makes_each_question_a_section_of_the_expert_the_standfirst_introduces():
    doc = parse("interview.md")
    assert doc.title == '"Water will decide it": a conversation on the basin accord'
    assert doc.published_on == datetime.date(2024, 4, 9)
    assert [s.heading for s in doc.sections] == ["Who gains most from the accord?", "What happens in a drought?"]
    # the interviewer's byline is not an expert; the role is the bio's first sentence only
    assert {(a.name, a.role) for s in doc.sections for a in s.authors} == {
        ("Tomasz Reyes", "senior hydrologist at the Upland Water Institute")
    }
    assert doc.sections[0].paragraphs == [
        "The downstream states, at least for the first decade. The allocation table favours them in dry years.",
        "The upstream states accepted that in exchange for the dam finance.",
    ]
    # the "edited for length" note and the share line are furniture, not the answer
    assert doc.sections[1].body == "Nobody knows yet. The review clause only starts after five years."


def test_interview_layout_in_html_reads_q_dot_questions_and_answers_without_a_marker():
    doc = parse("interview.html")
    assert doc.published_on == datetime.date(2024, 5, 2)
    assert [s.heading for s in doc.sections] == [
        "Was the ruling a surprise?",
        "Will the parties comply?",
        "What comes next?",
    ]
    assert [a.name for s in doc.sections for a in s.authors] == ["Amina Diallo"] * 3
    assert [s.body for s in doc.sections] == [
        "Not to lawyers. The tribunal followed its own earlier reasoning.",
        "One will, slowly.",
        "Talks on the fishing zones, probably in autumn.",
    ]


def test_questions_without_a_named_interviewee_are_not_an_interview():
    text = "An exchange\n\nQ: Is it late?\n\nA: Yes.\n\nQ: Why?\n\nA: Traffic.\n"
    with pytest.raises(DocumentError) as error:
        document_parse(text=text, filename="exchange.txt")
    assert "'Q: …?' questions" in str(error.value)


# --- eighth round -----------------------------------------------------------------------------


@pytest.mark.parametrize("q, a", [("Q.", "A."), ("Q -", "A -"), ("Q:", "A:")])
def test_interview_with_full_stop_or_dash_labels_and_a_bio_without_article(q, a):
    text = (
        "Ferries after the strike\n\n"
        "Ines Okafor-Brandt is professor of maritime law at Dunmore College. Lee Park asked her about the ferries.\n\n"
        f"**{q} Will the ferries run again?**\n\n{a} Within a month, on the short routes.\n\n"
        f"**{q} Who pays for the repairs?**\n\n{a} The port authority, under its old charter.\n"
    )
    doc = document_parse(text=text, filename="ferries.md")
    assert [s.heading for s in doc.sections] == ["Will the ferries run again?", "Who pays for the repairs?"]
    assert {(x.name, x.role) for s in doc.sections for x in s.authors} == {
        ("Ines Okafor-Brandt", "professor of maritime law at Dunmore College")
    }
    assert [s.body for s in doc.sections] == [
        "Within a month, on the short routes.",
        "The port authority, under its old charter.",
    ]


def test_a_bio_without_article_needs_a_role_noun():
    text = (
        "Ferries after the strike\n\nInes Okafor-Brandt is ready to sail. Lee Park asked her.\n\n"
        "**Q. Will the ferries run again?**\n\nA. Soon.\n\n**Q. Who pays?**\n\nA. The port.\n"
    )
    with pytest.raises(DocumentError):
        document_parse(text=text, filename="ferries.md")
