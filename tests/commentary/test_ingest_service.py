"""Ingest into the database: creation, matching, idempotency, editor edits, dry run, atomicity."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from commentary.ingest import service
from commentary.ingest.parse import document_parse
from commentary.models import Expert, Publication, Takeaway, TakeawayAuthor
from commentary.services import publication_ingest
from core.models import EditorialStatus
from tests.actors.factories import ActorFactory
from tests.commentary.factories import ExpertFactory

pytestmark = pytest.mark.django_db
DOCS = Path(__file__).parent / "ingest_docs"


def doc(name="leading_bylines.txt", replace=None):
    text = (DOCS / name).read_text()
    for old, new in (replace or {}).items():
        assert old in text
        text = text.replace(old, new)
    return document_parse(text=text, filename=name)


def test_ingest_creates_publication_experts_takeaways_with_roles_per_takeaway():
    report = publication_ingest(document=doc("several_authors.md"))
    publication = Publication.objects.get()
    assert publication.title == "Grain, Gas and the Northern Corridor"
    assert publication.dek == "Three teams of researchers look at the corridor deal from different angles."
    assert publication.editorial_status == EditorialStatus.DRAFT
    takeaways = list(publication.takeaways.order_by("position"))
    assert [t.heading for t in takeaways] == [
        "What the corridor changes for farmers",
        "Energy traders see a second route",
    ]
    assert takeaways[0].image_credit == "Corridor Authority"
    assert takeaways[0].body.split("\n\n")[1] == "Exporters remain cautious."
    roles = list(takeaways[1].authorships.order_by("position").values_list("expert__name", "role"))
    assert roles == [
        ("Hana Lindqvist", "Fellow, Energy Program"),
        ("Piotr Zawadzki", "Senior Analyst, Markets Desk"),
        ("Amara Nwosu", "Visiting Scholar"),
    ]
    assert report.sections == 2
    assert len(report.experts_created) == 5
    assert report.takeaways_created == 2
    assert report.summary == "8 created, 0 updated"


def test_experts_are_matched_by_name_or_alias_ignoring_case_diacritics_and_hyphens():
    existing = ExpertFactory(name="Tomas Alund Berg", aliases=[])
    by_alias = ExpertFactory(name="M. Oyelaran", aliases=["marta oyelaran"])
    report = publication_ingest(document=doc())
    assert Expert.objects.count() == 2
    assert set(TakeawayAuthor.objects.values_list("expert_id", flat=True)) == {existing.pk, by_alias.pk}
    assert sorted(report.experts_matched) == ["M. Oyelaran", "Tomas Alund Berg"]
    assert report.experts_created == []
    # the role line is kept on the authorship, not written over the expert's current role
    assert TakeawayAuthor.objects.get(expert=existing).role == "Director, Small States Project"
    existing.refresh_from_db()
    assert existing.role == "Senior Fellow"


def test_same_document_twice_is_a_no_op_without_history():
    publication_ingest(document=doc())
    history = Takeaway.history.count() + Publication.history.count() + Expert.history.count()
    versions = list(Takeaway.objects.order_by("position").values_list("version", flat=True))
    report = publication_ingest(document=doc())
    assert report.summary == "0 created, 0 updated"
    assert report.changes == []
    assert Takeaway.history.count() + Publication.history.count() + Expert.history.count() == history
    assert list(Takeaway.objects.order_by("position").values_list("version", flat=True)) == versions


def test_changed_document_updates_only_what_changed_and_leaves_history():
    publication_ingest(document=doc())
    first, second = Takeaway.objects.order_by("position")
    changed = doc(replace={"They will use it to press": "They intend to use it to press"})
    report = publication_ingest(document=changed)
    assert report.summary == "0 created, 1 updated"
    assert report.takeaways_updated == 1
    second.refresh_from_db()
    assert "They intend to use it" in second.body
    assert second.history.count() == 2
    assert second.history.first().body == second.body  # newest history row holds the new text
    first.refresh_from_db()
    assert first.history.count() == 1 and first.version == 1


def test_text_an_editor_edited_is_never_overwritten():
    publication_ingest(document=doc())
    takeaway = Takeaway.objects.get(position=2)
    takeaway.body = "An editor rewrote this body."
    takeaway.save()
    changed = doc(replace={"They will use it to press": "They intend to use it to press", "A Quiet Win": "A Big Win"})
    report = publication_ingest(document=changed)
    takeaway.refresh_from_db()
    assert takeaway.body == "An editor rewrote this body."
    assert takeaway.heading == "A Big Win for Small States"  # untouched by the editor: follows the document
    assert report.kept_editor_edits == ["takeaway 2 'A Big Win for Small States': body"]


def test_text_loaded_by_someone_else_is_not_overwritten_either():
    publication_ingest(document=doc())
    Takeaway.objects.filter(position=1).update(ingest_fingerprint={})  # as if loaded by the seed or typed in
    publication_ingest(document=doc(replace={"Neither navy": "No navy"}))
    assert "Neither navy" in Takeaway.objects.get(position=1).body


def test_dry_run_reports_changes_and_writes_nothing():
    report = publication_ingest(document=doc(), dry_run=True)
    assert report.summary == "5 would be created, 0 would be updated"
    assert "create publication 'Five Views on the Harbour Accord'" in report.changes
    assert "create expert 'Marta Oyelaran'" in report.changes
    assert Publication.objects.count() == Expert.objects.count() == Takeaway.objects.count() == 0
    assert Takeaway.history.count() == 0


def test_a_failure_midway_leaves_the_database_as_it_was(monkeypatch):
    original = service._takeaway_sync
    calls = []

    def fail_on_second(**kwargs):
        calls.append(kwargs["position"])
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return original(**kwargs)

    monkeypatch.setattr(service, "_takeaway_sync", fail_on_second)
    with pytest.raises(RuntimeError, match="disk on fire"):
        publication_ingest(document=doc())
    assert calls == [1, 2]
    assert Publication.objects.count() == Expert.objects.count() == Takeaway.objects.count() == 0


def test_publish_flag_publishes_publication_takeaways_and_new_experts():
    publication_ingest(document=doc(), publish=True)
    assert set(Publication.objects.values_list("editorial_status", flat=True)) == {"published"}
    assert set(Takeaway.objects.values_list("editorial_status", flat=True)) == {"published"}
    assert set(Expert.objects.values_list("editorial_status", flat=True)) == {"published"}
    assert Publication.objects.get().published_at is not None


def test_publisher_and_url_are_set_and_url_identifies_the_publication_again():
    publisher = ActorFactory(slug="lakeside-institute")
    publication_ingest(document=doc(), publisher="lakeside-institute", url="https://example.org/harbour")
    publication = Publication.objects.get()
    assert (publication.publisher, publication.url) == (publisher, "https://example.org/harbour")
    renamed = doc(replace={"Five Views on the Harbour Accord": "Five Views on the Valletta Accord"})
    publication_ingest(document=renamed, url="https://example.org/harbour")
    assert Publication.objects.get().title == "Five Views on the Valletta Accord"


# --- the command ----------------------------------------------------------------------


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("ingest", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_command_ingests_several_files_and_prints_a_summary_table():
    out, _ = run(DOCS / "leading_bylines.txt", DOCS / "trailing_bylines.html")
    assert Publication.objects.count() == 2
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("file"))
    assert "sections" in header and "experts new/matched" in header and "takeaways new/updated" in header
    table = lines[lines.index(header) + 2 :]
    row = next(line for line in table if line.startswith(str(DOCS / "trailing_bylines.html")))
    assert row.split()[1:4] == ["2", "2/0", "2/0"]
    out, _ = run(DOCS / "leading_bylines.txt")
    assert "0 created, 0 updated" in out


def test_command_dry_run_prints_the_plan_and_writes_nothing():
    out, _ = run(DOCS / "name_headings.txt", "--dry-run")
    assert "DRY RUN" in out and "create expert 'Amaru Quispe'" in out
    assert Publication.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02PK\x03\x04", "binary"),
        (b"Title\n\nBy Jane Doe\n\n\xff\xfe bad bytes.\n", "undecodable"),
        (b"Title\n\nJust prose without any author line.\n", "no recognisable sections"),
    ],
)
def test_command_refuses_bad_input_and_writes_nothing(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(DOCS / "leading_bylines.txt", bad)  # the good file before it is not written either
    assert Publication.objects.count() == Expert.objects.count() == 0


def test_command_refuses_a_file_over_5_mb(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(5 * 1024 * 1024 + 1)
    with pytest.raises(CommandError, match="larger than 5 MB"):
        run(big)


def test_command_refuses_an_unknown_publisher():
    with pytest.raises(CommandError, match="unknown publisher 'nobody'"):
        run(DOCS / "leading_bylines.txt", "--publisher", "nobody")
    assert Publication.objects.count() == 0


def test_date_and_url_stated_by_the_document_are_stored_and_options_override_them():
    publication_ingest(document=doc("survey.html"))
    publication = Publication.objects.get()
    assert (str(publication.published_on), publication.url) == (
        "2023-09-01",
        "https://example.org/ask-the-experts/grain-corridor",
    )
    publication_ingest(document=doc("survey.html"), date=datetime.date(2023, 9, 2), url="https://example.org/other")
    publication.refresh_from_db()
    assert (str(publication.published_on), publication.url) == ("2023-09-02", "https://example.org/other")


def test_command_date_option_is_stored_and_a_bad_date_is_refused(tmp_path):
    out, _ = run(DOCS / "contents_list.txt", "--date", "2023-03-15")
    assert str(Publication.objects.get().published_on) == "2023-03-15"
    with pytest.raises(CommandError, match="not a date"):
        run(DOCS / "contents_list.txt", "--date", "15/03/2023")


def test_contents_list_document_is_ingested_with_bio_roles_kept_per_takeaway():
    publication_ingest(document=doc("contents_list.txt"))
    roles = list(TakeawayAuthor.objects.order_by("takeaway__position").values_list("expert__name", "role"))
    assert roles == [
        ("Nadia Okonkwo", "senior fellow at the Delta Policy Centre"),
        ("Rui Takahashi", "visiting scholar at the Delta Policy Centre and a former hydrologist"),
    ]
    assert Expert.objects.get(name="Nadia Okonkwo").role == "senior fellow at the Delta Policy Centre"
