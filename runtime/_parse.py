"""Answers into models: validated by pydantic-core straight from the body's bytes (the `data` of
a v3 `{data, meta}` envelope included), with one slower path for answers that do not fit.

The slower path decodes the JSON again to say what is wrong (`ResponseDecodeError`, which the
connection retries like a dropped connection where repeating is safe) or, where the objects are
there, validates each alone: one that lacks only ids (the one field models require) is kept
validated with those ids unset and a `ResponseShapeWarning`; one whose fields do not match the
model otherwise is kept as the API sent it, with a logged warning.

Answers nested deeper than pydantic-core's JSON parser goes (about 200 levels) and numbers that
are not finite (`NaN`, `Infinity`, `1e400`) in fields declared as numbers, or anywhere in an answer
read without a model, raise `ResponseDecodeError` that is not retried (the answer would be the
same).
"""

from __future__ import annotations

import copy
import json
import logging
import math
import warnings
from functools import cache
from types import GenericAlias
from typing import Any, Generic, TypeVar

import requests
from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails
from typing_extensions import TypedDict

from ._caller import caller_level
from ._gc import GC_PAUSE
from ._model import ApiModel
from ._redact import describe_errors, excerpt
from .exception import ResponseDecodeError, ResponseShapeWarning

M = TypeVar("M", bound=ApiModel)
T = TypeVar("T")

log = logging.getLogger("bigcommerce")


@cache
def _cached_adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def adapter(tp: Any) -> TypeAdapter[Any]:
    """The validator of a type, built once (types are hashable)."""
    return _cached_adapter(tp)


class _Envelope(TypedDict, Generic[T], total=False):
    """The `{data, meta}` answer of the current API; other keys are ignored."""

    data: T
    meta: Any


def parse_one(model: type[M], res: requests.Response, envelope: bool = False) -> M:
    """The one object of an answer (unbound)."""
    try:
        obj: M = _validated(model, res, envelope)[0]
    except ValidationError as exc:
        _refuse_unusable(res, exc)
        obj = _salvaged(model, res, [unwrap(res, decoded(res), envelope)], exc, single=True)[0]
    return obj


def parse_list(
    model: type[M], res: requests.Response, envelope: bool = False
) -> tuple[list[M], dict[str, Any]]:
    """The objects of a list answer (unbound; none for an empty answer) and the envelope's
    `meta` ({} without one). The collector waits while they are built (see _gc.py)."""
    if is_empty(res):
        return [], {}
    try:
        with GC_PAUSE:
            return _validated(GenericAlias(list, (model,)), res, envelope)
    except ValidationError as exc:
        _refuse_unusable(res, exc)
        body = decoded(res)
        data = unwrap(res, body, envelope)
        if not isinstance(data, list):
            raise ResponseDecodeError(
                f"{res.url}: expected a list of objects: {describe_errors(exc)}", res
            ) from None
        return _salvaged(model, res, data, exc), meta(body)


def _validated(tp: Any, res: requests.Response, envelope: bool) -> tuple[Any, dict[str, Any]]:
    """The answer (`data` of an envelope) validated as `tp`, with the envelope's `meta`. Raises
    `ValidationError` for anything unexpected, invalid JSON included."""
    if not envelope:
        return adapter(tp).validate_json(res.content), {}
    answer: _Envelope[Any] = adapter(_Envelope[tp]).validate_json(res.content)
    if "data" not in answer:
        raise ResponseDecodeError(f"{res.url}: expected a {{data, meta}} answer", res)
    return answer["data"], meta(answer)


def _salvaged(
    model: type[M],
    res: requests.Response,
    items: list[Any],
    exc: ValidationError,
    single: bool = False,
) -> list[M]:
    """The objects of an answer that did not validate as a whole, each validated alone.

    One whose only problems are missing or null ids (its own, or a nested object's) is kept
    validated with those ids unset, and one `ResponseShapeWarning` names where; one that does not
    fit the model otherwise is kept as the API sent it (nothing is lost), with a logged warning.
    Messages say where and what kind, never the values (they may be secrets)."""
    lacking: list[str] = []
    objs: list[M] = []
    for number, item in enumerate(items):
        if not isinstance(item, dict):
            problems = describe_errors(exc)
            raise ResponseDecodeError(
                f"{res.url}: expected a JSON object: {problems}", res
            ) from None
        where = "" if single else f"{number}."
        objs.append(_salvaged_one(model, item, where, lacking))
    if lacking:
        more = len(lacking) - 5
        shown = ", ".join(lacking[:5]) + (f" and {more} more" if more > 0 else "")
        warnings.warn(
            f"{model.__name__}: {len(lacking)} object(s) of the answer of {_path(res)} came without"
            f" an id ({shown}); kept with that id unset",
            ResponseShapeWarning,
            stacklevel=caller_level(),
        )
    return objs


def _salvaged_one(model: type[M], item: dict[str, Any], where: str, lacking: list[str]) -> M:
    try:
        return model.model_validate(item)
    except ValidationError as exc:
        mismatch = exc
    errors = mismatch.errors(include_input=False)
    ids = [e["loc"] for e in errors if _lacks_id(item, e)]
    lacking += [where + ".".join(map(str, loc)) for loc in ids]
    if ids and len(ids) == len(errors):
        patched = copy.deepcopy(item)
        for loc in ids:
            _at(patched, loc[:-1])["id"] = 0  # a stand-in that every id type accepts
        try:
            obj = model.model_validate(patched)
        except ValidationError:
            pass
        else:
            owners = [_at(obj, loc[:-1]) for loc in ids]
            if all(isinstance(owner, ApiModel) for owner in owners):
                for owner in owners:
                    _unset_id(owner)
                return obj
    log.warning(
        "%s: kept unvalidated, the response does not match the model: %s",
        model.__name__,
        describe_errors(mismatch),
    )
    kept = model.model_construct(**item)
    if ("id",) in ids:
        _unset_id(kept)  # a null id: unset, as a missing one is
    return kept


def _lacks_id(item: dict[str, Any], error: ErrorDetails) -> bool:
    """Whether a validation error is a missing or null `id` of an object (the only required
    fields are ids)."""
    loc = error["loc"]
    if not loc or loc[-1] != "id" or not isinstance(_at(item, loc[:-1]), dict):
        return False
    return error["type"] == "missing" or _at(item, loc) is None


def _at(value: Any, loc: tuple[int | str, ...]) -> Any:
    """What `loc` (of a validation error) names in a decoded answer or in the objects built from
    it (fields by their API names, as errors name them); `_NOWHERE` when nothing is there."""
    for part in loc:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return _NOWHERE
    return value


_NOWHERE = object()


def _unset_id(obj: ApiModel) -> None:
    obj.__dict__.pop("id", None)
    obj.__pydantic_fields_set__.discard("id")


def _path(res: requests.Response) -> str:
    """The answer's URL without its query (filters may hold personal data)."""
    return str(res.url or "").split("?", 1)[0]


def _refuse_unusable(res: requests.Response, exc: ValidationError) -> None:
    """A `ResponseDecodeError` (not retried) when pydantic-core gave up on the JSON for its depth,
    or a field declared as a number holds one that is not finite (`NaN`, `"inf"`, `1e400`):
    such an answer is not kept as sent, as other mismatches are."""
    for error in exc.errors(include_input=False):
        if error["type"] == "json_invalid" and "recursion limit" in error["msg"]:
            raise _unusable(res, "the answer is nested too deep") from None
        if error["type"] == "finite_number":
            where = ".".join(str(part) for part in error["loc"])
            raise _unusable(res, f"a number is not finite ({where})") from None


def _unusable(res: requests.Response, what: str) -> ResponseDecodeError:
    """The error for an answer that would be the same if asked again: not retried."""
    return ResponseDecodeError(f"{res.status_code} @ {res.url}: {what}", res, retry=False)


class _NonFinite(ValueError):
    pass


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NonFinite(text)
    return number


def _no_constant(text: str) -> float:
    raise _NonFinite(text)


def is_empty(res: requests.Response) -> bool:
    return res.status_code == 204 or not res.content.strip()


def decoded(res: requests.Response) -> Any:
    """The decoded JSON answer, or None when it has no body."""
    if is_empty(res):
        return None
    try:
        return json.loads(res.content, parse_float=_finite, parse_constant=_no_constant)
    except RecursionError:
        raise _unusable(res, "the answer is nested too deep") from None
    except _NonFinite as exc:
        raise _unusable(res, f"a number is not finite ({str(exc)[:20]})") from None
    except ValueError as exc:
        raise ResponseDecodeError(
            f"{res.status_code} @ {res.url}: the body is not valid JSON: "
            + excerpt(res.content, 200),
            res,
        ) from exc


def unwrap(res: requests.Response, body: Any, envelope: bool) -> Any:
    """`data` of an envelope answer (checked), or the body itself."""
    if not envelope or body is None:
        return body
    if not isinstance(body, dict) or "data" not in body:
        raise ResponseDecodeError(f"{res.url}: expected a {{data, meta}} answer", res)
    return body["data"]


def meta(body: Any) -> dict[str, Any]:
    found = body.get("meta") if isinstance(body, dict) else None
    return found if isinstance(found, dict) else {}
