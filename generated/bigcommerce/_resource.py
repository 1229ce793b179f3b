# Copied from runtime/_resource.py by codegen (`make generate`); do not edit.
"""The base class of generated resources: each generated method is one call,
`_call(operation, path, ...)`, with the operation described once as a class constant (see
_request.py), answered by one step per result kind.

`Resource` itself is the old client's style (`api.Products`): v2 answers without an envelope,
objects bound to their resource and parent id, `page`/`limit` paging and the `count` endpoint;
`NodeResource` (_operation.py) adds what the current API needs on top. Arguments are validated
(filters and bodies against their TypedDicts, ids as path segments) before anything is sent;
answers become the operation's model (_parse.py), bound to the resource.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import PurePath
from typing import Any, ClassVar, TypeVar, cast, get_args

import requests
from pydantic import ValidationError
from typing_extensions import Self, Unpack

from ._model import ApiModel
from ._parse import adapter, decoded, parse_list, parse_one, unwrap
from ._prefetch import check_prefetch, last_from_count, page_items, pages
from ._redact import describe_errors, excerpt
from ._request import Call, Operation, R, Request, ResultKind, build_request
from .connection import Connection, Options
from .exception import InvalidArgumentError, PartialSuccessError, ResponseDecodeError

M = TypeVar("M", bound=ApiModel)
T = TypeVar("T")

#: The largest page the v2 API serves.
V2_MAX_LIMIT = 250

#: The step that answers each result kind (`Operation.result`).
_STEPS: dict[str, str] = {kind: f"_{kind}" for kind in get_args(ResultKind)}


class Resource:
    """A resource bound to a connection, as `api.Products` or `api.ProductOptions`."""

    #: How errors name a query parameter and a body field.
    _query_word: ClassVar[str] = "filter"
    _body_word: ClassVar[str] = "field"
    #: Whether a 207 answer to a list call raises `PartialSuccessError` (v2 answers carry no
    #: per-item errors).
    _partial_success: ClassVar[bool] = False

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def __repr__(self) -> str:
        return f"<{type(self).__name__} on {self._connection!r}>"

    def with_options(self, **options: Unpack[Options]) -> Self:
        """The same resource with other settings for the calls made through it (`timeout`,
        `max_retries`, `max_retry_wait`, `max_response_bytes`, `deadline`)."""
        connection = self._connection.with_options(**options)
        return type(self)(connection)

    def _call(
        self,
        operation: Operation[R],
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        prefetch: int = 0,
        parent: Any = None,
        count_path: str | None = None,
    ) -> R:
        """The one runtime call of generated methods: `operation` with `path` (its values filled
        in), the `query`, the `body` and the call's options, answered as the operation's result
        kind says; `parent` and `count_path` are the old client's (see `Call`). Nothing is sent
        before an iterator (`pages`, `lines`) is first read."""
        query = {} if query is None else query
        call = Call(operation, path, query, body, prefetch, parent, count_path)
        step: Callable[[Call[Any]], object] = getattr(self, _STEPS[operation.result])
        return cast(R, step(call))

    # One step per result kind, each taking the call.

    def _one(self, call: Call[Any]) -> Any:
        op = call.operation

        def parse(res: requests.Response) -> Any:
            obj = parse_one(op.model, res, op.envelope)
            obj._bind(self, call.parent)
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
                    call, chunk, lambda res: self._items(call, res, partial_ok=False)[0]
                )
            except PartialSuccessError as exc:
                exc.succeeded = [*done, *exc.succeeded]
                exc.unsent = [item for later in chunks[number + 1 :] for item in later]
                raise
        return done

    def _pages(self, call: Call[Any]) -> Iterator[Any]:
        """v2 `iterall`: every item of every page (`page`/`limit`), one page in memory at a time,
        or with `prefetch` up to that many more fetched ahead when the call's `count_path` tells
        how many items there are (see _prefetch.py); without pages, the one list answered.

        Stops on a short page, on an empty page (204), and when a page repeats the previous one or
        is longer than asked for (an endpoint that ignores paging) instead of looping forever.
        v2 answers carry no page numbers, so a listing that goes backwards shows as a page that
        repeats an earlier one: that raises `PaginationError` (see _prefetch.page_items).
        """
        op = call.operation
        if op.pagination != "page":
            yield from self._many(call)
            return
        prefetch = check_prefetch(call.prefetch)
        query = self._query(op.query_type, call.query)
        limit = int(query.pop("limit", V2_MAX_LIMIT))
        page = int(query.pop("page", 1))
        url = self._url(op.version, call.path)

        def fetch(number: int) -> list[Any]:
            params = {**query, "page": number, "limit": limit}
            request = build_request(op.method, url, params=params)
            return self._connection._send(request, lambda res: self._items(call, res)[0])

        last_page: partial[int] | None = None
        if prefetch and call.count_path is not None:
            request = build_request("GET", self._url(op.version, call.count_path), params=query)
            count = partial(self._connection._send, request, _parse_count)
            last_page = partial(last_from_count, page, limit, count)
        source = pages(
            fetch, page, prefetch=prefetch, last_page=last_page, connection=self._connection
        )
        yield from page_items(source, page, lambda _number, items: len(items) != limit)

    def _value(self, call: Call[Any]) -> Any:
        """An answer that is not a model: validated as the operation's type (`list[int]`,
        `dict[str, Any]`...)."""
        op = call.operation
        return self._send(call, call.body, lambda res: _parse_value(op.model, res, op.envelope))

    def _count(self, call: Call[Any]) -> int:
        return self._send(call, call.body, _parse_count)

    def _nothing(self, call: Call[Any]) -> None:
        for chunk in _chunks(call.body, call.operation.batch_limit):
            self._send(call, chunk, lambda res: None)

    def _answer(self, call: Call[Any]) -> dict[str, Any]:
        """What the old client's `delete` and `delete_all` returned: `{}` for an empty answer (the
        API's 204), else the JSON object answered."""
        return self._send(call, call.body, _parse_answer)

    def _bytes(self, call: Call[Any]) -> bytes:
        return self._send(call, call.body, lambda res: res.content)

    def _lines(self, call: Call[Any]) -> Iterator[str]:
        text: str = self._send(call, call.body, lambda res: res.content.decode("utf-8", "replace"))
        yield from text.splitlines()

    # Helpers.

    def _url(self, version: str, path: str) -> str:
        """The URL of `path` (its values filled in) in API `version`: the old client's under the
        connection's API root, which names the version."""
        return self._connection._url(path)

    def _query(self, query_type: Any, query: Mapping[str, Any]) -> dict[str, Any]:
        """The query as sent, checked against its type."""
        if query_type is None:
            return {}
        return dict(self._check(query_type, query, self._query_word))

    def _request(self, call: Call[Any], body: Any) -> Request:
        """The HTTP request of `call` carrying `body` (the whole body or one chunk of it), its
        query and body checked against the operation's types first."""
        op = call.operation
        params = self._query(op.query_type, call.query)
        url = self._url(op.version, call.path)
        if body is None or op.body_type is None:
            return build_request(op.method, url, params=params)
        checked = self._check(op.body_type, body, self._body_word)
        if op.multipart:
            data, files = _multipart(checked)
            return build_request(op.method, url, params=params, data=data, files=files)
        payload = adapter(op.body_type).dump_json(checked)
        return build_request(op.method, url, params=params, body=payload)

    def _send(self, call: Call[Any], body: Any, parse: Callable[[requests.Response], T]) -> T:
        return self._connection._send(self._request(call, body), parse)

    def _items(
        self, call: Call[Any], res: requests.Response, *, partial_ok: bool = True
    ) -> tuple[list[Any], dict[str, Any]]:
        """The objects of a list answer, and the envelope's `meta` ({} without one); a 207
        answer raises `PartialSuccessError` unless `partial_ok` (see `_partial_success`)."""
        op = call.operation
        items, meta = parse_list(op.model, res, op.envelope)
        for item in items:
            item._bind(self, call.parent)
        if res.status_code == 207 and not partial_ok and self._partial_success:
            raise PartialSuccessError.from_response(res, items)
        return items, meta

    def _check(self, tp: Any, values: Any, what: str) -> Any:
        """Validate arguments (keyword arguments, a body) against their type before anything is
        sent; the error names every bad argument."""
        try:
            data = dict(values) if isinstance(values, Mapping) else values
            return adapter(tp).validate_python(data)
        except ValidationError as exc:
            problems = "; ".join(
                f"{what} {'.'.join(str(p) for p in err['loc']) or '?'!r}: {err['msg']}"
                for err in exc.errors()
            )
            raise InvalidArgumentError(f"{type(self).__name__}: {problems}") from None


def _parse_count(res: requests.Response) -> int:
    data = decoded(res)
    if isinstance(data, dict) and type(data.get("count")) is int:  # not a bool
        return int(data["count"])
    raise ResponseDecodeError(
        f"{res.url}: expected {{'count': <int>}}, got {excerpt(res.content, 200)}", res
    )


def _parse_answer(res: requests.Response) -> dict[str, Any]:
    data = decoded(res)
    if data is None:
        return {}
    if isinstance(data, dict):
        return data
    raise ResponseDecodeError(
        f"{res.url}: expected a JSON object or no body, got {excerpt(res.content, 200)}", res
    )


def _parse_value(tp: Any, res: requests.Response, envelope: bool) -> Any:
    """An answer that is not a model, validated as `tp`."""
    try:
        return adapter(tp).validate_python(unwrap(res, decoded(res), envelope))
    except ValidationError as exc:
        problems = describe_errors(exc)  # not the values: they may be secrets
        msg = f"{res.url}: unexpected answer: {problems}"
        raise ResponseDecodeError(msg, res) from None


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
