"""The parts of an HTTP request the store's handlers read, taken from the WSGI environ once."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Request"]


@dataclass(frozen=True)
class Request:
    """One request: its method, query (last value of each name), body and where it came in."""

    method: str
    query: dict[str, str]
    body: bytes
    base_url: str  # the API root at the store's own address, never the Host header's
    content_type: str = ""  # the Content-Type header, with its parameters (a multipart boundary)
