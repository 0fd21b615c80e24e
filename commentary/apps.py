from django.apps import AppConfig


class CommentaryConfig(AppConfig):
    name = "commentary"
    verbose_name = "Commentary"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from commentary.services import takeaway_publish_problems
        from core.services import register_publish_check

        register_publish_check("commentary.takeaway", takeaway_publish_problems)
