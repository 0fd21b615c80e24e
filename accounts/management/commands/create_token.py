import datetime

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.services import token_create


class Command(BaseCommand):
    help = "Issue an API token for a user. The key is printed once; only its hash is stored."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="What the token is for.")
        parser.add_argument("--read-only", action="store_true", help="The token may only read.")
        parser.add_argument("--days", type=int, default=90, help="Days until it expires (0: never). Default 90.")

    def handle(self, *args, username, name, read_only, days, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"No user {username!r}.") from exc
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        expires_in = datetime.timedelta(days=days) if days else None
        token, key = token_create(user=user, name=name, read_only=read_only, expires_in=expires_in)
        self.stderr.write(f"Token {token.prefix}… for {username}, expires {token.expires_at or 'never'}.")
        self.stdout.write(key)
