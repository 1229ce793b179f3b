"""The small type language of spec files: scalars, `list[T]`, and model names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

SCALARS = frozenset(
    {"int", "float", "decimal", "str", "bool", "datetime", "date", "any", "object", "bytes"}
)
_LIST = re.compile(r"^list\[(.+)\]$")
_MODEL = re.compile(r"^[A-Z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class TypeExpr:
    """`kind` is `scalar` (name is one of SCALARS), `list` (item set) or `model` (name a model)."""

    kind: str
    name: str = ""
    item: TypeExpr | None = None

    def __str__(self) -> str:
        """The type in canonical spec text: `list[Product]`."""
        return f"list[{self.item}]" if self.item is not None else self.name


@cache
def parse_type(text: str) -> TypeExpr:
    """The spec type `text`, parsed once (the spec uses the same few hundred texts again and
    again); Python annotations are made of it in `annotations.python_type`."""
    text = text.strip()
    match = _LIST.fullmatch(text)
    if match:
        return TypeExpr("list", item=parse_type(match.group(1)))
    if text in SCALARS:
        return TypeExpr("scalar", text)
    if _MODEL.fullmatch(text):
        return TypeExpr("model", text)
    raise ValueError(
        f"unknown type {text!r}: use one of {', '.join(sorted(SCALARS))}, list[T] or a model name"
    )


def model_names(expr: TypeExpr) -> list[str]:
    """The models a type refers to."""
    if expr.kind == "model":
        return [expr.name]
    if expr.item is not None:
        return model_names(expr.item)
    return []


def always_answered(wire: str, type_text: str, nullable: bool, api: str) -> bool:
    """Whether every answer carries the field, so its model annotation is not optional: an
    object's `id` (int; text in the v2 API, whose few text ids stay text) unless the documents
    say it may be null. Nested objects' ids included."""
    if wire != "id" or nullable:
        return False
    expr = parse_type(type_text)
    return expr.kind == "scalar" and (expr.name == "int" or (api == "v2" and expr.name == "str"))
