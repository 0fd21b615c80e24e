import getpass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from accounts.services import roles_setup
from core.permissions import CONTRIBUTORS, EDITORS


class Command(BaseCommand):
    help = "Create (or update) a staff account in the Editors (or Contributors) group."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--contributor", action="store_true", help="Join Contributors instead of Editors.")
        parser.add_argument("--password", help="Password (prompted when omitted; avoid on shared machines).")

    def handle(self, *args, username, email, contributor, password, **options):
        roles_setup()
        user, created = get_user_model().objects.get_or_create(username=username, defaults={"email": email})
        if created or password:
            password = password or getpass.getpass("Password: ")
            if not password:
                raise CommandError("A password is required.")
            user.set_password(password)
        user.is_staff = True
        user.save()
        group = Group.objects.get(name=CONTRIBUTORS if contributor else EDITORS)
        user.groups.add(group)
        self.stdout.write(f"{'Created' if created else 'Updated'} {username} in {group.name}.")
