from django.apps import AppConfig


class CommentaryConfig(AppConfig):
    name = "commentary"
    verbose_name = "Commentary"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # keep the co-mention aggregate current on every write (commentary/co_mentions.py)
        from commentary.co_mentions import connect

        connect()
