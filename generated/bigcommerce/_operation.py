# Copied from runtime/_operation.py by codegen (`make generate`); do not edit.
"""The base class of imported resources (`client.catalog.products`): each generated method is one
call, `_call(operation, path, query=..., body=..., prefetch=...)`, with the operation described
once as a class constant (see _request.py).

It adds what the current API needs on top of `Resource`: the version in the path, `{data, meta}`
envelopes, offset and cursor pagination, batch bodies sent in chunks, non-JSON answers, and
multipart uploads.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

import requests
from pydantic import ValidationError

from ._model import ApiModel
from ._parse import adapter, decoded, parse_list, parse_one, unwrap
from ._prefetch import check_prefetch, page_items, pages
from ._redact import describe_errors
from ._request import Call, Operation, R, Request, build_request
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

    def _call(
        self,
        operation: Operation[R],
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        prefetch: int = 0,
    ) -> R:
        """The one runtime call of generated methods: `operation` with `path` (its values filled
        in), the `query`, the `body` and the call's options, answered as the operation's result
        kind says. Nothing is sent before an iterator (`pages`, `lines`) is first read."""
        call = Call(operation, path, {} if query is None else query, body, prefetch)
        kind = operation.result
        step: Callable[[Call[Any]], object]
        if kind == "one":
            step = self._one
        elif kind == "many":
            step = self._many
        elif kind == "pages":
            step = self._pages
        elif kind == "value":
            step = self._value
        elif kind == "nothing":
            step = self._nothing
        elif kind == "bytes":
            step = self._bytes
        else:
            step = self._lines
        return cast(R, step(call))

    # One step per result kind, each taking the call.

    def _one(self, call: Call[Any]) -> Any:
        op = call.operation

        def parse(res: requests.Response) -> Any:
            obj = parse_one(op.model, res, op.envelope)
            obj._bind(self, None)
            return obj

        return self._send(call, call.body, parse)

    def _many(self, call: Call[Any]) -> list[Any]:
        """A list answer; a list body longer than the batch limit goes in chunks, in order."""
        op = call.operation
        done: list[Any] = []
        chunks = _chunks(call.body, op.batch_limit)
        for number, chunk in enumerate(chunks):
            try:
                done += self._send(
                    call,
                    chunk,
                    lambda res: self._items(op.model, res, op.envelope, partial_ok=False)[0],
                )
            except PartialSuccessError as exc:
                exc.succeeded = [*done, *exc.succeeded]
                exc.unsent = [item for later in chunks[number + 1 :] for item in later]
                raise
        return done

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
        params = self._query(op.query_type, call.query)
        params.setdefault("limit", PAGE_LIMIT)

        # Parsed inside the request loop, so a garbled page is retried like any other read.
        def fetch(params: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any], requests.Response]:
            url = self._connection.versioned_url(self._path(call))
            return self._connection._send(
                build_request(op.method, url, params=params),
                lambda res: (*self._items(op.model, res, op.envelope, partial_ok=True), res),
            )

        if op.pagination == "cursor":
            yield from _cursor_items(fetch, params)
            return

        first = int(params.pop("page", 1))
        limit = int(params["limit"])
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

    def _value(self, call: Call[Any]) -> Any:
        """An answer that is not a model: validated as the operation's type (`list[int]`,
        `dict[str, Any]`...)."""
        op = call.operation
        return self._send(call, call.body, lambda res: _parse_value(op.model, res, op.envelope))

    def _nothing(self, call: Call[Any]) -> None:
        for chunk in _chunks(call.body, call.operation.batch_limit):
            self._send(call, chunk, lambda res: None)

    def _bytes(self, call: Call[Any]) -> bytes:
        return self._send(call, call.body, lambda res: res.content)

    def _lines(self, call: Call[Any]) -> Iterator[str]:
        text: str = self._send(call, call.body, lambda res: res.content.decode("utf-8", "replace"))
        yield from text.splitlines()

    # Helpers.

    def _path(self, call: Call[Any]) -> str:
        return f"{call.operation.version}/{call.path}"

    def _query(self, query_type: Any, query: Mapping[str, Any]) -> dict[str, Any]:
        if query_type is None:
            return {}
        checked = self._check(query_type, query, "query parameter")
        return {key.replace("__", ":"): value for key, value in checked.items()}

    def _request(self, call: Call[Any], body: Any) -> Request:
        """The HTTP request of `call` carrying `body` (the whole body or one chunk of it), its
        query and body checked against the operation's types first."""
        op = call.operation
        params = self._query(op.query_type, call.query)
        url = self._connection.versioned_url(self._path(call))
        if body is None or op.body_type is None:
            return build_request(op.method, url, params=params)
        checked = self._check(op.body_type, body, "body field")
        if op.multipart:
            data, files = _multipart(checked)
            return build_request(op.method, url, params=params, data=data, files=files)
        payload = adapter(op.body_type).dump_json(checked)
        return build_request(op.method, url, params=params, body=payload)

    def _send(self, call: Call[Any], body: Any, parse: Callable[[requests.Response], T]) -> T:
        return self._connection._send(self._request(call, body), parse)

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


def _parse_value(tp: Any, res: requests.Response, envelope: bool) -> Any:
    """An answer that is not a model, validated as `tp`."""
    try:
        return adapter(tp).validate_python(unwrap(res, decoded(res), envelope))
    except ValidationError as exc:
        problems = describe_errors(exc)  # not the values: they may be secrets
        msg = f"{res.url}: unexpected answer: {problems}"
        raise ResponseDecodeError(msg, res) from None


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
