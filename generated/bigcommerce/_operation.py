# Copied from runtime/_operation.py by codegen (`make generate`); do not edit.
"""The base class of imported resources (`client.catalog.products`): each generated method is one
call, `_call(operation, path, query=..., body=..., prefetch=...)` (see _resource.py), with the
operation described once as a class constant (see _request.py).

It adds what the current API needs on top of `Resource`: the version in the path, and offset
and cursor pagination (`{data, meta}` envelopes, batch bodies sent in chunks, non-JSON answers and
multipart uploads are steps of `Resource`, described by the operation).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import requests

from ._model import ApiModel
from ._policy import whole_number
from ._prefetch import check_prefetch, page_items, pages
from ._request import Call
from ._resource import Resource
from .exception import PaginationError, ResponseDecodeError

if TYPE_CHECKING:
    from concurrent.futures import Future

M = TypeVar("M", bound=ApiModel)

#: The page size asked for when iterating, the largest most list operations serve.
PAGE_LIMIT = 250


class NodeResource(Resource):
    """An imported resource: the old client's `Resource` with the version in the URL and the
    paginations of the current API."""

    _query_word: ClassVar[str] = "query parameter"
    _body_word: ClassVar[str] = "body field"
    _partial_success: ClassVar[bool] = True

    def _url(self, version: str, path: str) -> str:
        return self._connection.versioned_url(f"{version}/{path}")

    def _pages(self, call: Call[Any]) -> Iterator[Any]:
        """Every item of every page, following `meta.pagination` (page numbers) or
        `meta.cursor_pagination` (`after` cursors), one page in memory at a time; with page
        numbers, `prefetch` more pages may be fetched ahead (see _prefetch.py), the first page's
        `meta.pagination.total_pages` telling where the listing ends.

        A listing always ends: an empty page, or one identical to the previous page, ends it
        quietly; a cursor already followed, a `current_page` not past the previous one, or a
        page that repeats an earlier one raises `PaginationError` (see _prefetch.page_items)."""
        op = call.operation
        prefetch = check_prefetch(call.prefetch)
        params = self._params(call)
        params.setdefault("limit", PAGE_LIMIT)

        # Parsed inside the request loop, so a garbled page is retried like any other read.
        def fetch(params: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any], requests.Response]:
            return self._connection._send(
                self._request(call, None, params), lambda res: (*self._items(call, res), res)
            )

        if op.pagination == "cursor":
            yield from _cursor_items(fetch, params)
            return

        first = whole_number(params, "page", 1)
        limit = params["limit"] = whole_number(params, "limit", PAGE_LIMIT)
        # Each page's meta.pagination and answer, until the page is read.
        numbers: dict[int, tuple[dict[str, Any], requests.Response]] = {}

        def fetch_page(number: int) -> list[Any]:
            items, meta, res = fetch({**params, "page": number})
            numbers[number] = (_dict(meta.get("pagination")), res)
            return items

        def last_page(first_page: Future[Sequence[Any]]) -> int | None:
            first_page.result()
            return _whole(numbers[first][0].get("total_pages"))

        source = pages(
            fetch_page, first, prefetch=prefetch, last_page=last_page, connection=self._connection
        )
        previous: int | None = None  # the page number the previous answer gave

        def ends(number: int, page: Sequence[Any]) -> bool:
            nonlocal previous
            info, res = numbers.pop(number)
            current = _whole(info.get("current_page")) or number
            if previous is not None and current <= previous:
                raise PaginationError(
                    f"{res.url}: asked for page {number} after page {previous}, the answer is "
                    f"page {current} (meta.pagination.current_page): the listing goes backwards",
                    res,
                )
            previous = current
            total = _whole(info.get("total_pages"))
            if total is not None:
                return current >= total
            return len(page) < limit

        yield from page_items(source, first, ends)


def _cursor_items(
    fetch: Callable[[Mapping[str, Any]], tuple[list[M], dict[str, Any], requests.Response]],
    params: dict[str, Any],
) -> Iterator[M]:
    """Every item of a cursor listing: each page asked for `after` the previous page's
    `meta.cursor_pagination.end_cursor`, while `links.next` says there is one. A cursor already
    followed in this listing (the caller's `after` included) raises `PaginationError`."""
    start = params.get("after")
    followed: set[str] = set() if start is None else {str(start)}
    latest: list[tuple[dict[str, Any], requests.Response]] = []  # the page being read

    def source() -> Generator[list[M], None, None]:
        while True:
            items, meta, res = fetch(params)
            latest[:] = [(meta, res)]
            yield items

    def ends(_number: int, _page: Sequence[M]) -> bool:
        meta, res = latest.pop()
        cursor = _dict(meta.get("cursor_pagination"))
        end = cursor.get("end_cursor")
        if not _dict(cursor.get("links")).get("next") or not end:
            return True
        after = _cursor(end)
        if after is None:
            raise ResponseDecodeError(
                f"{res.url}: meta.cursor_pagination.end_cursor is not a cursor: "
                f"{type(end).__name__}",
                res,
            )
        if after in followed:
            shown = after if len(after) <= 60 else after[:60] + "..."
            raise PaginationError(
                f"{res.url}: end_cursor {shown!r} was followed before in this listing: the "
                "cursors go round in circles",
                res,
            )
        followed.add(after)
        params["after"] = after
        return False

    yield from page_items(source(), 1, ends)


def _cursor(value: object) -> str | None:
    """A cursor from an answer as it can be sent back (a string or a number), else None."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value)
    try:
        text.encode("utf-8")  # a lone surrogate cannot go into a URL
    except UnicodeEncodeError:
        return None
    return text


def _dict(value: object) -> dict[str, Any]:
    """A JSON object from an answer, or {} when it is anything else."""
    return value if isinstance(value, dict) else {}


def _whole(value: object) -> int | None:
    """A whole number from an answer, or None when it is anything else."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None
