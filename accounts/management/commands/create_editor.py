import getpass

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.services import roles_setup
from core.permissions import CONTRIBUTORS, EDITORS


class Command(BaseCommand):
    help = "Create (or update) a staff account in the Editors (or Contributors) group."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--contributor", action="store_true", help="Join Contributors instead of Editors.")
        parser.add_argument(
            "--password",
            help="Password (prompted when omitted; avoid on shared machines). Django's password validators apply.",
        )

    def handle(self, *args, username, email, contributor, password, **options):
        roles_setup()
        # One transaction: a refused password leaves no half-made account behind.
        with transaction.atomic():
            user, created = get_user_model().objects.get_or_create(username=username, defaults={"email": email})
            if created or password:
                password = password or getpass.getpass("Password: ")
                if not password:
                    raise CommandError("A password is required.")
                # Staff accounts get the same checks as the admin's password forms
                # (AUTH_PASSWORD_VALIDATORS): length, common, numeric, similar to the user.
                try:
                    password_validation.validate_password(password, user)
                except ValidationError as exc:
                    raise CommandError("Password refused: " + " ".join(exc.messages)) from exc
                user.set_password(password)
            user.is_staff = True
            user.save()
            group = Group.objects.get(name=CONTRIBUTORS if contributor else EDITORS)
            user.groups.add(group)
        self.stdout.write(f"{'Created' if created else 'Updated'} {username} in {group.name}.")
