"""Field values by type: the form the store keeps them in, and the defaults of unset fields.

The store keeps objects as their API version sends them. v2: money (`decimal`) as text with four
decimals, `datetime` as RFC 2822 text. v3: money as a JSON number, `datetime` as ISO 8601 text.
Everything else is a plain JSON value in both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from .route_types import ModelField, list_item, model_name

__all__ = [
    "coerce",
    "default_value",
    "empty_value",
    "format_decimal",
    "format_iso",
    "format_rfc2822",
    "now_iso",
    "now_rfc2822",
    "parse_date",
    "parse_datetime",
    "parse_decimal",
    "parse_int",
]

Models = Mapping[str, tuple[ModelField, ...]]

#: How deep nested models are filled with defaults (models may refer to each other).
_MAX_DEPTH = 3


def parse_datetime(value: object) -> dt.datetime | None:
    """An aware datetime from RFC 2822 or ISO 8601 text (naive means UTC), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.timezone.utc)


def parse_date(value: object) -> dt.date | None:
    """A date from ISO text (`2024-05-01`) or from any text `parse_datetime` reads."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    parsed = parse_datetime(value)
    return parsed.date() if parsed is not None else None


#: A whole number as clients write it: ASCII digits only (no `²`, no `1e3`), at most 18 of them.
_WHOLE = re.compile(r"-?[0-9]{1,18}")


def parse_int(text: str, *, signed: bool = True) -> int | None:
    """The whole number `text` spells in ASCII digits (with a leading `-` when `signed`), else
    None: other digits (`²`, `٣`), signs, exponents, spaces and numbers of over 18 digits."""
    if _WHOLE.fullmatch(text) is None or (not signed and text.startswith("-")):
        return None
    return int(text)


def parse_decimal(value: object) -> Decimal | None:
    """A finite Decimal from a number or numeric text, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def format_decimal(value: Decimal) -> str:
    return f"{value:.4f}"


def format_rfc2822(value: dt.datetime) -> str:
    """`Tue, 20 Nov 2012 00:00:00 +0000`, the v2 API's form of a datetime."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return format_datetime(value.astimezone(dt.timezone.utc))


def format_iso(value: dt.datetime) -> str:
    """`2012-11-20T00:00:00+00:00`, the v3 API's form of a datetime."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).isoformat()


def now_rfc2822() -> str:
    return format_rfc2822(_now())


def now_iso() -> str:
    return format_iso(_now())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def coerce(type_text: str, value: Any, models: Models) -> Any:
    """A checked request value of type `type_text` (a field's `body_type`) in the form the store
    keeps (see the module's docstring)."""
    if value is None:
        return None
    item = list_item(type_text)
    if item is not None:
        return [coerce(item, v, models) for v in value] if isinstance(value, list) else value
    name = model_name(type_text)
    if name is not None:
        if not isinstance(value, dict):
            return value
        fields = {f.wire: f for f in models.get(name, ())}
        return {
            key: coerce(fields[key].body_type, v, models) if key in fields else v
            for key, v in value.items()
        }
    if type_text == "decimal":
        number = parse_decimal(value)
        return format_decimal(number) if number is not None else value
    if type_text == "datetime":
        parsed = parse_datetime(value)
        return format_rfc2822(parsed) if parsed is not None else value
    if type_text == "float" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def default_value(field: ModelField, models: Models, depth: int = 0, api: str = "v2") -> Any:
    """What an unset field holds on a new object: null when nullable, else an enum's first value
    (a list of enum values: empty), else an empty value of its type (a datetime defaults to now),
    in `api`'s form."""
    if field.nullable:
        return None
    if field.enum and list_item(field.type) is None:
        return field.enum[0]
    return empty_value(field.type, models, depth, api)


def empty_value(type_text: str, models: Models, depth: int = 0, api: str = "v2") -> Any:
    """An empty value of a type: `[]`, a model's object of defaults, zero, `""`, false, now."""
    if list_item(type_text) is not None:
        return []
    name = model_name(type_text)
    if name is not None:
        if depth >= _MAX_DEPTH or name not in models:
            return None
        return {f.wire: default_value(f, models, depth + 1, api) for f in models[name]}
    scalars = _EMPTY_V3_SCALARS if api == "v3" else _EMPTY_SCALARS
    return scalars[type_text]() if type_text in scalars else None


_EMPTY_SCALARS: dict[str, Any] = {
    "int": lambda: 0,
    "float": lambda: 0.0,
    "decimal": lambda: "0.0000",
    "str": lambda: "",
    "bool": lambda: False,
    "datetime": now_rfc2822,
    "date": lambda: "",
    "object": dict,
    "bytes": lambda: "",
}

#: v3 sends money as numbers, and dates and times in ISO 8601.
_EMPTY_V3_SCALARS: dict[str, Any] = {
    **_EMPTY_SCALARS,
    "decimal": lambda: 0.0,
    "datetime": now_iso,
    "date": lambda: _now().date().isoformat(),
}
