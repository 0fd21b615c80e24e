"""The editorial rules of core.permissions, as a DRF permission class for the v1 resources."""

from rest_framework import permissions as drf_permissions

from core.permissions import can_change, can_delete, model_perm

_WRITE_ACTIONS = {"POST": "add", "PUT": "change", "PATCH": "change", "DELETE": "delete"}


class EditorialPermission(drf_permissions.BasePermission):
    """Reads are public (visibility is the selectors' job). Writes need an authenticated
    user, a token that is not read-only, the model permission for the method, and the
    object rules above (live records: publishers only)."""

    message = "Your role does not allow this change."

    def has_permission(self, request, view) -> bool:
        if request.method in drf_permissions.SAFE_METHODS:
            return True
        user = request.user
        if not (user and user.is_authenticated):
            return False
        if getattr(request.auth, "read_only", False):
            self.message = "This token is read-only."
            return False
        action = _WRITE_ACTIONS.get(request.method)
        model = view.get_queryset().model if hasattr(view, "get_queryset") else None
        return bool(action and model is not None and model_perm(user, action, model))

    def has_object_permission(self, request, view, obj) -> bool:
        if request.method in drf_permissions.SAFE_METHODS:
            return True
        if request.method == "DELETE":
            return can_delete(request.user, obj)
        return can_change(request.user, obj)
