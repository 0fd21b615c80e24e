from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    """Who may edit: the Editors and Contributors roles, and hashed API tokens."""

    name = "accounts"
    verbose_name = "Accounts and roles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Re-apply the roles after every migrate, so models added by later migrations
        # join the roles without a new data migration. The function is idempotent.
        post_migrate.connect(_sync_roles, sender=self)
        from accounts import schema  # noqa: F401  (registers the OpenAPI auth scheme)


def _sync_roles(sender, using="default", apps=None, **kwargs) -> None:
    from accounts.services import roles_setup

    roles_setup(using=using)
