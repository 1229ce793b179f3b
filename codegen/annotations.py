"""Type annotations of generated code: the spec's type grammar as type references (`typeref`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .enum_aliases import alias_for
from .naming import body_typeddict_name
from .spec_loader import SpecError
from .type_grammar import TypeExpr, parse_type
from .typeref import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    DECIMAL,
    FLOAT,
    INT,
    OBJECT,
    RFC2822_DATETIME,
    STR,
    UPLOAD,
    Literal,
    TypeRef,
    Union,
    list_of,
    model_ref,
    named,
)

Scalars = Mapping[str, TypeRef]

#: The annotations of the per-call options every generated method takes (`EXTRA_OPTIONS`).
EXTRA_TYPES: Mapping[str, TypeRef] = {
    "extra_headers": named("ExtraHeaders", ".._request"),
    "extra_query": named("ExtraQuery", ".._request"),
    "extra_body": named("ExtraBody", ".._request"),
}

#: A JSON number (`float` in the spec) stays what it was: pydantic's smart union keeps `2` an
#: `int`, so a quantity is sent and dumped as `2`, never `2.0`.
READ_SCALARS: Scalars = {
    "int": INT,
    "float": Union((INT, FLOAT)),
    "str": STR,
    "bool": BOOL,
    "any": ANY,
    "object": OBJECT,
    "bytes": STR,
}
WRITE_SCALARS: Scalars = {
    **READ_SCALARS,
    "decimal": Union((DECIMAL, FLOAT, INT, STR)),
    "date": Union((DATE, STR)),
    "bytes": UPLOAD,
}
FILTER_SCALARS: Scalars = {**WRITE_SCALARS, "datetime": Union((DATETIME, DATE, STR))}


def parse(file: str, key: str, text: str) -> TypeExpr:
    try:
        return parse_type(text)
    except ValueError as exc:
        raise SpecError(file, key, str(exc)) from None


def read_scalars(api: str) -> Scalars:
    # v2 sends money as strings and dates as RFC 2822 strings; keep them as the API sent them.
    if api == "v2":
        return {**READ_SCALARS, "decimal": STR, "datetime": STR, "date": STR}
    return {**READ_SCALARS, "decimal": FLOAT, "datetime": DATETIME, "date": DATE}


def write_scalars(api: str) -> Scalars:
    datetime_type = RFC2822_DATETIME if api == "v2" else DATETIME
    return {**WRITE_SCALARS, "datetime": Union((datetime_type, STR))}


def python_type(expr: TypeExpr, scalars: Scalars, verb: str | None = None) -> TypeRef:
    """The annotation for `expr`: a model is the model itself, or its request TypedDict for
    `verb` (`create` / `update`) when given."""
    if expr.kind == "list" and expr.item is not None:
        return list_of(python_type(expr.item, scalars, verb))
    if expr.kind == "model":
        return (
            model_ref(body_typeddict_name(expr.name, verb), expr.name)
            if verb
            else model_ref(expr.name)
        )
    return scalars[expr.name]


def enum_type(expr: TypeExpr, values: Iterable[str | int | float | bool]) -> TypeRef:
    """`Literal[...]`, or `list[Literal[...]]` when the enum describes a list's items; a large
    enum is spelled by its alias (`enum_aliases`)."""
    given = tuple(values)
    literal: TypeRef = alias_for(given) or Literal(given)
    return list_of(literal) if expr.kind == "list" else literal
