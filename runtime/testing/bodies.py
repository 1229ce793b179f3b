"""Request bodies: how big they may be, which media types are read as JSON, and JSON nested too
deep to read.

Every byte of a body is the client's: the store reads at most `max_bytes` of it (413 above), reads
it as JSON only when its Content-Type says JSON (`application/json` or a `+json` type; else 415),
and measures how deep it nests before handing it to the parser (400 above `MAX_JSON_DEPTH`), so
no body can exhaust memory or recursion.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Mapping
from itertools import accumulate, count
from typing import Any, NoReturn

__all__ = [
    "DEFAULT_MAX_BODY",
    "MAX_JSON_DEPTH",
    "BodyError",
    "is_form",
    "json_depth",
    "parse_json",
    "read_body",
    "too_large",
]

#: The largest body the store reads unless told otherwise (4 MiB: far above any API object).
DEFAULT_MAX_BODY = 4 * 1024 * 1024

#: How deeply a JSON body may nest arrays and objects (BigCommerce's models nest a few levels).
MAX_JSON_DEPTH = 64

_MAX_DIGITS = 18  # a longer Content-Length is above any limit


class BodyError(ValueError):
    """A body the store will not read: `status` (400, 413, 415) and `title` say why."""

    def __init__(self, status: int, title: str) -> None:
        super().__init__(title)
        self.status: int = status
        self.title: str = title


def too_large(max_bytes: int) -> BodyError:
    """The 413 of a body above `max_bytes`."""
    return BodyError(413, f"The request body is larger than {max_bytes} bytes")


def read_body(environ: Mapping[str, Any], max_bytes: int) -> bytes:
    """The body of a WSGI request, at most `max_bytes` long. A declared Content-Length above it
    is refused before anything is read; without one, the body is read only where the server says
    it ends (`wsgi.input_terminated`), and never more than `max_bytes + 1` bytes of it."""
    declared = str(environ.get("CONTENT_LENGTH") or "").strip()
    stream = environ.get("wsgi.input")
    if stream is None:
        return b""
    if declared:
        if not (declared.isascii() and declared.isdigit()):
            raise BodyError(400, "The Content-Length header is not a number")
        length = int(declared) if len(declared) <= _MAX_DIGITS else max_bytes + 1
        if length > max_bytes:
            raise too_large(max_bytes)
        if length == 0:
            return b""
        data = stream.read(length)
    elif environ.get("wsgi.input_terminated"):
        data = stream.read(max_bytes + 1)
    else:
        return b""
    if not isinstance(data, bytes):
        return b""
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    return data


def _media_type(content_type: str) -> str:
    return content_type.partition(";")[0].strip().lower()


def is_json_type(content_type: str) -> bool:
    """`application/json`, or a JSON-based type such as `application/problem+json`."""
    media = _media_type(content_type)
    kind, slash, subtype = media.partition("/")
    return (
        bool(slash) and kind == "application" and (subtype == "json" or subtype.endswith("+json"))
    )


def is_form(content_type: str) -> bool:
    return _media_type(content_type) == "multipart/form-data"


def parse_json(body: bytes, content_type: str) -> Any:
    """The JSON value of a request body; None when the body is empty. Raises `BodyError`: 415
    when the Content-Type is not JSON, 400 when the body nests deeper than `MAX_JSON_DEPTH` or
    is not JSON (NaN and Infinity are not JSON either)."""
    if not body.strip():
        return None
    if not is_json_type(content_type):
        raise BodyError(415, "The request body must be sent as application/json")
    if json_depth(body) > MAX_JSON_DEPTH:
        raise BodyError(400, f"The request body nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(body, parse_constant=_not_json)
    except (ValueError, UnicodeDecodeError):
        raise BodyError(400, "The request body is not valid JSON") from None


def _not_json(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


# A JSON string, or an unterminated one running to the end. Possessive, so a match, once begun
# at a quote, never backtracks: the whole scan takes time linear in the body's length.
_STRING = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"?', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# Opening brackets count 2, closing ones 0: the running sum minus the position is the depth.
_STEPS = bytes.maketrans(b"[]{}", b"\x02\x00\x02\x00")


def json_depth(body: bytes) -> int:
    """How deeply the arrays and objects of a JSON text nest (brackets inside strings do not
    count), measured without parsing it."""
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    steps = brackets.translate(_STEPS)
    return max(map(operator.sub, accumulate(steps), count(1)), default=0)
