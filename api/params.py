"""Integer query parameters: ASCII digits only.

`str.isdigit()` and `int()` accept far more than 0-9 (`"²".isdigit()` is true and `int("²")`
raises; `int("٣")` is 3), so every integer parameter is matched against ASCII first."""

import re

from rest_framework import exceptions, serializers

_ASCII_INT = re.compile(r"[0-9]{1,18}")


def ascii_int(raw: str | None) -> int | None:
    """The value of `raw` if it is plain ASCII digits (at most 18), else None."""
    if raw is None or not _ASCII_INT.fullmatch(raw):
        return None
    return int(raw)


def bounded_int_param(request, name: str, *, default: int, minimum: int, maximum: int) -> int:
    """Query parameter `name` as an int in [minimum, maximum]; a 400 problem otherwise."""
    raw = request.query_params.get(name)
    if raw is None:
        return default
    value = ascii_int(raw)
    if value is None or not minimum <= value <= maximum:
        raise exceptions.ValidationError({name: [f"Must be an integer from {minimum} to {maximum}."]})
    return value


class AsciiIntegerField(serializers.IntegerField):
    """DRF's IntegerField, refusing non-ASCII digits (and signs, spaces, decimals) in strings."""

    def to_internal_value(self, data):
        if isinstance(data, str) and not re.fullmatch(r"-?[0-9]{1,18}", data):
            self.fail("invalid")
        return super().to_internal_value(data)
