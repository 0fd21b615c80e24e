"""Request body parsers that refuse hostile input as a 400 before any serializer sees it:
JSON nested deeper than MAX_DEPTH (which would otherwise exhaust the recursion limit and
500), and control characters in any string (NUL cannot be stored by PostgreSQL; the rest
have no place in Pactum's data). Tab, LF and CR are allowed in string values (free text
has paragraphs), never in object keys."""

from rest_framework import exceptions, parsers

from api.edge import CONTROL, TEXT_CONTROL, describe_control

MAX_DEPTH = 32


def check_strings(data, *, max_depth: int = MAX_DEPTH) -> None:
    """Walk `data` without recursion; raise a 400 naming every offending path."""
    errors: dict[str, list[str]] = {}
    stack = [(data, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth >= max_depth and isinstance(value, dict | list | tuple):
            raise exceptions.ParseError(f"JSON nested deeper than {max_depth} levels.")
        if isinstance(value, str):
            if message := describe_control(value, TEXT_CONTROL):
                errors[path or "body"] = [message]
        elif isinstance(value, dict):
            for key, item in value.items():
                key = str(key)
                if message := describe_control(key, CONTROL):
                    errors[CONTROL.sub("?", f"{path}.{key}" if path else key)] = [message]
                    continue
                stack.append((item, f"{path}.{key}" if path else key, depth + 1))
        elif isinstance(value, list | tuple):
            stack.extend(
                (item, f"{path}.{index}" if path else str(index), depth + 1) for index, item in enumerate(value)
            )
    if errors:
        raise exceptions.ValidationError(errors)


def _plain(query_dict) -> dict:
    """A QueryDict as {name: value} (or {name: [values]} when repeated), for check_strings."""
    return {key: values[0] if len(values) == 1 else values for key, values in query_dict.lists()}


class StrictJSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise exceptions.ParseError(f"JSON nested deeper than {MAX_DEPTH} levels.") from exc
        check_strings(data)
        return data


class StrictFormParser(parsers.FormParser):
    def parse(self, stream, media_type=None, parser_context=None):
        data = super().parse(stream, media_type, parser_context)
        check_strings(_plain(data))
        return data


class StrictMultiPartParser(parsers.MultiPartParser):
    def parse(self, stream, media_type=None, parser_context=None):
        result = super().parse(stream, media_type, parser_context)
        check_strings(_plain(result.data))
        return result
