# Copied from runtime/testing/v3_pages.py by codegen (`make generate`); do not edit.
"""Pages of v3 lists: `meta.pagination` for `page`/`limit`, `meta.cursor_pagination` for
`before`/`after`.

A cursor is an object's key, encoded (opaque to clients): `after=c` starts just past that object,
`before=c` ends just before it. `limit` is 50 unless given and at most 250 (`LimitTooLarge`).
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode

from .query import QueryError, paging

__all__ = ["CURSOR_PARAMS", "cursor_page", "decode_cursor", "encode_cursor", "offset_page"]

T = TypeVar("T")

#: The query parameters that ask for a cursor page.
CURSOR_PARAMS = ("before", "after")


def offset_page(
    items: Sequence[T], keys: Sequence[str], query: Mapping[str, str], *, cursors: bool = False
) -> tuple[Sequence[T], dict[str, Any]]:
    """Page `page` of `items` and its meta: `pagination` (total, count, per_page, current_page,
    total_pages, links), and with `cursors` also the page's `cursor_pagination`, so a client
    may go on with `after`."""
    page, limit = paging(query)
    start, stop = min((page - 1) * limit, len(items)), min(page * limit, len(items))
    total_pages = math.ceil(len(items) / limit)
    links = {"current": _link(page=page, limit=limit)}
    if page > 1:
        links["previous"] = _link(page=page - 1, limit=limit)
    if page < total_pages:
        links["next"] = _link(page=page + 1, limit=limit)
    meta: dict[str, Any] = {
        "pagination": {
            "total": len(items),
            "count": stop - start,
            "per_page": limit,
            "current_page": page,
            "total_pages": total_pages,
            "links": links,
        }
    }
    if cursors:
        meta["cursor_pagination"] = _cursor_meta(keys, start, stop, limit)
    return items[start:stop], meta


def cursor_page(
    items: Sequence[T], keys: Sequence[str], query: Mapping[str, str]
) -> tuple[Sequence[T], dict[str, Any]]:
    """The page `before`/`after` pick (the first `limit` items without either) and its meta:
    `cursor_pagination` (count, per_page, start_cursor, end_cursor, links)."""
    _page, limit = paging({"limit": query.get("limit", "")})
    start, stop = 0, min(limit, len(items))
    if query.get("after"):
        start = _position(keys, query["after"], "after") + 1
        stop = min(start + limit, len(items))
    elif query.get("before"):
        stop = _position(keys, query["before"], "before")
        start = max(0, stop - limit)
    return items[start:stop], {"cursor_pagination": _cursor_meta(keys, start, stop, limit)}


def _cursor_meta(keys: Sequence[str], start: int, stop: int, limit: int) -> dict[str, Any]:
    cursor: dict[str, Any] = {"count": stop - start, "per_page": limit, "links": {}}
    if stop > start:
        cursor["start_cursor"] = encode_cursor(keys[start])
        cursor["end_cursor"] = encode_cursor(keys[stop - 1])
        if stop < len(keys):
            cursor["links"]["next"] = _link(after=cursor["end_cursor"], limit=limit)
        if start > 0:
            cursor["links"]["previous"] = _link(before=cursor["start_cursor"], limit=limit)
    return cursor


def encode_cursor(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str | None:
    """The key a cursor encodes, or None when it is not a cursor."""
    try:
        return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _position(keys: Sequence[str], cursor: str, param: str) -> int:
    key = decode_cursor(cursor)
    if key is None or key not in keys:
        raise QueryError(param, "is not a cursor of this list")
    return list(keys).index(key)


def _link(**params: Any) -> str:
    return "?" + urlencode(params)
