"""The document parser on each layout variant (test documents in ingest_docs/, written for the tests)."""

from pathlib import Path

import pytest

from commentary.ingest.load import DocumentError, document_decode, document_read
from commentary.ingest.parse import byline_parse, document_parse, normalize_name

DOCS = Path(__file__).parent / "ingest_docs"


def parse(name: str):
    return document_parse(text=document_read(path=DOCS / name), filename=name)


def test_leading_bylines_text_gives_title_dek_sections_credit_and_drops_boilerplate():
    doc = parse("leading_bylines.txt")
    assert doc.format == "text"
    assert doc.title == "Five Views on the Harbour Accord"
    assert doc.dek.startswith("Analysts at the Lakeside Institute assess")
    assert [s.heading for s in doc.sections] == ["Fishing Rights Move to the Centre", "A Quiet Win for Small States"]
    first, second = doc.sections
    assert [(a.name, a.role) for a in first.authors] == [("Marta Oyelaran", "Senior Fellow, Oceans Program")]
    assert first.image_credit == "Harbour Ministry press office"
    assert len(first.paragraphs) == 2
    assert second.image_credit == ""  # a section without a credit line
    assert second.authors[0].name == "Tomás Ålund-Berg"
    assert second.paragraphs[-1] == "They will use it to press for cleaner shipping lanes."  # boilerplate cut
    assert not any("Stay informed" in p for s in doc.sections for p in s.paragraphs)


def test_markdown_two_and_three_authors_with_per_author_roles():
    doc = parse("several_authors.md")
    assert doc.format == "markdown"
    assert doc.title == "Grain, Gas and the Northern Corridor"
    farmers, energy = doc.sections
    assert farmers.heading == "What the corridor changes for farmers"  # sentence case heading
    assert [a.name for a in farmers.authors] == ["Ines Vasquez", "Olu Mbeki"]
    assert {a.role for a in farmers.authors} == {"Research Associates, Food Security Team"}
    assert farmers.image_credit == "Corridor Authority"
    # a hard-wrapped Markdown paragraph is joined back into one paragraph
    assert farmers.paragraphs[0].endswith("although the money for them is not yet committed.")
    assert [(a.name, a.role) for a in energy.authors] == [
        ("Hana Lindqvist", "Fellow, Energy Program"),
        ("Piotr Zawadzki", "Senior Analyst, Markets Desk"),
        ("Amara Nwosu", "Visiting Scholar"),
    ]
    assert energy.paragraphs[-1].startswith("Prices in the spot market")  # newsletter lines dropped


def test_author_name_as_heading_with_role_line_and_no_topical_heading():
    doc = parse("name_headings.txt")
    assert [s.heading for s in doc.sections] == ["Amaru Quispe", "Léa Fontaine-Dubois"]
    assert doc.sections[0].authors[0].role == "Professor of Public Law, Altiplano University"
    assert doc.sections[0].image_credit == "Commission archive"
    assert doc.sections[1].authors[0].role == "Head of Research, Border Studies Unit"
    assert doc.dek == "Four specialists respond to the commission's findings"


def test_author_line_after_the_body_in_html_drops_navigation_scripts_footer_and_forms():
    doc = parse("trailing_bylines.html")
    assert doc.format == "html"
    assert doc.title == "Notes on the Delta Water Charter"
    water, panel = doc.sections
    assert water.heading == "Sharing the flood season"
    assert [(a.name, a.role) for a in water.authors] == [("Kwame Asante", "Senior Researcher, Water Program")]
    assert water.image_credit == "River Basin Agency"
    assert water.paragraphs[0].startswith("The charter divides water")
    assert panel.heading == "A Dispute Mechanism With Teeth"  # title case heading
    assert panel.authors[0].name == "Sofía Marín"
    assert panel.paragraphs == [
        "Disputes now go to a standing panel of three engineers rather than to ministers.",
        "The panel can order releases within 48 hours.",
    ]
    text = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "tracking" not in text and "Home" not in text and "rights reserved" not in text


def test_author_line_after_the_body_in_text_with_and_without_role_line():
    doc = parse("trailing_bylines.txt")
    assert [s.heading for s in doc.sections] == ["Who Pays for the Clean-Up", "Enforcement without a treaty"]
    assert [(a.name, a.role) for a in doc.sections[0].authors] == [("Ngozi Adeyemi-Clarke", "")]
    assert doc.sections[1].authors[0].role == "Fellow, Space Security Initiative"
    assert doc.sections[1].paragraphs[-1].startswith("That may be enough")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", (["Jane Doe"], "")),
        ("By Ana de la Cruz and Li Wei", (["Ana de la Cruz", "Li Wei"], "")),
        ("By A. B. Smith, C. Jones and D. Brown", (["A. B. Smith", "C. Jones", "D. Brown"], "")),
        ("By Jane Doe, Senior Fellow at the Institute", (["Jane Doe"], "Senior Fellow at the Institute")),
        ("By the end of the year, prices rose.", None),
        ("by 2030 emissions must halve", None),
    ],
)
def test_byline_shapes(line, expected):
    assert byline_parse(line) == expected


def test_normalize_name_ignores_case_diacritics_and_hyphens():
    assert normalize_name("Kim Jong-Un") == normalize_name("kim jong un")
    assert normalize_name("Tomás Ålund-Berg") == "tomas alund berg"


def test_body_text_keeps_inner_spacing_as_written():
    text = "Title\n\nHeading\n\nBy Jane Doe\n\nOne sentence.  Two spaces before this one.\n"
    assert document_parse(text=text).sections[0].paragraphs == ["One sentence.  Two spaces before this one."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Title\n\nCaf\xe9 society\n", "undecodable bytes at offset 10"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data, message):
    with pytest.raises(DocumentError, match=message):
        document_decode(data=data, name="upload.txt")


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(5 * 1024 * 1024 + 1)  # sparse: size without content
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(DocumentError, match="larger than 5 MB"):
        document_read(path=big)


def test_document_without_sections_is_refused():
    text = "A Title\n\nJust some prose without any author lines.\n\nAnother paragraph here.\n"
    with pytest.raises(DocumentError, match="no recognisable sections"):
        document_parse(text=text)


@pytest.mark.parametrize(
    "furniture",
    [
        "*More on this story:* [Harbour talks resume](/a) · [What clause 2 says](/b)",
        "Read more: [The accord at one year](/c)",
        "See also: [Fishing rights explained](/d)",
        "Share: X · Mastodon · Email",
    ],
)
def test_a_related_links_line_after_a_rule_stays_out_of_the_last_body(furniture):
    text = (
        "# Notes on the Harbour Accord\n\n*Published 3 March 2025*\n\nTwo views.\n\n"
        "## The fishing clause\n\nBy Ada Brightwater\nFellow, Fenwick Institute\n\n"
        "The accord opens the northern grounds.\n\n"
        "## The shipping lanes\n\nBy Oskar Vell\nAnalyst, Fenwick Institute\n\n"
        f"Small states gain most from it.\n\n---\n\n{furniture}\n"
    )
    doc = document_parse(text=text, filename="notes.md")
    assert doc.sections[-1].paragraphs == ["Small states gain most from it."]


@pytest.mark.parametrize(
    "note",
    [
        "*Recorded on 2 May and condensed. Related: [The accord at one year](/a) · [Podcast](/b)*",
        "_Corrected on 4 May: an earlier version misdated the vote._\n\n*Further notes: [Harbour](/c)*",
    ],
)
def test_an_emphasised_closing_note_after_the_last_rule_stays_out_of_the_last_body(note):
    text = (
        "# Notes on the Harbour Accord\n\n*Published 3 March 2025*\n\nTwo views.\n\n"
        "## The fishing clause\n\nBy Ada Brightwater\nFellow, Fenwick Institute\n\n"
        "The accord opens the northern grounds.\n\n"
        "## The shipping lanes\n\nBy Oskar Vell\nAnalyst, Fenwick Institute\n\n"
        f"Small states gain most from it.\n\n---\n\n{note}\n"
    )
    doc = document_parse(text=text, filename="notes.md")
    assert doc.sections[-1].paragraphs == ["Small states gain most from it."]


@pytest.mark.parametrize(
    "after_rule",
    [
        "A plain paragraph after the rule is still the writer's.",
        "*Partly emphasised* prose after the rule is still the writer's.",
    ],
)
def test_prose_after_the_last_rule_is_kept(after_rule):
    text = (
        "# Notes on the Harbour Accord\n\n*Published 3 March 2025*\n\nTwo views.\n\n"
        "## The fishing clause\n\nBy Ada Brightwater\nFellow, Fenwick Institute\n\n"
        "The accord opens the northern grounds.\n\n"
        "## The shipping lanes\n\nBy Oskar Vell\nAnalyst, Fenwick Institute\n\n"
        f"Small states gain most from it.\n\n---\n\n{after_rule}\n"
    )
    doc = document_parse(text=text, filename="notes.md")
    assert doc.sections[-1].paragraphs[-1] == after_rule.replace("*", "")


def test_prose_opening_with_see_also_without_a_colon_is_kept():
    text = (
        "# Notes on the Harbour Accord\n\n*Published 3 March 2025*\n\nTwo views.\n\n"
        "## The fishing clause\n\nBy Ada Brightwater\nFellow, Fenwick Institute\n\n"
        "The accord opens the northern grounds.\n\nSee also how the small states voted.\n"
    )
    doc = document_parse(text=text, filename="notes.md")
    assert doc.sections[-1].paragraphs[-1] == "See also how the small states voted."


# --- eighth round -----------------------------------------------------------------------------

_WIRE_BODY = (
    "\n\nTIDES AND TOLLS\nBy Ruth Okonjo\nSenior Fellow, Harbour Institute\n\n"
    "The port fees rose twice this year and the shippers have noticed.\n\n"
    "THE INLAND VIEW\nBy Piet Lindqvist\nAnalyst, Canal Studies Group\n\n"
    "Barges now carry what trucks used to.\n"
)


@pytest.mark.parametrize(
    "banner",
    ["SALT COAST WIRE -- ANALYSIS", "HARBOUR POST | OPINION", "RIVER WIRE: COMMENTARY", "DELTA NEWS — ANALYSIS"],
)
def test_an_all_caps_wire_banner_with_a_section_label_is_not_the_headline(banner):
    doc = document_parse(text=f"{banner}\n\nPort fees and the canal: two views" + _WIRE_BODY, filename="wire.txt")
    assert doc.title == "Port fees and the canal: two views"
    assert [s.heading for s in doc.sections] == ["TIDES AND TOLLS", "THE INLAND VIEW"]


@pytest.mark.parametrize(
    "first, second",
    [
        # an all-caps headline without a section label is the headline
        ("PORT FEES AND THE CANAL", "Two analysts weigh in on the new port fees and what they mean."),
        # a banner followed by a dek (a sentence), not by a headline, stays the title
        ("SALT COAST WIRE -- ANALYSIS", "Two analysts weigh in on the new port fees and what they mean."),
        # a headline in mixed case with a colon is no banner
        ("Port fees: two views", "Two analysts weigh in on the new port fees and what they mean."),
    ],
)
def test_a_first_line_that_is_no_banner_or_has_no_headline_after_it_stays_the_title(first, second):
    doc = document_parse(text=f"{first}\n\n{second}" + _WIRE_BODY, filename="wire.txt")
    assert doc.title == first
