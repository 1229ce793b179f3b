"""Query strings of list and count requests: v2 paging (`page`, `limit`), filters and sorting.

A filter compares the object's field of the same name with the query value, both read as the
filter's type (so `price=10` matches `"10.0000"`, and dates compare as dates whatever their text).
`min_{name}`/`max_{name}` bound a range filter; filters named `{field}:{op}` apply `op` (`min`,
`max`, `greater`, `less`, `like`, `in`, `not_in`); a list field matches when it contains the
value, also through a singular filter name (`category` on `categories`); a filter whose name
mentions `keyword` matches objects whose text fields contain it. Routes with a `sort` filter sort
by the field it names (`sort=date_created:desc`, or `sort=id&direction=desc`). Other query
parameters are ignored, as BigCommerce does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .route_types import ModelField, RouteFilter, list_item
from .schema import plural_forms
from .values import parse_date, parse_datetime, parse_decimal, parse_int

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "LimitTooLarge",
    "Ordering",
    "Predicate",
    "QueryError",
    "ordering",
    "paging",
    "predicate",
]

DEFAULT_LIMIT = 50
MAX_LIMIT = 250

Predicate = Callable[[Mapping[str, Any]], bool]


class QueryError(ValueError):
    """A query parameter that cannot be read (400); `param` names it."""

    def __init__(self, param: str, problem: str) -> None:
        super().__init__(f"{param}: {problem}")
        self.param: str = param
        self.problem: str = problem


class LimitTooLarge(QueryError):
    """`limit` above the largest page (413, as BigCommerce answers)."""


def paging(query: Mapping[str, str]) -> tuple[int, int]:
    """`(page, limit)` from the query: page 1 and limit 50 unless given; limit at most 250."""
    page = _positive(query, "page", 1)
    limit = _positive(query, "limit", DEFAULT_LIMIT)
    if limit > MAX_LIMIT:
        raise LimitTooLarge("limit", f"the largest page is {MAX_LIMIT} objects")
    return page, limit


def _positive(query: Mapping[str, str], name: str, default: int) -> int:
    text = query.get(name)
    if text is None or text == "":
        return default
    number = parse_int(text, signed=False)
    if number is None or number < 1:
        raise QueryError(name, "must be a positive whole number (ASCII digits, at most 18)")
    return number


def predicate(
    filters: tuple[RouteFilter, ...], fields: Mapping[str, ModelField], query: Mapping[str, str]
) -> Predicate | None:
    """A test of objects for every filter in the query (all must pass); None when the query
    filters nothing."""
    tests: list[Predicate] = []
    for flt in filters:
        base, _, op = flt.name.partition(":")
        if base in _ORDERING:
            continue
        params = [(flt.name, op or "eq")]
        if flt.range:
            params += [(f"min_{flt.name}", "min"), (f"max_{flt.name}", "max")]
        for param, param_op in params:
            text = query.get(param)
            if text is None:
                continue
            if "keyword" in base:
                tests.append(_keyword_test(text))
                continue
            field = _field_for(base, fields)
            if field is not None:
                tests.append(_field_test(flt, field, param, param_op, text))
    if not tests:
        return None
    return lambda obj: all(test(obj) for test in tests)


Ordering = tuple[Callable[[Mapping[str, Any]], Any], bool]
_ORDERING = ("sort", "direction")


def ordering(
    filters: tuple[RouteFilter, ...], fields: Mapping[str, ModelField], query: Mapping[str, str]
) -> Ordering | None:
    """`(sort key, descending)` when the route has a `sort` filter and the query uses it."""
    declared = {f.name: f for f in filters}
    sort = declared.get("sort")
    text = query.get("sort")
    if sort is None or not text:
        return None
    if sort.enum and text not in sort.enum:
        raise QueryError("sort", "must be one of " + ", ".join(str(v) for v in sort.enum))
    name, _, direction = text.partition(":")
    if "direction" in declared and query.get("direction"):
        direction = query["direction"]
    field = fields.get(name)
    if field is None:
        raise QueryError("sort", f"{name!r} is not a field of these objects")
    read = _reader(field.type)

    def key(obj: Mapping[str, Any]) -> Any:
        value = read(obj.get(name))
        return (value is None, value if value is not None else 0)

    return key, direction.strip().lower() == "desc"


def _field_for(name: str, fields: Mapping[str, ModelField]) -> ModelField | None:
    """The field a filter reads: its namesake, or a list field named as its plural."""
    if name in fields:
        return fields[name]
    for plural in plural_forms(name)[1:]:
        field = fields.get(plural)
        if field is not None and list_item(field.type) is not None:
            return field
    return None


def _field_test(flt: RouteFilter, field: ModelField, param: str, op: str, text: str) -> Predicate:
    read = _reader(flt.type)
    several = op in ("in", "not_in") or ("," in text and list_item(flt.type) is not None)
    wanted: Any = {read(part) for part in text.split(",")} if several else read(text)
    if wanted is None or (isinstance(wanted, set) and None in wanted):
        raise QueryError(param, f"must be a {flt.type}")
    if flt.enum and not several and wanted not in {read(str(v)) for v in flt.enum}:
        raise QueryError(param, "must be one of " + ", ".join(str(v) for v in flt.enum))
    compare = _COMPARISONS.get("in" if several and op == "eq" else op, _equal)
    name = field.wire

    def test(obj: Mapping[str, Any]) -> bool:
        value = obj.get(name)
        values = value if isinstance(value, list) else [value]
        matched = any(compare(have, wanted) for have in map(read, values) if have is not None)
        return not matched if op == "not_in" else matched

    return test


def _keyword_test(text: str) -> Predicate:
    needle = text.casefold()

    def test(obj: Mapping[str, Any]) -> bool:
        return any(isinstance(v, str) and needle in v.casefold() for v in obj.values())

    return test


def _equal(have: Any, wanted: Any) -> bool:
    return bool(have == wanted)


def _member(have: Any, wanted: Any) -> bool:
    return have in wanted


def _like(have: Any, wanted: Any) -> bool:
    return str(wanted).casefold() in str(have).casefold()


def _at_least(have: Any, wanted: Any) -> bool:
    try:
        return bool(have >= wanted)
    except TypeError:
        return False


def _at_most(have: Any, wanted: Any) -> bool:
    try:
        return bool(have <= wanted)
    except TypeError:
        return False


def _above(have: Any, wanted: Any) -> bool:
    try:
        return bool(have > wanted)
    except TypeError:
        return False


def _below(have: Any, wanted: Any) -> bool:
    try:
        return bool(have < wanted)
    except TypeError:
        return False


_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": _equal,
    "min": _at_least,
    "max": _at_most,
    "greater": _above,
    "less": _below,
    "like": _like,
    "in": _member,
    "not_in": _member,
}


def _reader(type_text: str) -> Callable[[Any], Any]:
    """Reads a query value or a stored value as `type_text`; None when it cannot."""
    item = list_item(type_text)
    return _READERS.get(item if item is not None else type_text, _read_text)


def _read_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return parse_int(str(value).strip())


def _read_float(value: Any) -> float | None:
    number = parse_decimal(value)
    return float(number) if number is not None else None


def _read_decimal(value: Any) -> Decimal | None:
    return parse_decimal(value)


def _read_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    return {"true": True, "1": True, "false": False, "0": False}.get(text)


def _read_datetime(value: Any) -> dt.datetime | None:
    return parse_datetime(value)


def _read_date(value: Any) -> dt.date | None:
    return parse_date(value)


def _read_text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_READERS: dict[str, Callable[[Any], Any]] = {
    "int": _read_int,
    "float": _read_float,
    "decimal": _read_decimal,
    "bool": _read_bool,
    "datetime": _read_datetime,
    "date": _read_date,
}
