"""What the app answers: a status, headers and a body, with BigCommerce's error body."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

__all__ = [
    "ERROR_TYPE",
    "Response",
    "error_response",
    "json_response",
    "status_line",
    "text_response",
]

#: The `type` of BigCommerce's error bodies.
ERROR_TYPE = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes"

_TITLES = {
    400: "The request could not be read",
    401: "Unauthorized: send basic auth, or X-Auth-Client and X-Auth-Token",
    403: "Forbidden: these credentials are not for this store",
    404: "The requested resource was not found",
    405: "The method is not allowed on this resource",
    413: "The limit parameter exceeds the largest page",
    422: "The request payload failed validation",
    429: "Too many requests: the rate limit is exhausted",
}


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)

    def header(self, name: str, value: str) -> Response:
        self.headers.append((name, value))
        return self


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def json_response(status: int, data: Any) -> Response:
    body = json.dumps(data, separators=(",", ":")).encode()
    return Response(status, body, [("Content-Type", "application/json")])


def text_response(status: int, text: str, content_type: str) -> Response:
    """A non-JSON answer: CSV, an event stream."""
    return Response(status, text.encode(), [("Content-Type", f"{content_type}; charset=utf-8")])


def error_response(
    status: int, title: str | None = None, errors: dict[str, str] | None = None
) -> Response:
    """`{status, title, type, errors}`, the error body of BigCommerce's API."""
    if title is None:
        title = _TITLES.get(status) or status_line(status).split(" ", 1)[1]
    body = {"status": status, "title": title, "type": ERROR_TYPE, "errors": errors or {}}
    return json_response(status, body)
