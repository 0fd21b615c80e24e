"""Every JSONField has a JSON Schema it is validated against: in model validation
(`full_clean`, which the admin and the API's write serializers run) and, through
`json_schema_field`, in the OpenAPI schema and the write serializers' own input checks.
A JSONField that accepts any JSON lets one bad write break every later read of the row."""

import jsonschema
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible

# No control characters in stored text (PostgreSQL cannot hold NUL at all).
NO_CONTROL_PATTERN = "^[^\\u0000-\\u001f\\u007f]*$"

ALIASES_SCHEMA = {
    "type": "array",
    "maxItems": 50,
    "items": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": NO_CONTROL_PATTERN},
}

INGEST_FINGERPRINT_SCHEMA = {
    "type": "object",
    "maxProperties": 50,
    "propertyNames": {"pattern": "^[a-z_]{1,64}$"},
    "additionalProperties": {"type": "string", "pattern": "^[0-9a-f]{1,64}$"},
}


@deconstructible
class JSONSchemaValidator:
    """Validate a JSON value against `schema`; the first violations become field errors."""

    def __init__(self, schema: dict):
        self.schema = schema

    def __call__(self, value) -> None:
        validator = jsonschema.Draft202012Validator(self.schema)
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))[:5]
        if errors:
            raise ValidationError(
                [
                    ValidationError(
                        "%(where)s: %(problem)s",
                        code="json_schema",
                        params={"where": "/".join(str(p) for p in e.path) or "value", "problem": e.message[:200]},
                    )
                    for e in errors
                ]
            )

    def __eq__(self, other) -> bool:
        return isinstance(other, JSONSchemaValidator) and other.schema == self.schema
