# Copied from runtime/exception.py by codegen (`make generate`); do not edit.
"""Exceptions raised by the client.

The old client's hierarchy is kept (`HttpException` -> `ClientRequestException` ->
`RateLimitingException`, `ServerException`, `RedirectionException`), with one subclass per common
status below it, so `except ClientRequestException` still catches a 404 and `except
NotFoundException` catches only that. Every HTTP error carries the status, method, URL, the parsed
error body and the raw response. Transport failures subclass both the SDK's base class and the
`requests` exception they replace, so code that caught `requests` errors keeps working.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import requests

from ._redact import excerpt
from ._retry import reset_seconds

if TYPE_CHECKING:
    from requests.structures import CaseInsensitiveDict

__all__ = [
    "BadRequestException",
    "BigcommerceException",
    "ClientRequestException",
    "ConflictException",
    "EmptyResponseWarning",
    "ForbiddenException",
    "HttpException",
    "InvalidArgumentError",
    "NotFoundException",
    "NotLoggedInException",
    "PaginationError",
    "PartialSuccessError",
    "RateLimitingException",
    "RedirectionException",
    "ResponseDecodeError",
    "ResponseShapeWarning",
    "ServerException",
    "TimeoutException",
    "TransportException",
    "UnauthorizedException",
    "UnknownArgumentWarning",
    "UnprocessableEntityException",
]


class BigcommerceException(Exception):
    """Base class of every exception the SDK raises on purpose."""


class InvalidArgumentError(BigcommerceException, TypeError, ValueError):
    """An argument was rejected before any request was sent; the message names it."""


class UnknownArgumentWarning(UserWarning):
    """A call was given a query parameter or body field its types do not name; it is sent as
    given (the server judges it). The message names the keys, never their values. Silence it
    with `warnings.filterwarnings("ignore", category=bigcommerce.UnknownArgumentWarning)`, or
    make it an error with `"error"`; `strict=True` refuses such calls before sending instead."""


class ResponseShapeWarning(UserWarning):
    """An answer's object came without the field its type says it always has: its `id` (or the
    `id` of an object nested in it) was missing or null. The object is kept with every other
    field validated and that `id` unset: `obj.id` raises `AttributeError`, `obj.get("id")` is
    None, `"id" in obj` is False. The message names the model and where, never values. Silence it
    with `warnings.filterwarnings("ignore", category=bigcommerce.ResponseShapeWarning)`, or make
    it an error with `"error"`."""


class NotLoggedInException(BigcommerceException):
    """An OAuth operation needs credentials the client does not have."""


class HttpException(BigcommerceException):
    """The server answered with a status the call cannot treat as success."""

    def __init__(self, msg: str, res: requests.Response | None = None) -> None:
        super().__init__(msg)
        self.response = res
        self.status_code: int | None = res.status_code if res is not None else None
        self.content: bytes = res.content if res is not None else b""
        request = res.request if res is not None else None
        self.method: str | None = request.method if request is not None else None
        self.url: str | None = request.url if request is not None else None
        hide_credentials(request)

    @property
    def headers(self) -> CaseInsensitiveDict[str] | dict[str, str]:
        return self.response.headers if self.response is not None else {}

    @property
    def body(self) -> Any:
        """The error body parsed as JSON, or the text when it is not JSON, or None when empty."""
        if not self.content:
            return None
        try:
            return json.loads(self.content)
        except (ValueError, RecursionError):  # not JSON, or nested too deep to decode
            return self.content.decode("utf-8", "replace")

    @property
    def errors(self) -> dict[str, Any]:
        """BigCommerce's field errors (`errors` in a v3 error body), or an empty dict."""
        body = self.body
        if isinstance(body, dict) and isinstance(body.get("errors"), dict):
            return dict(body["errors"])
        return {}


class ClientRequestException(HttpException):
    """A 4xx answer."""


class BadRequestException(ClientRequestException):
    """400 Bad Request."""


class UnauthorizedException(ClientRequestException):
    """401 Unauthorized: missing or wrong credentials."""


class ForbiddenException(ClientRequestException):
    """403 Forbidden: the credentials lack a scope, or the store hash is wrong."""


class NotFoundException(ClientRequestException):
    """404 Not Found."""


class ConflictException(ClientRequestException):
    """409 Conflict."""


class UnprocessableEntityException(ClientRequestException):
    """422 Unprocessable Entity: the server rejected the payload's fields."""


class RateLimitingException(ClientRequestException):
    """429 Too Many Requests, after any retries the client was allowed, or at once when the
    server asks for a longer wait than the client's `max_retry_wait` (see `retry_after`)."""

    @property
    def retry_after(self) -> float:
        """Seconds until the rate-limit window resets, as the server said (0 when it said nothing
        readable; see _headers.py)."""
        seconds = reset_seconds(self.headers)
        return 0.0 if seconds is None else seconds


class ServerException(HttpException):
    """A 5xx answer."""


class RedirectionException(HttpException):
    """A 3xx answer. The client never follows a redirect: a write is not silently turned into a
    GET or sent again elsewhere, and credentials never go to the place it names. `location` is
    where the server pointed (None when it did not say)."""

    @property
    def location(self) -> str | None:
        location: str | None = self.headers.get("Location")
        return location


class EmptyResponseWarning(HttpException):
    """Kept for compatibility: the old client's name for an unexpected empty answer."""


class ResponseDecodeError(HttpException):
    """An answer whose body could not be read as the JSON the operation returns.

    `retry` is False for an answer that would be the same if asked again (larger than
    `max_response_bytes`, nested too deep, non-finite numbers): those are never retried. A garbled
    answer (`retry` True) is retried where repeating the call cannot apply it twice.
    """

    def __init__(
        self, msg: str, res: requests.Response | None = None, *, retry: bool = True
    ) -> None:
        super().__init__(msg, res)
        self.retry = retry


class PaginationError(ResponseDecodeError):
    """A listing's pages do not lead forward, so reading on would never end: an `end_cursor`
    already followed in this listing, a `meta.pagination.current_page` that is not past the
    previous page's when a later page was asked for, or a page that repeats an earlier (not the
    previous) one. The items before the offending page have been yielded; retrying cannot help,
    so it is raised at once. (A page identical to the previous one, as from an endpoint that
    ignores paging, is not an error: it ends the listing.)
    """


class PartialSuccessError(HttpException):
    """A batch call the server answered 207: some items were applied and some were not.

    `succeeded` holds what was applied (parsed), `failed` the server's errors for the rest, and
    `unsent` the items of later chunks that were not sent because of this failure.
    """

    def __init__(self, msg: str, res: requests.Response | None = None) -> None:
        super().__init__(msg, res)
        self.succeeded: list[Any] = []
        self.failed: Any = None
        self.unsent: list[Any] = []

    @classmethod
    def from_response(cls, res: requests.Response, succeeded: list[Any]) -> PartialSuccessError:
        exc = cls(f"207 @ {res.url}: some items failed: {excerpt(res.content)}", res)
        exc.succeeded = list(succeeded)
        body = exc.body
        exc.failed = body.get("errors") if isinstance(body, dict) else body
        return exc


class TransportException(BigcommerceException, requests.exceptions.ConnectionError):
    """The request could not be completed: connection refused, reset or dropped."""


class TimeoutException(TransportException, requests.exceptions.Timeout):
    """No answer within the timeout (connect or read)."""


#: Request headers hidden on the request an exception carries.
_CREDENTIAL_HEADERS = ("Authorization", "Proxy-Authorization", "X-Auth-Token", "Cookie")


def hide_credentials(request: Any) -> None:
    """Replace the credential headers of a request an exception carries (a `PreparedRequest`, or
    None) by `[hidden]`: the request stays inspectable without them."""
    headers = getattr(request, "headers", None)
    if headers is None:
        return
    for name in _CREDENTIAL_HEADERS:
        if name in headers:
            headers[name] = "[hidden]"


_BY_STATUS: dict[int, type[HttpException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: RateLimitingException,
}


def exception_for(res: requests.Response) -> HttpException:
    """The typed exception for a response that is not a success."""
    status = res.status_code
    cls = _BY_STATUS.get(status)
    if cls is None:
        if status >= 500:
            cls = ServerException
        elif status >= 400:
            cls = ClientRequestException
        else:
            cls = RedirectionException
    method = res.request.method if res.request is not None else "?"
    msg = f"{status} {res.reason} @ {method} {res.url}: {excerpt(res.content)}"
    if cls is RedirectionException:
        location = res.headers.get("Location")
        msg = f"{status} {res.reason} @ {method} {res.url}: a redirect to {location!r:.300}, "
        msg += "not followed"
    return cls(msg, res)
