# Copied from runtime/_request.py by codegen (`make generate`); do not edit.
"""What a call sends, as data: the description of an operation, one call of it, and the HTTP
request it becomes.

- `Operation`: one generated method's operation, fixed when the package is generated (a class
  constant of the node resource: `_op_get`).
- `Call`: one call of an operation: the path with its values filled in, the query, the body and
  the per-call options (kept apart from the query).
- `Request`: the HTTP request, built by `build_request` without any I/O; the connection's request
  loop sends it (and again on each retry).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from ._query import encode_query
from .exception import InvalidArgumentError

R = TypeVar("R")

#: An HTTP method or header name: RFC 9110's token.
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
#: A header value: visible ASCII, spaces and tabs inside, none at either end.
_HEADER_VALUE = re.compile(r"([\x21-\x7e]([\t\x20-\x7e]*[\x21-\x7e])?)?")

#: What a call answers: one object, a list, an iterator over every page, a plain value (a scalar
#: or a dict), the number of a v2 `count` endpoint (`{"count": n}`), nothing, the JSON object of
#: an answer that usually has none (the old client's `delete`: `{}` for an empty answer), raw
#: bytes or text lines.
ResultKind = Literal[
    "one", "many", "pages", "value", "count", "nothing", "answer", "bytes", "lines"
]


@dataclass(frozen=True, slots=True)
class Operation(Generic[R]):
    """One operation of the API; `R` is what its method returns. Give `R` by annotation
    (`_op_get: ClassVar[Operation[Product]] = Operation(...)`), not as `Operation[Product](...)`:
    a frozen dataclass with slots cannot take the `__orig_class__` that call sets."""

    method: str
    path: str  # relative to the version root, parameters in braces
    version: str  # "v3"
    result: ResultKind
    model: Any = None  # the model (one, many, pages), or the type a value is validated as
    query_type: Any = None  # the query parameters' TypedDict
    body_type: Any = None
    envelope: bool = False  # answers are `{data, meta}`
    pagination: str = "none"  # "offset", "cursor", "page" (v2: no page numbers)... for `pages`
    batch_limit: int | None = None  # a list body longer than this goes in chunks
    multipart: bool = False  # the body goes as a multipart form
    operation_id: str = ""


@dataclass(frozen=True, slots=True)
class Call(Generic[R]):
    """One call of `operation`: `path` has the values filled in; `prefetch` is an option of the
    call (how many pages to fetch ahead), not a query parameter. The old client's calls also
    carry `parent`, the parent id the objects answered are bound to (for their `update()`,
    `delete()` and subresources), and `count_path`, the v2 `count` endpoint that tells
    `prefetch` where the listing ends."""

    operation: Operation[R]
    path: str
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None
    prefetch: int = 0
    parent: Any = None
    count_path: str | None = None


@dataclass(frozen=True, slots=True)
class Request:
    """One HTTP request as the request loop sends it: `query` already encoded, `data` the body
    (bytes, text or form fields), `files` a multipart form's files."""

    method: str
    url: str
    query: Mapping[str, str] | None = None
    headers: Mapping[str, str] | None = None
    data: Any = None
    files: Mapping[str, Any] | None = None


def build_request(
    method: str,
    url: str,
    *,
    params: Mapping[str, Any] | None = None,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    data: Any = None,
    files: Mapping[str, Any] | None = None,
) -> Request:
    """The request for `url`: a JSON `body` (sent with `Content-Type: application/json` unless
    `headers` say otherwise), else `data` and `files` as they are. No I/O; a method or header
    HTTP cannot carry raises `InvalidArgumentError` here, before anything is sent."""
    check_request(method, headers)
    if body is not None:
        headers = {"Content-Type": "application/json", **(headers or {})}
        data = body
    query = encode_query(params) if params else None
    return Request(method, url, query, headers, data, files)


def check_request(method: str, headers: Mapping[str, str] | None) -> None:
    """Refuse, before anything is sent, a method or header that HTTP cannot carry as given (a
    line break could add headers of its own); the error names the header, never its value."""
    if not isinstance(method, str) or not _TOKEN.fullmatch(method):
        raise InvalidArgumentError("the HTTP method must be a token such as GET or POST")
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise InvalidArgumentError("a header name holds a character HTTP does not allow")
        if isinstance(value, bytes):
            value = value.decode("ascii", "replace")
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            raise InvalidArgumentError(
                f"header {name}: the value must be ASCII without CR, LF, NUL or other control "
                "characters, and without spaces at either end"
            )
