"""Roles: created by the migration, refreshed idempotently by setup_roles."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from rest_framework.test import APIRequestFactory

from accounts.authentication import HashedTokenAuthentication
from accounts.models import ApiToken, token_digest
from accounts.services import token_create
from core.permissions import CONTRIBUTORS, EDITORS

pytestmark = pytest.mark.django_db


def test_migration_created_both_groups_with_their_permissions():
    editors = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))
    contributors = set(Group.objects.get(name=CONTRIBUTORS).permissions.values_list("codename", flat=True))
    assert {"publish_takeaway", "publish_treaty", "delete_treaty", "view_historicaltreaty"} <= editors
    assert {"add_treaty", "change_treaty", "delete_treaty", "view_topic"} <= contributors
    assert not {c for c in contributors if c.startswith("publish_")}
    assert not {"add_topic", "change_topic", "add_provisiontype"} & contributors
    assert "view_historicaltreaty" not in contributors


def test_setup_roles_is_idempotent(capsys):
    call_command("setup_roles")
    first = {g.name: set(g.permissions.values_list("pk", flat=True)) for g in Group.objects.all()}
    call_command("setup_roles")
    second = {g.name: set(g.permissions.values_list("pk", flat=True)) for g in Group.objects.all()}
    assert first == second and set(first) == {EDITORS, CONTRIBUTORS}
    assert f"{EDITORS}: {len(first[EDITORS])} permissions" in capsys.readouterr().out


def test_create_editor_command_makes_a_staff_editor():
    call_command("create_editor", "ed", "--password", "s3cret-pass")
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="ed")
    assert user.is_staff and user.check_password("s3cret-pass")
    assert user.has_perm("commentary.publish_takeaway")


def test_tokens_are_stored_hashed_and_authenticate(editor):
    token, key = token_create(user=editor, name="script")
    assert ApiToken.objects.get().digest == token_digest(key) and key not in token.digest
    request = APIRequestFactory().get("/", HTTP_AUTHORIZATION=f"Token {key}")
    user, auth = HashedTokenAuthentication().authenticate(request)
    assert user == editor and auth == token


@pytest.mark.parametrize("header", ["Token nope", "Bearer nope", "Token a b"])
def test_bad_tokens_are_refused(editor, header):
    from rest_framework.exceptions import AuthenticationFailed

    request = APIRequestFactory().get("/", HTTP_AUTHORIZATION=header)
    with pytest.raises(AuthenticationFailed):
        HashedTokenAuthentication().authenticate(request)


def test_expired_token_is_refused(editor):
    from rest_framework.exceptions import AuthenticationFailed

    _, key = token_create(user=editor, expires_in=datetime.timedelta(seconds=-1))
    request = APIRequestFactory().get("/", HTTP_AUTHORIZATION=f"Bearer {key}")
    with pytest.raises(AuthenticationFailed, match="expired"):
        HashedTokenAuthentication().authenticate(request)


def test_create_token_command_prints_the_key_once(editor, capsys):
    call_command("create_token", editor.username, "--read-only", "--days", "1")
    key = capsys.readouterr().out.strip()
    token = ApiToken.objects.get()
    assert token.read_only and token.digest == token_digest(key) and token.expires_at is not None
