from django.core.management.base import BaseCommand

from accounts.services import roles_setup


class Command(BaseCommand):
    help = "Create or refresh the Editors and Contributors groups and their permissions (idempotent)."

    def handle(self, *args, **options):
        for group, count in roles_setup().items():
            self.stdout.write(f"{group}: {count} permissions")
