"""The base class of imported resources (`client.catalog.products`): each generated method is one
call into this file.

It adds what the current API needs on top of `Resource`: the version in the path, `{data, meta}`
envelopes, offset and cursor pagination, batch bodies sent in chunks, non-JSON answers, and
multipart uploads.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import requests
from pydantic import ValidationError

from ._model import ApiModel
from ._parse import adapter, decoded, parse_list, parse_one, unwrap
from ._prefetch import check_prefetch, page_items, pages
from ._redact import describe_errors
from ._resource import Resource
from .exception import PaginationError, PartialSuccessError, ResponseDecodeError

if TYPE_CHECKING:
    from concurrent.futures import Future

M = TypeVar("M", bound=ApiModel)
T = TypeVar("T")

#: The page size asked for when iterating, the largest most list operations serve.
PAGE_LIMIT = 250


class NodeResource(Resource):
    _version: ClassVar[str] = "v3"

    # Runtime calls made by generated methods.

    def _one(
        self,
        model: type[M],
        method: str,
        path: str,
        query: Mapping[str, Any],
        query_type: Any,
        *,
        body: Any = None,
        body_type: Any = None,
        multipart: bool = False,
        envelope: bool = False,
    ) -> M:
        def parse(res: requests.Response) -> M:
            obj = parse_one(model, res, envelope)
            obj._bind(self, None)
            return obj

        return self._send(method, path, query, query_type, body, body_type, multipart, parse)

    def _many(
        self,
        model: type[M],
        method: str,
        path: str,
        query: Mapping[str, Any],
        query_type: Any,
        *,
        body: Any = None,
        body_type: Any = None,
        multipart: bool = False,
        envelope: bool = False,
        batch_limit: int | None = None,
    ) -> list[M]:
        """A list answer; a list `body` longer than `batch_limit` goes in chunks, in order."""
        done: list[M] = []
        chunks = _chunks(body, batch_limit)
        for number, chunk in enumerate(chunks):
            try:
                done += self._send(
                    method,
                    path,
                    query,
                    query_type,
                    chunk,
                    body_type,
                    multipart,
                    lambda res: self._items(model, res, envelope, partial_ok=False)[0],
                )
            except PartialSuccessError as exc:
                exc.succeeded = [*done, *exc.succeeded]
                exc.unsent = [item for later in chunks[number + 1 :] for item in later]
                raise
        return done

    def _pages(
        self,
        model: type[M],
        method: str,
        path: str,
        query: Mapping[str, Any],
        query_type: Any,
        *,
        envelope: bool = False,
        pagination: str = "offset",
        prefetch: int = 0,
    ) -> Iterator[M]:
        """Every item of every page, following `meta.pagination` (page numbers) or
        `meta.cursor_pagination` (`after` cursors), one page in memory at a time; with page
        numbers, `prefetch` more pages may be fetched ahead (see _prefetch.py), the first page's
        `meta.pagination.total_pages` telling where the listing ends.

        A listing always ends: an empty page, or one identical to the previous page, ends it
        quietly; a cursor already followed, a `current_page` not past the previous one, or a
        page that repeats an earlier one raises `PaginationError` (see _prefetch.page_items)."""
        prefetch = check_prefetch(prefetch)
        params = self._query(query_type, query)
        params.setdefault("limit", PAGE_LIMIT)

        # Parsed inside the request loop, so a garbled page is retried like any other read.
        def fetch(params: Mapping[str, Any]) -> tuple[list[M], dict[str, Any], requests.Response]:
            return self._connection.request_parsed(
                method,
                self._path(path),
                lambda res: (*self._items(model, res, envelope, partial_ok=True), res),
                params=params,
                versioned=True,
            )

        if pagination == "cursor":
            yield from _cursor_items(fetch, params)
            return

        first = int(params.pop("page", 1))
        limit = int(params["limit"])
        # Each page's meta.pagination and answer, until the page is read.
        numbers: dict[int, tuple[dict[str, Any], requests.Response]] = {}

        def fetch_page(number: int) -> list[M]:
            items, meta, res = fetch({**params, "page": number})
            numbers[number] = (_dict(meta.get("pagination")), res)
            return items

        def last_page(first_page: Future[Sequence[M]]) -> int | None:
            first_page.result()
            return _whole(numbers[first][0].get("total_pages"))

        source = pages(
            fetch_page, first, prefetch=prefetch, last_page=last_page, connection=self._connection
        )
        previous: int | None = None  # the page number the previous answer gave

        def ends(number: int, page: Sequence[M]) -> bool:
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

    def _value(
        self,
        tp: type[T],
        method: str,
        path: str,
        query: Mapping[str, Any],
        query_type: Any,
        *,
        body: Any = None,
        body_type: Any = None,
        multipart: bool = False,
        envelope: bool = False,
    ) -> T:
        """An answer that is not a model: validated as `tp` (`list[int]`, `dict[str, Any]`...)."""

        def parse(res: requests.Response) -> T:
            try:
                value: T = adapter(tp).validate_python(unwrap(res, decoded(res), envelope))
            except ValidationError as exc:
                problems = describe_errors(exc)  # not the values: they may be secrets
                msg = f"{res.url}: unexpected answer: {problems}"
                raise ResponseDecodeError(msg, res) from None
            return value

        return self._send(method, path, query, query_type, body, body_type, multipart, parse)

    def _nothing(
        self,
        method: str,
        path: str,
        query: Mapping[str, Any],
        query_type: Any,
        *,
        body: Any = None,
        body_type: Any = None,
        multipart: bool = False,
        batch_limit: int | None = None,
    ) -> None:
        for chunk in _chunks(body, batch_limit):
            self._send(
                method, path, query, query_type, chunk, body_type, multipart, lambda res: None
            )

    def _bytes(
        self,
        method: str,
        path: str,
        query: Mapping[str, Any],
        query_type: Any,
        *,
        body: Any = None,
        body_type: Any = None,
        multipart: bool = False,
    ) -> bytes:
        return self._send(
            method, path, query, query_type, body, body_type, multipart, lambda res: res.content
        )

    def _lines(
        self,
        method: str,
        path: str,
        query: Mapping[str, Any],
        query_type: Any,
        *,
        body: Any = None,
        body_type: Any = None,
        multipart: bool = False,
    ) -> Iterator[str]:
        text: str = self._send(
            method,
            path,
            query,
            query_type,
            body,
            body_type,
            multipart,
            lambda res: res.content.decode("utf-8", "replace"),
        )
        yield from text.splitlines()

    # Helpers.

    def _path(self, path: str) -> str:
        return f"{self._version}/{path}"

    def _query(self, query_type: Any, query: Mapping[str, Any]) -> dict[str, Any]:
        if query_type is None:
            return {}
        checked = self._check(query_type, query, "query parameter")
        return {key.replace("__", ":"): value for key, value in checked.items()}

    def _send(
        self,
        method: str,
        path: str,
        query: Mapping[str, Any],
        query_type: Any,
        body: Any,
        body_type: Any,
        multipart: bool,
        parse: Callable[[requests.Response], T],
    ) -> T:
        params = self._query(query_type, query)
        if body is None or body_type is None:
            return self._connection.request_parsed(
                method, self._path(path), parse, params=params, versioned=True
            )
        checked = self._check(body_type, body, "body field")
        if multipart:
            data, files = _multipart(checked)
            return self._connection.request_parsed(
                method,
                self._path(path),
                parse,
                params=params,
                data=data,
                files=files,
                versioned=True,
            )
        payload = adapter(body_type).dump_json(checked)
        return self._connection.request_parsed(
            method, self._path(path), parse, params=params, body=payload, versioned=True
        )

    def _items(
        self, model: type[M], res: requests.Response, envelope: bool, *, partial_ok: bool
    ) -> tuple[list[M], dict[str, Any]]:
        """The objects of a list answer, and the envelope's `meta` ({} without one)."""
        items, meta = parse_list(model, res, envelope)
        for item in items:
            item._bind(self, None)
        if res.status_code == 207 and not partial_ok:
            raise PartialSuccessError.from_response(res, items)
        return items, meta


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


def _multipart(fields: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, Any]]:
    """Form fields and files: bytes, open files and paths are uploaded, the rest sent as text."""
    data: dict[str, str] = {}
    files: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, (bytes, bytearray)):
            files[key] = (key, bytes(value))
        elif isinstance(value, (os.PathLike, PurePath)):
            path = os.fspath(value)
            with open(path, "rb") as handle:
                files[key] = (os.path.basename(path), handle.read())
        elif hasattr(value, "read"):
            files[key] = (os.path.basename(str(getattr(value, "name", key))), value.read())
        elif isinstance(value, (dict, list)):
            data[key] = json.dumps(value)
        elif value is not None:
            data[key] = "true" if value is True else "false" if value is False else str(value)
    return data, files


def _chunks(body: Any, limit: int | None) -> list[Any]:
    """The body as the requests that carry it: one, or list slices of at most `limit` items."""
    if limit is None or not isinstance(body, list) or len(body) <= limit:
        return [body]
    return [body[start : start + limit] for start in range(0, len(body), limit)]
