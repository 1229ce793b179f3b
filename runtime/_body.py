"""Reading an answer's body within bounds: a size counted after decompression, and a deadline.

The connection asks requests for a streamed response and reads the body here, in pieces of at most
1 MB (requests' own reads are 10 KB chunks, each a trip through urllib3). Each piece is one read
from the socket (`read1`), decompressed to at most the piece's size (urllib3 2.6 and later bound
what one call inflates), so:

- a body larger than `max_bytes` once decompressed (a gzip bomb included) is refused after at
  most one piece more than the limit has been held;
- a server that sends a byte now and then cannot hold the call past the attempt's deadline: the
  socket's timeout shrinks to the time left before every read.
"""

from __future__ import annotations

import socket
import time

import requests
from urllib3.exceptions import DecodeError, ProtocolError, ReadTimeoutError, SSLError

from .exception import ResponseDecodeError

#: The largest piece a body is read in.
READ_SIZE = 1024 * 1024


class DeadlineExceeded(requests.exceptions.ReadTimeout):
    """The attempt's deadline passed while its answer was read."""


def read_body(
    res: requests.Response, max_bytes: int | None, deadline: float | None, read_timeout: float
) -> None:
    """Read the rest of `res`'s body into `res._content` (where requests keeps it), or raise:
    `ResponseDecodeError` over `max_bytes`, `DeadlineExceeded` past `deadline` (a
    `time.monotonic()` value), requests' own exceptions for a broken transfer."""
    raw = res.raw
    sock = _socket(res)
    pieces: list[bytes] = []
    size = 0
    piece = READ_SIZE if max_bytes is None else min(READ_SIZE, max_bytes + 1)
    left = float("inf")
    try:
        while True:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise DeadlineExceeded(f"no whole answer within the deadline from {res.url}")
                if sock is not None:
                    sock.settimeout(min(left, read_timeout))
            chunk = raw.read1(piece, decode_content=True)
            if not isinstance(chunk, bytes):  # a stand-in for the transport: stop, not loop
                raise TypeError(f"the answer's body read as {type(chunk).__name__}, not bytes")
            if not chunk:
                break
            size += len(chunk)
            if max_bytes is not None and size > max_bytes:
                _drop(res)
                raise ResponseDecodeError(
                    f"{res.status_code} @ {res.url}: the answer is larger than max_response_bytes "
                    f"({max_bytes} bytes, after decompression)",
                    res,
                    retry=False,
                )
            pieces.append(chunk)
    except DeadlineExceeded:
        _drop(res)
        raise
    except ProtocolError as exc:
        raise requests.exceptions.ChunkedEncodingError(exc) from exc
    except DecodeError as exc:
        raise requests.exceptions.ContentDecodingError(exc) from exc
    except (TimeoutError, ReadTimeoutError) as exc:
        if left < read_timeout:  # the deadline, not the read timeout, ran out
            _drop(res)
            raise DeadlineExceeded(f"no whole answer within the deadline from {res.url}") from exc
        raise requests.exceptions.ReadTimeout(exc) from exc
    except SSLError as exc:
        raise requests.exceptions.SSLError(exc) from exc
    res._content = b"".join(pieces)
    res._content_consumed = True  # type: ignore[attr-defined]


def _drop(res: requests.Response) -> None:
    """Close the connection of an answer that will not be read to its end (it cannot be reused)
    and keep none of its body."""
    res.close()
    res._content = b""
    res._content_consumed = True  # type: ignore[attr-defined]


def _socket(res: requests.Response) -> socket.socket | None:
    """The socket the body arrives on, when urllib3 shows it (None otherwise)."""
    connection = getattr(res.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    return sock if isinstance(sock, socket.socket) else None
