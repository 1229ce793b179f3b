"""The Python type an operation index result type names (`bigcommerce.operations()`'s `result`):
`int`, `list[v3.catalog.Product]` (an imported model, by version and area), `Coupon` (an old
client's model, in `bigcommerce.models`)."""

from __future__ import annotations

import importlib
import re
from typing import Any

import bigcommerce.models

_BUILTIN: dict[str, Any] = {"None": type(None), "int": int, "str": str, "bytes": bytes}


def index_type(text: str, *, plain_object: type = dict) -> Any:
    """The type `text` names; `object` is `plain_object` (a JSON object)."""
    inner = re.fullmatch(r"list\[(.+)\]", text)
    if inner:
        return list[index_type(inner.group(1), plain_object=plain_object)]  # type: ignore[misc]
    if text == "object":
        return plain_object
    if text in _BUILTIN:
        return _BUILTIN[text]
    where, _, name = text.rpartition(".")
    module = importlib.import_module(f"bigcommerce.{where}") if where else bigcommerce.models
    return getattr(module, name)
