from django.apps import AppConfig


class CommentaryConfig(AppConfig):
    name = "commentary"
    verbose_name = "Commentary"
    default_auto_field = "django.db.models.BigAutoField"
