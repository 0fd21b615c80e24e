from django.apps import AppConfig


class TreatiesConfig(AppConfig):
    name = "treaties"
    verbose_name = "Treaties"
    default_auto_field = "django.db.models.BigAutoField"
