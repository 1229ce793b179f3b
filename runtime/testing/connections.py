"""How the fake store's waitress server treats connections, so no client can starve the others.

- Idle connections, half-sent requests among them, are closed after `idle_timeout` seconds
  without a byte either way (waitress's `channel_timeout`, checked every second), so they free
  their place; a keep-alive connection a client leaves idle that long is closed too (clients open
  a new one).
- At most `connection_limit` connections are served at once (waitress's default is 100; the
  store's is 500, so a hundred or two idle connections leave room for real clients; a further
  client waits in the listen queue until a place is free). The event loop uses `poll`, which has
  no ceiling on descriptor numbers, unlike `select`.
- A half-sent request holds no worker thread (waitress reads requests in its event loop and hands
  a worker only complete ones), so `threads` bounds only the requests being answered at once.
- Bodies above `max_body_size` are refused by waitress before they are read (a declared
  Content-Length) or as soon as they pass it (chunked), so none is buffered whole.
- The errors waitress answers itself (malformed requests, bodies or headers too large) carry the
  store's JSON error body, like its other errors (`waitress_errors`).
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "CLEANUP_INTERVAL",
    "DEFAULT_CONNECTION_LIMIT",
    "DEFAULT_IDLE_TIMEOUT",
    "server_options",
]

#: Seconds a connection may stay silent before the store closes it.
DEFAULT_IDLE_TIMEOUT = 15

#: Connections served at once.
DEFAULT_CONNECTION_LIMIT = 500

#: Seconds between two looks for idle connections.
CLEANUP_INTERVAL = 1


def server_options(
    *, max_body_size: int, idle_timeout: int, connection_limit: int
) -> dict[str, Any]:
    """The waitress settings that carry out the store's limits."""
    if max_body_size < 0 or idle_timeout < 1 or connection_limit < 1:
        raise ValueError(
            "max_body_size must be at least 0, idle_timeout and connection_limit at least 1"
        )
    return {
        # waitress refuses a body of this many bytes or more: exactly those above the limit.
        "max_request_body_size": max_body_size + 1,
        "channel_timeout": idle_timeout,
        "cleanup_interval": CLEANUP_INTERVAL,
        "connection_limit": connection_limit,
        "asyncore_use_poll": True,
    }
