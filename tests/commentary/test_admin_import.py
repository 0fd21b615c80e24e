"""The admin "Import document" page: staff only, preview writes nothing, confirm writes it."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from commentary.models import Expert, Publication, Takeaway

pytestmark = pytest.mark.django_db
URL = "/admin/commentary/publication/import/"
DOC = (Path(__file__).parent / "ingest_docs" / "leading_bylines.txt").read_bytes()


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def upload(client, data=DOC, name="doc.txt", **extra):
    return client.post(URL, {"document": SimpleUploadedFile(name, data), **extra})


def test_anonymous_users_are_sent_to_the_login_page(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.fixture(autouse=True)
def publication_admin(settings):
    """The Publication admin (commentary/admin.py, owned by the editorial work), or a plain one."""
    from django.contrib import admin
    from django.urls import clear_url_caches

    if admin.site.is_registered(Publication):
        yield
        return
    admin.site.register(Publication)
    clear_url_caches()
    settings.ROOT_URLCONF = "config.urls"  # rebuild the admin's URLs with the registration
    import importlib

    import config.urls

    importlib.reload(config.urls)
    yield
    admin.site.unregister(Publication)
    importlib.reload(config.urls)
    clear_url_caches()


def test_change_list_links_to_the_import_page(staff):
    assert URL in staff.get("/admin/commentary/publication/").content.decode()


def test_preview_shows_the_plan_and_writes_nothing_then_confirm_writes_it(staff):
    response = upload(staff)
    page = response.content.decode()
    assert response.status_code == 200
    assert "5 would be created, 0 would be updated" in page
    assert "create expert &#x27;Marta Oyelaran&#x27;" in page
    assert Publication.objects.count() == 0
    token = response.context["token"]
    response = staff.post(URL, {"token": token})
    assert response.status_code == 302
    publication = Publication.objects.get()
    assert response["Location"] == f"/admin/commentary/publication/{publication.pk}/change/"
    assert Takeaway.objects.count() == 2 and Expert.objects.count() == 2
    history = Takeaway.history.first()
    assert (history.history_channel, history.history_user.username) == ("admin", "editor")
    # the token is single use
    staff.post(URL, {"token": token})
    assert Publication.objects.count() == 1


def test_a_token_from_another_user_is_refused(staff, client):
    token = upload(staff).context["token"]
    other = get_user_model().objects.create_superuser("other", "other@example.org", "pw")
    staff.force_login(other)
    response = staff.post(URL, {"token": token}, follow=True)
    assert "expired or is not yours" in response.content.decode()
    assert Publication.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"\x00\x01binary", "binary"), (b"Title\n\nNo authors here.\n", "no recognisable sections")],
)
def test_bad_uploads_show_the_error_and_write_nothing(staff, data, message):
    response = upload(staff, data=data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Publication.objects.count() == 0


def test_csrf_is_enforced(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    response = strict.post(URL, {"document": SimpleUploadedFile("doc.txt", DOC)})
    assert response.status_code == 403
    assert Publication.objects.count() == 0
