"""What a call sends, as data: the description of an operation, one call of it, and the HTTP
request it becomes.

- `Operation`: one generated method's operation, fixed when the package is generated (a class
  constant of the node resource: `_op_get`).
- `Call`: one call of an operation: the path with its values filled in, the query, the body and
  the per-call options (kept apart from the query): headers, and the extra query parameters and
  body fields that go as given, around whatever the documents got wrong.
- `Request`: the HTTP request, built by `build_request` without any I/O; the connection's request
  loop sends it (and again on each retry).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ._query import QueryScalar, encode_query, encode_scalar
from .exception import InvalidArgumentError

if TYPE_CHECKING:
    from requests.auth import AuthBase

R = TypeVar("R")

#: Per-call options of every generated method: headers added to the request, and query
#: parameters and body fields sent as given, unchecked (a way around the documents' mistakes).
ExtraHeaders = Mapping[str, str]
ExtraQuery = Mapping[str, object]
ExtraBody = Mapping[str, object]

#: Headers a caller cannot set: the client's credentials, the body's type and the framing of the
#: request are the client's to decide (lower case).
RESERVED_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-auth-token",
        "x-auth-client",
        "content-type",
        "content-length",
        "transfer-encoding",
        "host",
    }
)

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

#: Where an operation is served: the store's API (the client's host and credentials), or the
#: payments gateway (`payments.bigcommerce.com/stores/{store_hash}`, a payment access token).
Server = Literal["api", "payments"]


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
    # A destructive call's guard (refused before sending, in every mode): the query keys (wire
    # names) its documents require, and whether they require at least one filter of any name.
    required_query: tuple[str, ...] = ()
    filter_required: bool = False
    server: Server = "api"


@dataclass(frozen=True, slots=True)
class Call(Generic[R]):
    """One call of `operation`: `path` has the values filled in; `prefetch` is an option of the
    call (how many pages to fetch ahead), not a query parameter. The old client's calls also
    carry `parent`, the parent id the objects answered are bound to (for their `update()`,
    `delete()` and subresources), and `count_path`, the v2 `count` endpoint that tells
    `prefetch` where the listing ends.

    `headers` go with every request of the call (the operation's header parameters and the
    caller's `extra_headers`); `extra_query` and `extra_body` are added to the checked query and
    body as given. `auth` is the call's own credential (a payments gateway call's token, bound
    to the gateway's origin), in place of the client's."""

    operation: Operation[R]
    path: str
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None
    prefetch: int = 0
    parent: Any = None
    count_path: str | None = None
    headers: Mapping[str, str] | None = None
    extra_query: ExtraQuery | None = None
    extra_body: ExtraBody | None = None
    auth: AuthBase | None = None


@dataclass(frozen=True, slots=True)
class Request:
    """One HTTP request as the request loop sends it: `query` already encoded, `data` the body
    (bytes, text or form fields), `files` a multipart form's files, `auth` its own credential
    (None: the client's)."""

    method: str
    url: str
    query: Mapping[str, str] | None = None
    headers: Mapping[str, str] | None = None
    data: Any = None
    files: Mapping[str, Any] | None = None
    auth: AuthBase | None = None


def build_request(
    method: str,
    url: str,
    *,
    params: Mapping[str, Any] | None = None,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    data: Any = None,
    files: Mapping[str, Any] | None = None,
    auth: AuthBase | None = None,
) -> Request:
    """The request for `url`: a JSON `body` (sent with `Content-Type: application/json` unless
    `headers` say otherwise), else `data` and `files` as they are; `auth` in place of the
    client's credentials. No I/O; a method or header HTTP cannot carry raises
    `InvalidArgumentError` here, before anything is sent."""
    check_request(method, headers)
    if body is not None:
        headers = {"Content-Type": "application/json", **(headers or {})}
        data = body
    query = encode_query(params) if params else None
    return Request(method, url, query, headers, data, files, auth)


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


def call_headers(
    declared: Mapping[str, QueryScalar | None] | None, extra: ExtraHeaders | None
) -> dict[str, str] | None:
    """The headers of a call: the operation's header parameters that were given (numbers and
    booleans as text), then the caller's `extra_headers`; neither may set a reserved header."""
    if not declared and not extra:
        return None
    headers = {
        name: encode_scalar(value) for name, value in (declared or {}).items() if value is not None
    }
    headers.update(check_headers("extra_headers", extra or {}))
    return headers or None


def check_headers(what: str, headers: Mapping[str, str]) -> dict[str, str]:
    """Headers a caller adds (`extra_headers`, `with_options(headers=...)`), refused if they
    would replace the credentials, the content type or the framing of the request."""
    if not isinstance(headers, Mapping):
        raise InvalidArgumentError(f"{what} must be a mapping of header names to values")
    for name in headers:
        if isinstance(name, str) and name.lower() in RESERVED_HEADERS:
            raise InvalidArgumentError(f"{what}: {name} is set by the client and cannot be given")
    return dict(headers)
