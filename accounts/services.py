"""Writes for accounts: the two editorial roles and API tokens."""

import datetime
import secrets

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

from accounts.models import ApiToken, token_digest
from core.permissions import CONTRIBUTORS, EDITORS

CONTENT_APPS = ("actors", "treaties", "commentary", "core")
# Controlled vocabularies have no editorial status: a term is public the moment it exists.
# So that nothing a contributor writes is public without an editor, only editors create,
# rename or delete terms; contributors tag their drafts with existing ones
# (docs/decisions/0007-editorial-roles.md).
VOCABULARIES = {"treaties.provisiontype", "commentary.topic"}


def _content_models(apps):
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            if not model._meta.model_name.startswith("historical"):
                yield model


def roles_setup(*, apps=global_apps, using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Create or refresh the Editors and Contributors groups. Idempotent; returns the
    number of permissions each group holds. Works with the migration-time app registry."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for label in (*CONTENT_APPS, "auth"):
        config = apps.get_app_config(label)
        # Data migrations run before post_migrate has created the default permissions;
        # migration-state app configs have no models module, which create_permissions needs.
        stub = getattr(config, "models_module", None) is None
        if stub:
            config.models_module = True
        create_permissions(config, verbosity=0, interactive=False, using=using, apps=apps)
        if stub:
            config.models_module = None

    editor_perms, contributor_perms = [], []
    for model in _content_models(apps):
        ct = ContentType.objects.db_manager(using).get_for_model(model, for_concrete_model=False)
        opts = model._meta
        perms = {p.codename: p for p in Permission.objects.using(using).filter(content_type=ct)}
        if any(f.name == "editorial_status" for f in opts.concrete_fields):
            codename = f"publish_{opts.model_name}"
            perms[codename], _ = Permission.objects.using(using).get_or_create(
                content_type=ct, codename=codename, defaults={"name": f"Can publish {opts.verbose_name}"}
            )
        editor_perms.extend(perms.values())
        allowed = ("view",) if opts.label_lower in VOCABULARIES else ("add", "change", "delete", "view")
        contributor_perms.extend(perms[f"{action}_{opts.model_name}"] for action in allowed)
        try:
            hist_model = apps.get_model(opts.app_label, f"historical{opts.model_name}")
        except LookupError:
            hist_model = None
        if hist_model is not None:
            # Reading history (who changed what) is an editor's tool.
            hct = ContentType.objects.db_manager(using).get_for_model(hist_model)
            editor_perms.extend(Permission.objects.using(using).filter(content_type=hct, codename__startswith="view_"))

    counts = {}
    for name, perms in ((EDITORS, editor_perms), (CONTRIBUTORS, contributor_perms)):
        group, _ = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(perms)
        counts[name] = len(perms)
    return counts


def token_create(
    *, user, name: str = "", read_only: bool = False, expires_in: datetime.timedelta | None = None
) -> tuple[ApiToken, str]:
    """Issue a token. Returns the row and the key; the key is not stored and cannot be shown again."""
    from django.utils import timezone

    key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name,
        prefix=key[:8],
        digest=token_digest(key),
        read_only=read_only,
        expires_at=timezone.now() + expires_in if expires_in else None,
    )
    return token, key
