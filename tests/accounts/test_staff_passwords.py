"""Staff accounts go through Django's password validators, from the command and the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("password", ["x", "12345678901", "password123", "alice1234"])
def test_create_editor_refuses_a_weak_password_and_creates_nothing(password):
    with pytest.raises(CommandError, match="Password refused"):
        call_command("create_editor", "alice", "--password", password)
    assert not get_user_model().objects.filter(username="alice").exists()


def test_create_editor_refuses_a_weak_password_for_an_existing_account_too():
    call_command("create_editor", "alice", "--password", "long-and-uncommon-9")
    with pytest.raises(CommandError, match="too short"):
        call_command("create_editor", "alice", "--password", "x")
    assert get_user_model().objects.get(username="alice").check_password("long-and-uncommon-9")


def test_admin_add_user_form_refuses_a_weak_password(client, superuser):
    client.force_login(superuser)
    response = client.post(
        "/admin/auth/user/add/",
        {"username": "bob", "password1": "x", "password2": "x", "usable_password": "true"},
    )
    assert response.status_code == 200  # the form again, with the validator's message
    assert "This password is too short" in response.content.decode()
    assert not get_user_model().objects.filter(username="bob").exists()


def test_admin_password_change_refuses_a_weak_password(client, superuser, editor):
    client.force_login(superuser)
    response = client.post(
        f"/admin/auth/user/{editor.pk}/password/", {"password1": "123", "password2": "123", "usable_password": "true"}
    )
    assert response.status_code == 200
    assert "This password is entirely numeric" in response.content.decode()
    editor.refresh_from_db()
    assert editor.check_password("pw-edna")
