"""Request bodies checked against a model: what BigCommerce answers 422 for.

`body_errors` returns `{field: problem}` (empty when the body is fine): unknown and read-only
fields, create-only fields in an update, values of the wrong type or outside an enum, and fields
required by the verb but missing.
Nested objects are checked the same way, their problems named `parent.child` or `list.0.child`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .route_types import ModelField, list_item, model_name
from .values import parse_date, parse_datetime, parse_decimal

__all__ = ["body_errors", "scalar_fits", "value_errors"]

Models = Mapping[str, tuple[ModelField, ...]]


def body_errors(
    body: Mapping[str, Any],
    fields: tuple[ModelField, ...],
    models: Models,
    verb: str,
    prefix: str = "",
) -> dict[str, str]:
    """The problems of a create or update body, by field path."""
    errors: dict[str, str] = {}
    by_wire = {f.wire: f for f in fields}
    for key, value in body.items():
        path = prefix + key
        field = by_wire.get(key)
        if field is None:
            errors[path] = "is not a field of this object"
        elif field.read_only:
            errors[path] = "is read-only"
        elif not field.writable(verb):
            errors[path] = "can only be set when creating"
        else:
            _check(field, field.body_type, value, models, verb, path, errors)
    for field in fields:
        if verb in field.required and field.wire not in body:
            errors[prefix + field.wire] = f"is required to {verb}"
    return errors


def value_errors(
    type_text: str, value: Any, models: Models, verb: str, path: str = "body"
) -> dict[str, str]:
    """The problems of a whole request body of any type (`list[Model]`, `list[int]`, a model),
    by path: a list's items are named `0.name`, `1`, ... (`path` names a body that is not a list
    or an object)."""
    errors: dict[str, str] = {}
    item = list_item(type_text)
    if item is not None and isinstance(value, list):
        for index, element in enumerate(value):
            _check(ModelField(str(index), item), item, element, models, verb, str(index), errors)
        return errors
    if model_name(type_text) is not None and isinstance(value, dict):
        return body_errors(value, models.get(type_text, ()), models, verb)
    _check(ModelField(path, type_text), type_text, value, models, verb, path, errors)
    return errors


def _check(
    field: ModelField,
    type_text: str,
    value: Any,
    models: Models,
    verb: str,
    path: str,
    errors: dict[str, str],
) -> None:
    if value is None:
        if not field.nullable:
            errors[path] = "may not be null"
        return
    item = list_item(type_text)
    if item is not None:
        if not isinstance(value, list):
            errors[path] = f"must be a list ({type_text})"
            return
        for index, element in enumerate(value):
            element_field = ModelField(field.wire, item)
            _check(element_field, item, element, models, verb, f"{path}.{index}", errors)
        return
    name = model_name(type_text)
    if name is not None:
        if not isinstance(value, dict):
            errors[path] = f"must be an object ({name})"
            return
        errors.update(body_errors(value, models.get(name, ()), models, verb, path + "."))
        return
    accepts = _SCALAR_CHECKS.get(type_text)
    if accepts is not None and not accepts(value):
        errors[path] = f"must be of type {type_text}"
    elif field.enum and value not in field.enum:
        errors[path] = "must be one of " + ", ".join(str(v) for v in field.enum)


def scalar_fits(type_text: str, value: Any) -> bool:
    """Whether a value is of a scalar type (`int`, `datetime`, ...; other types: True)."""
    accepts = _SCALAR_CHECKS.get(type_text)
    return accepts is None or accepts(value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_SCALAR_CHECKS: dict[str, Callable[[Any], bool]] = {
    "int": _is_int,
    "float": _is_number,
    "decimal": lambda v: parse_decimal(v) is not None,
    "str": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
    "datetime": lambda v: parse_datetime(v) is not None,
    "date": lambda v: parse_date(v) is not None,
    "any": lambda v: True,
    "object": lambda v: isinstance(v, dict),
    "bytes": lambda v: isinstance(v, str),
}
