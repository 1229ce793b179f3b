# Copied from runtime/testing/conform.py by codegen (`make generate`); do not edit.
"""Values made to read as a model's types, for objects whose fields were written through another
model than the one they are read through.

BigCommerce's documents sometimes write a field in one shape and read it in another (a category's
`url` is written as text and read as `{path, is_customized}`; a pickup's `ready_at` is written as
any text and read as a datetime). The store keeps what was written where it fits the model the
object is read as, and the type's empty value where it does not, so every answer parses into the
client's models.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .route_types import ModelField, list_item, model_name
from .validation import scalar_fits
from .values import empty_value, format_iso, parse_datetime, parse_decimal

__all__ = ["conform", "conform_object"]

Models = Mapping[str, tuple[ModelField, ...]]


def always_present(field: ModelField, api: str) -> bool:
    """Whether the client's model requires the field in answers: an object's id, as in
    codegen/build_ir.py `always_present`."""
    if field.wire != "id" or field.nullable:
        return False
    return field.type == "int" or (api == "v2" and field.type == "str")


def conform_object(
    model: str | None, obj: Mapping[str, Any], models: Models, api: str
) -> dict[str, Any]:
    """`obj` with each field of `model` made to read as its type (other keys kept as they are)."""
    fields = {f.wire: f for f in models.get(model or "", ())}
    return {
        key: conform(fields[key].type, value, models, api) if key in fields else value
        for key, value in obj.items()
    }


def conform(type_text: str, value: Any, models: Models, api: str, position: int = 0) -> Any:
    """A value as `type_text` reads it: itself when it fits, converted where the conversion is
    plain (a number as text for `str`, numeric text as a v3 number, a datetime in ISO 8601 for
    v3), else the type's empty value. Null stays null (the client's models allow it), but for a
    nested object's id: one written without it gets its `position` in its list, from 1, as the
    real store numbers the objects it creates (the client's models require ids)."""
    if value is None:
        return None
    item = list_item(type_text)
    if item is not None:
        if not isinstance(value, list):
            return []
        return [conform(item, element, models, api, n) for n, element in enumerate(value)]
    name = model_name(type_text)
    if name is not None:
        if not isinstance(value, dict):
            return empty_value(type_text, models, api=api)
        obj = conform_object(name, value, models, api)
        id_field = next((f for f in models.get(name, ()) if f.wire == "id"), None)
        if obj.get("id") is None and id_field is not None and always_present(id_field, api):
            obj["id"] = position + 1 if id_field.type == "int" else str(position + 1)
        return obj
    if type_text == "str" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if api == "v3" and type_text == "datetime":
        parsed = parse_datetime(value)
        return format_iso(parsed) if parsed is not None else empty_value(type_text, models, api=api)
    if api == "v3" and type_text in ("float", "decimal") and isinstance(value, str):
        number = parse_decimal(value)
        return float(number) if number is not None else empty_value(type_text, models, api=api)
    return value if scalar_fits(type_text, value) else empty_value(type_text, models, api=api)
