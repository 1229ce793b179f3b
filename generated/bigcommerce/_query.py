# Copied from runtime/_query.py by codegen (`make generate`); do not edit.
"""How values become query strings and path segments."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any
from urllib.parse import quote

from .exception import InvalidArgumentError

Id = int | str
"""An object id as it goes into a path: an int, or a string that is one path segment."""

QueryScalar = str | int | float | bool | Decimal | _dt.date | _dt.datetime
QueryValue = QueryScalar | Sequence[QueryScalar] | None


def encode_scalar(value: QueryScalar) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return str(value)


def encode_query(params: Mapping[str, Any]) -> dict[str, str]:
    """Drop None values; join lists with commas (`id:in=1,2`), booleans as true/false."""
    out: dict[str, str] = {}
    for key, value in params.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            items = sorted(value) if isinstance(value, (set, frozenset)) else value
            out[key] = ",".join(encode_scalar(v) for v in items)
        else:
            out[key] = encode_scalar(value)
    return out


def segment(value: Id) -> str:
    """One path segment from an id, percent-encoded; ids that could change the path are refused."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise InvalidArgumentError(f"an id must be an int or a str, not {type(value).__name__}")
    text = str(value)
    if text in ("", ".", "..") or "/" in text or "\\" in text:
        raise InvalidArgumentError(f"invalid id {text!r}: it must be one non-empty path segment")
    return quote(text, safe="")
