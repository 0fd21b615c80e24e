"""API tokens in the admin: list, revoke (delete), mark read-only. Keys are never shown:
issue them with `manage.py create_token`."""

from django.contrib import admin

from accounts.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("prefix", "user", "name", "read_only", "expires_at", "last_used_at", "created")
    list_filter = ("read_only",)
    list_select_related = ("user",)
    search_fields = ("prefix", "name", "user__username")
    readonly_fields = ("prefix", "digest", "created", "last_used_at")
    autocomplete_fields = ("user",)
    date_hierarchy = "created"

    def has_add_permission(self, request):
        return False  # a key can only be shown once, at creation: use the command
