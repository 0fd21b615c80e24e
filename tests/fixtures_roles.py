"""Users in each editorial role, for the permission tests (registered in conftest.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.services import roles_setup
from core.permissions import CONTRIBUTORS, EDITORS


def _member(username: str, group: str):
    roles_setup()
    user = get_user_model().objects.create_user(username=username, password="pw-" + username, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return _member("edna", EDITORS)


@pytest.fixture
def contributor(db):
    return _member("conrad", CONTRIBUTORS)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(username="root", password="pw-root", email="root@example.org")
