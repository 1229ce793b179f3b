"""What a generated method sends: the run-time policy.

The request types (`ProductCreate`, `V3CatalogProductsAllQuery`...) are for the IDE and the type
checker. At run time the server judges, so by default a call sends what its caller gave:

- a value whose key the type names is converted where its type says how (a date, an enum, a
  model, a list); a value that does not convert is sent as given;
- a key the type does not name is sent as given, with one `UnknownArgumentWarning` naming the
  keys (never their values);
- a missing required key is not added: the server's 400/422 says what it needs.

`strict=True` (a connection option) checks everything against the types before sending instead,
the error naming each bad argument; a batch is checked whole before its first chunk goes out.

Both modes refuse, before anything is sent, what the server cannot report afterwards (nothing is
sent then): a body JSON cannot carry, both spellings of one operator (`id__in` and `id:in`), and a
destructive call without the filter its documents require. Query keys are spelled as the types
spell them (`id__in`) while checked and as the API does (`id:in`) on the wire, on both families.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, get_args, get_origin

from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticSerializationError, to_jsonable_python
from typing_extensions import get_type_hints, is_typeddict

from ._caller import caller_level
from ._parse import adapter
from .exception import InvalidArgumentError, UnknownArgumentWarning

#: The longest key name a warning or error shows.
_NAME_LIMIT = 60


# Operator spellings.


def type_keys(query: Mapping[str, Any], what: str, owner: str) -> dict[str, Any]:
    """The query with each key spelled as the types spell it (`id:in` -> `id__in`); both
    spellings of one name is an error."""
    out: dict[str, Any] = {}
    given: dict[str, str] = {}
    for key, value in query.items():
        name = key.replace(":", "__") if isinstance(key, str) else key
        if name in out:
            raise InvalidArgumentError(
                f"{owner}: {what} {_shown(given[name])} and {_shown(key)} are one name spelled "
                "two ways: give one"
            )
        out[name] = value
        given[name] = key
    return out


def wire_key(key: str) -> str:
    """A query key as the API spells it: `id__in` -> `id:in`."""
    return key.replace("__", ":")


# Strict mode.


def check(tp: Any, values: Any, what: str, owner: str) -> Any:
    """`values` validated as `tp`; the error names every bad argument."""
    try:
        data = dict(values) if isinstance(values, Mapping) else values
        return adapter(tp).validate_python(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{what} {'.'.join(str(p) for p in err['loc']) or '?'!r}: {err['msg']}"
            for err in exc.errors()
        )
        raise InvalidArgumentError(f"{owner}: {problems}") from None


# The default: send what was given.


def lenient(tp: Any, values: Any, what: str) -> Any:
    """`values` with each value its type names converted where it can be and the rest as given;
    unknown keys of a TypedDict (or of the TypedDict items of a list) warn, naming them."""
    unknown: set[str] = set()
    out = _lenient(tp, values, unknown)
    if unknown:
        names = ", ".join(_shown(name) for name in sorted(unknown))
        warnings.warn(
            f"unknown {what}(s) {names}: sent as given (strict=True refuses them)",
            UnknownArgumentWarning,
            stacklevel=caller_level(),
        )
    return out


def _lenient(tp: Any, values: Any, unknown: set[str]) -> Any:
    if is_typeddict(tp) and isinstance(values, Mapping):
        fields = _field_types(tp)
        out: dict[Any, Any] = {}
        for key, value in values.items():
            if key in fields:
                out[key] = _convert(tp, key, value)
            else:
                unknown.add(str(key))
                out[key] = value
        return out
    args = get_args(tp)
    if get_origin(tp) is list and args and is_typeddict(args[0]) and isinstance(values, list):
        return [_lenient(args[0], item, unknown) for item in values]
    return _converted(adapter(tp), values)


def _convert(tp: Any, key: str, value: Any) -> Any:
    field = _field_adapter(tp, key)
    return value if field is None else _converted(field, value)


def _converted(field: TypeAdapter[Any], value: Any) -> Any:
    try:
        return field.validate_python(value)
    except (ValueError, TypeError):  # ValidationError is a ValueError
        return value


@cache
def _field_types(tp: Any) -> dict[str, Any]:
    """A TypedDict's keys and their types (None where a type cannot be resolved: its values are
    then sent as given)."""
    keys = set(getattr(tp, "__required_keys__", ())) | set(getattr(tp, "__optional_keys__", ()))
    try:
        hints = get_type_hints(tp)
    except Exception:  # an annotation that does not resolve at run time
        hints = {}
    return {key: hints.get(key) for key in keys}


@cache
def _field_adapter(tp: Any, key: str) -> TypeAdapter[Any] | None:
    """The validator of one key of a TypedDict, built on first use."""
    hint = _field_types(tp).get(key)
    if hint is None:
        return None
    try:
        return TypeAdapter(hint)
    except Exception:  # a type pydantic cannot validate: its values go as given
        return None


# Encoding.


def jsonable(value: Any, what: str, owner: str) -> Any:
    """`value` as plain JSON data (dates as ISO text, enums as their values, models as their
    fields); a value JSON cannot carry is refused, naming its key."""
    if isinstance(value, Mapping):
        return {
            key: _jsonable_one(item, f"{what} {_shown(key)}", owner) for key, item in value.items()
        }
    return _jsonable_one(value, what, owner)


def _jsonable_one(value: Any, what: str, owner: str) -> Any:
    try:
        return to_jsonable_python(value)
    except (PydanticSerializationError, ValueError, TypeError):
        kind = type(value).__name__
        raise InvalidArgumentError(f"{owner}: {what} cannot be sent as JSON ({kind})") from None


def encode_json(value: Any, owner: str) -> bytes:
    """JSON data as a request body; NaN, infinities and text that is not Unicode are refused."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8")
    except (ValueError, TypeError) as exc:  # UnicodeEncodeError is a ValueError
        why = "a number that is not finite" if "JSON compliant" in str(exc) else "a value"
        raise InvalidArgumentError(
            f"{owner}: the body holds {why} JSON cannot carry; nothing was sent"
        ) from None


# The destructive guard.


def check_filters(
    required: Iterable[str], any_filter: bool, params: Mapping[str, Any], owner: str, call: str
) -> None:
    """Refuse a destructive call without the query keys (wire names) its documents require, or
    without any filter when they require one: the server would delete more than was meant. None,
    an empty text and an empty list (`id:in=`, which a server may read as no filter) are not
    filters."""
    given = {key for key, value in params.items() if _filters(value)}
    missing = [key for key in required if key not in given]
    if missing:
        names = ", ".join(repr(key) for key in missing)
        raise InvalidArgumentError(
            f"{owner}: {call} needs the filter(s) {names}; nothing was sent (without them the "
            "server may delete every object)"
        )
    if any_filter and not given:
        raise InvalidArgumentError(
            f"{owner}: {call} needs at least one filter; nothing was sent (without one the "
            "server may delete every object)"
        )


def _filters(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, (str, bytes, list, tuple, set, frozenset)):
        return len(value) > 0
    return True


def whole_number(params: dict[str, Any], key: str, default: int) -> int:
    """A paging parameter taken out of the query (`page`, `limit`): paging counts with it, so it
    must be a whole number."""
    value = params.pop(key, default)
    try:
        if isinstance(value, bool):
            raise ValueError
        return int(value)
    except (TypeError, ValueError):
        raise InvalidArgumentError(
            f"{key} must be a whole number to page through a listing"
        ) from None


# Helpers.


def _shown(name: object) -> str:
    text = str(name)
    return repr(text if len(text) <= _NAME_LIMIT else text[:_NAME_LIMIT] + "...")
