"""A real HTTP server on 127.0.0.1 that records every request and answers from a script.

Tests queue answers with `server.reply(...)` (first queued, first used), set a default per
method and path with `server.route(...)`, or answer per request with `server.handle(...)` (a
function of the recorded request, called on the server's thread for that request, so it may
block); anything unscripted gets `200 {}`.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    raw_query: str
    headers: dict[str, str]
    body: bytes
    target: str = ""  # the request line's target: `http://host/path?q` when sent to a proxy

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)


def _answer(status: int, body: Any, headers: dict[str, str] | None) -> Answer:
    if isinstance(body, bytes):
        raw = body
    elif body is None:
        raw = b""
    else:
        raw = json.dumps(body).encode()
    return Answer(status, raw, dict(headers or {}))


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-answer (a test's hostile case) is not an error here."""


class RecordingServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._queue: deque[Answer] = deque()
        self._routes: dict[tuple[str, str], Answer] = {}
        self._handlers: dict[tuple[str, str], Callable[[Recorded], Answer]] = {}
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def start(self) -> RecordingServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def reply(
        self, status: int = 200, body: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        """Queue the answer to the next request that has no route."""
        with self._lock:
            self._queue.append(
                _answer(status, {} if body is None and status != 204 else body, headers)
            )

    def route(
        self,
        method: str,
        path: str,
        status: int = 200,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        with self._lock:
            self._routes[(method, path)] = _answer(status, body, headers)

    def handle(
        self,
        method: str,
        path: str,
        handler: Callable[[Recorded], tuple[int, Any] | tuple[int, Any, dict[str, str]]],
    ) -> None:
        """Answer each `method path` request with `handler(request)`: (status, body[, headers])."""

        def answer(request: Recorded) -> Answer:
            status, body, *headers = handler(request)
            return _answer(status, body, headers[0] if headers else None)

        with self._lock:
            self._handlers[(method, path)] = answer

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._queue.clear()
            self._routes.clear()
            self._handlers.clear()

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def _next(self, request: Recorded) -> Answer:
        method, path = request.method, request.path
        with self._lock:
            handler = self._handlers.get((method, path))
        if handler is not None:
            return handler(request)
        with self._lock:
            routed = self._routes.get((method, path))
            if routed is not None:
                return routed
            return self._queue.popleft() if self._queue else Answer()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms stalls

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = Recorded(
                    self.command,
                    parts.path,
                    dict(parse_qsl(parts.query, keep_blank_values=True)),
                    parts.query,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                    self.path,
                )
                with server._lock:
                    server.requests.append(recorded)
                answer = server._next(recorded)
                self.send_response(answer.status)
                headers = {"Content-Type": "application/json", **answer.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if answer.body and self.command != "HEAD":
                    self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _handle

        return Handler
