# Copied from runtime/_resource.py by codegen (`make generate`); do not edit.
"""The base class of generated resources: each generated method is one call,
`_call(operation, path, ...)`, with the operation described once as a class constant (see
_request.py), answered by one step per result kind.

`Resource` itself is the old client's style (`api.Products`): v2 answers without an envelope,
objects bound to their resource and parent id, `page`/`limit` paging and the `count` endpoint;
`NodeResource` (_operation.py) adds what the current API needs on top. Ids are checked as path
segments before anything is sent; filters and bodies are sent as given, converted where their
types say how, or checked against their types first in strict mode (_policy.py); answers become
the operation's model (_parse.py), bound to the resource.
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

from . import _policy
from ._model import ApiModel
from ._parse import adapter, decoded, parse_list, parse_one, unwrap
from ._prefetch import check_prefetch, last_from_count, page_items, pages
from ._query import QueryScalar
from ._redact import describe_errors, excerpt
from ._request import (
    Call,
    ExtraBody,
    ExtraHeaders,
    ExtraQuery,
    Operation,
    R,
    Request,
    ResultKind,
    build_request,
    call_headers,
)
from .connection import Connection, Options
from .exception import InvalidArgumentError, PartialSuccessError, ResponseDecodeError

M = TypeVar("M", bound=ApiModel)
T = TypeVar("T")

#: The largest page the v2 API serves.
V2_MAX_LIMIT = 250

#: What the payments gateway answers in (it refuses `application/json`).
PAYMENTS_ACCEPT = "application/vnd.bc.v1+json"

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
        `max_retries`, `max_retry_wait`, `max_response_bytes`, `deadline`, `strict`, `headers`)."""
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
        headers: Mapping[str, QueryScalar | None] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        payment_access_token: str | None = None,
    ) -> R:
        """The one runtime call of generated methods: `operation` with `path` (its values filled
        in), the `query`, the `body` and the call's options, answered as the operation's result
        kind says; `parent` and `count_path` are the old client's, `headers` the operation's
        header parameters (see `Call`), `payment_access_token` the credential of a payments
        gateway operation (sent to the gateway only, instead of the client's). Nothing is sent
        before an iterator (`pages`, `lines`) is first read; a misused option raises
        `InvalidArgumentError` at once."""
        query = {} if query is None else query
        auth = None
        if operation.server == "payments":
            auth = self._connection.payment_auth(payment_access_token)
        if extra_body is not None:
            body = _with_extra_body(operation, body, extra_body)
        call = Call(
            operation,
            path,
            query,
            body,
            prefetch,
            parent,
            count_path,
            call_headers(headers, extra_headers),
            _mapping("extra_query", extra_query),
            extra_body,
            auth,
        )
        step: Callable[[Call[Any]], object] = getattr(self, _STEPS[operation.result])
        return cast(R, step(call))

    # One step per result kind, each taking the call.

    def _one(self, call: Call[Any]) -> Any:
        op = call.operation

        def parse(res: requests.Response) -> Any:
            obj = parse_one(op.model, res, op.envelope)
            obj._bind(self, call.parent)
            return obj

        return self._send(call, self._body(call), parse)

    def _many(self, call: Call[Any]) -> list[Any]:
        """A list answer; a list body longer than the batch limit goes in chunks, in order, the
        whole body checked and encoded before the first chunk is sent."""
        op = call.operation
        done: list[Any] = []
        chunks = self._chunks(call)
        given = _chunks(call.body, op.batch_limit)  # the caller's items, for `unsent`
        params = self._params(call)
        for number, chunk in enumerate(chunks):
            try:
                done += self._send(
                    call, chunk, lambda res: self._items(call, res, partial_ok=False)[0], params
                )
            except PartialSuccessError as exc:
                exc.succeeded = [*done, *exc.succeeded]
                exc.unsent = [item for later in given[number + 1 :] for item in later]
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
        query = self._params(call)
        limit = _policy.whole_number(query, "limit", V2_MAX_LIMIT)
        page = _policy.whole_number(query, "page", 1)

        def fetch(number: int) -> list[Any]:
            request = self._request(call, None, {**query, "page": number, "limit": limit})
            return self._connection._send(request, lambda res: self._items(call, res)[0])

        last_page: partial[int] | None = None
        if prefetch and call.count_path is not None:
            url = self._url(op.version, call.count_path)
            request = build_request("GET", url, params=query, headers=call.headers)
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
        body = self._body(call)
        return self._send(call, body, lambda res: _parse_value(op.model, res, op.envelope))

    def _count(self, call: Call[Any]) -> int:
        return self._send(call, self._body(call), _parse_count)

    def _nothing(self, call: Call[Any]) -> None:
        chunks = self._chunks(call)
        params = self._params(call)
        for chunk in chunks:
            self._send(call, chunk, lambda res: None, params)

    def _answer(self, call: Call[Any]) -> dict[str, Any]:
        """What the old client's `delete` and `delete_all` returned: `{}` for an empty answer (the
        API's 204), else the JSON object answered."""
        return self._send(call, call.body, _parse_answer)

    def _bytes(self, call: Call[Any]) -> bytes:
        return self._send(call, self._body(call), lambda res: res.content)

    def _lines(self, call: Call[Any]) -> Iterator[str]:
        body = self._body(call)
        text: str = self._send(call, body, lambda res: res.content.decode("utf-8", "replace"))
        yield from text.splitlines()

    # Helpers.

    def _url(self, version: str, path: str) -> str:
        """The URL of `path` (its values filled in) in API `version`: the old client's under the
        connection's API root, which names the version."""
        return self._connection._url(path)

    def _query(self, query_type: Any, query: Mapping[str, Any]) -> dict[str, Any]:
        """The query as sent, keys as the API spells them (`id:in`): converted where its type
        says how, or checked against it in strict mode (see _policy.py)."""
        if query_type is None:
            return {}
        owner = type(self).__name__
        values = _policy.type_keys(query, self._query_word, owner)
        if self._connection.strict:
            values = self._check(query_type, values, self._query_word)
        else:
            values = _policy.lenient(query_type, values, self._query_word)
        return {_policy.wire_key(key): value for key, value in values.items()}

    def _body(self, call: Call[Any]) -> Any:
        """The call's body as it is sent: JSON data (or a multipart form's fields), converted
        where its type says how, or checked against it in strict mode, then `extra_body` added
        as given; the whole body, before any chunk of it is sent. None without a body."""
        op = call.operation
        if call.body is None or op.body_type is None:
            return None
        owner = type(self).__name__
        if self._connection.strict:
            values = self._check(op.body_type, call.body, self._body_word)
            if not op.multipart:
                values = adapter(op.body_type).dump_python(values, mode="json")
        else:
            values = _policy.lenient(op.body_type, call.body, self._body_word)
            if not op.multipart:
                values = _policy.jsonable(values, self._body_word, owner)
        extra = call.extra_body
        if not extra:
            return values
        if op.multipart:
            return {**values, **extra}
        return {**values, **_policy.jsonable(dict(extra), "extra_body field", owner)}

    def _chunks(self, call: Call[Any]) -> list[Any]:
        """The requests' bodies that carry the call's body: one, or slices of a list body of
        at most the batch limit, each JSON-encoded before the first is sent."""
        op = call.operation
        chunks = _chunks(self._body(call), op.batch_limit)
        if op.multipart or len(chunks) == 1:
            return chunks
        return [_policy.encode_json(chunk, type(self).__name__) for chunk in chunks]

    def _params(self, call: Call[Any]) -> dict[str, Any]:
        """The call's query as `_query` makes it, then `extra_query` as given; a destructive
        call without the filter its documents require is refused here, in every mode."""
        op = call.operation
        params = self._query(op.query_type, call.query)
        if call.extra_query:
            params.update(call.extra_query)
        if op.required_query or op.filter_required:
            what = f"{op.method} {op.path}"
            owner = type(self).__name__
            _policy.check_filters(op.required_query, op.filter_required, params, owner, what)
        return params

    def _request(
        self, call: Call[Any], body: Any, params: Mapping[str, Any] | None = None
    ) -> Request:
        """The HTTP request of `call` carrying `body` (see `_body`: the whole body or one chunk
        of it, JSON data or already encoded), the query `params` (`_params` when None) and the
        call's headers."""
        op = call.operation
        if params is None:
            params = self._params(call)
        headers = call.headers
        if op.server == "payments":
            url = self._connection.payments_url(call.path)
            headers = {"Accept": PAYMENTS_ACCEPT, **(headers or {})}
        else:
            url = self._url(op.version, call.path)
        auth = call.auth
        if body is None:
            return build_request(op.method, url, params=params, headers=headers, auth=auth)
        if op.multipart:
            data, files = _multipart(body)
            return build_request(
                op.method, url, params=params, data=data, files=files, headers=headers, auth=auth
            )
        owner = type(self).__name__
        payload = body if isinstance(body, bytes) else _policy.encode_json(body, owner)
        return build_request(
            op.method, url, params=params, body=payload, headers=headers, auth=auth
        )

    def _send(
        self,
        call: Call[Any],
        body: Any,
        parse: Callable[[requests.Response], T],
        params: Mapping[str, Any] | None = None,
    ) -> T:
        return self._connection._send(self._request(call, body, params), parse)

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
        """Strict mode: validate arguments (keyword arguments, a body) against their type
        before anything is sent; the error names every bad argument."""
        return _policy.check(tp, values, what, type(self).__name__)


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


def _with_extra_body(operation: Operation[Any], body: Any, extra: ExtraBody) -> Any:
    """The body a call with `extra_body` sends: the caller's body, or an empty object when the
    body is optional and not given; `extra_body` is then added to it (see `_request`)."""
    _mapping("extra_body", extra)
    if operation.body_type is None:
        raise InvalidArgumentError("extra_body: this call sends no body")
    if body is None:
        return {}
    if not isinstance(body, Mapping):
        raise InvalidArgumentError("extra_body: the body of this call is not an object")
    return body


def _mapping(what: str, value: Mapping[str, object] | None) -> Mapping[str, object] | None:
    if value is not None and not isinstance(value, Mapping):
        raise InvalidArgumentError(f"{what} must be a mapping of names to values")
    return value


def _chunks(body: Any, limit: int | None) -> list[Any]:
    """The body as the requests that carry it: one, or list slices of at most `limit` items."""
    if limit is None or not isinstance(body, list) or len(body) <= limit:
        return [body]
    return [body[start : start + limit] for start in range(0, len(body), limit)]
