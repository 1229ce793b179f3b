# Copied from runtime/testing/server.py by codegen (`make generate`); do not edit.
"""`FakeStore`: the fake store served over HTTP on 127.0.0.1 by waitress, in a background thread.
Use it as a context manager (or call `start()` and `stop()`):

    with FakeStore(seed_demo=True) as store:
        api = BigcommerceApi(host=store.url, basic_auth=store.basic_auth)
        print(api.Products.count())
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from . import seeding
from .app import FakeStoreApp
from .auth import Credentials
from .bodies import DEFAULT_MAX_BODY
from .connections import DEFAULT_CONNECTION_LIMIT, DEFAULT_IDLE_TIMEOUT, server_options
from .faults import FaultInjector, Faults
from .rate_limit import RateLimit, RateLimiter
from .schema import Schema, default_schema
from .state import StoreState

if TYPE_CHECKING:
    from waitress.server import BaseWSGIServer

    from ..api import BigcommerceApi

__all__ = ["FakeStore"]


class _QuietWaitress(logging.Filter):
    """Hides two waitress warnings that say nothing to a fake store's user: the short bodies it
    sends on purpose (a dropped connection is a fault it injects), and requests queueing for a
    worker thread (normal under load)."""

    _NOISE = ("returned too few bytes", "Task queue depth")

    def filter(self, record: logging.LogRecord) -> bool:
        return not any(noise in str(record.msg) for noise in self._NOISE)


class FakeStore:
    """A fake BigCommerce store: in-memory data served over real HTTP.

    `url` is the address to give the client, as `host` with basic auth or as `BC_API_ENDPOINT`
    with OAuth; the credentials it accepts are `basic_auth` and `client_id`/`access_token` for
    store hash `store_hash`. `port=0` picks a free port. `seed_demo` fills the demo catalog,
    `fixtures` loads a file or mapping (see `bigcommerce.testing.seeding`). `rate_limit` sets the
    quota and window; `faults` (store-wide), `route_faults` (per `"Class"` or `"Class.verb"`, and
    for imported operations `"node"` or `"node.verb"`) and `seed` configure fault injection.

    Hostile clients: bodies above `max_body_size` bytes are refused (413), connections silent for
    `idle_timeout` seconds are closed, and at most `connection_limit` are served at once (see
    `bigcommerce.testing.connections`); `threads` answer requests. Links in answers use `url`,
    whatever Host header a request names.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        credentials: Credentials | None = None,
        rate_limit: RateLimit | None = None,
        faults: Faults | None = None,
        route_faults: Mapping[str, Faults] | None = None,
        seed: int | None = None,
        seed_demo: bool = False,
        fixtures: Mapping[str, Any] | str | os.PathLike[str] | None = None,
        schema: Schema | None = None,
        threads: int = 8,
        max_body_size: int = DEFAULT_MAX_BODY,
        idle_timeout: int = DEFAULT_IDLE_TIMEOUT,
        connection_limit: int = DEFAULT_CONNECTION_LIMIT,
    ) -> None:
        self.host = host
        self.port: int = port
        self.threads = threads
        self.server_options: dict[str, Any] = server_options(
            max_body_size=max_body_size,
            idle_timeout=idle_timeout,
            connection_limit=connection_limit,
        )
        self.credentials: Credentials = credentials or Credentials()
        self.state: StoreState = StoreState(schema or default_schema())
        self.limiter: RateLimiter = RateLimiter(rate_limit)
        self.faults: FaultInjector = FaultInjector(faults, route_faults, seed)
        self.app: FakeStoreApp = FakeStoreApp(
            self.state, self.credentials, self.limiter, self.faults, max_body_size=max_body_size
        )
        if fixtures is not None:
            seeding.load_fixtures(self.state, fixtures)
        if seed_demo:
            seeding.seed_demo(self.state, seed if seed is not None else 0)
        self._server: BaseWSGIServer | None = None
        self._socket_map: dict[int, Any] = {}
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        # Held while the loop closes its sockets and while stop() wakes it, so the wake-up never
        # writes to a descriptor the loop has already closed (or one the OS has since reused).
        self._closing = threading.Lock()
        self._closed = False

    # Addresses and credentials.

    @property
    def url(self) -> str:
        """`http://127.0.0.1:PORT`: the `host` (basic auth) or `BC_API_ENDPOINT` (OAuth)."""
        if self._server is None:
            raise RuntimeError("the store is not running: use `with FakeStore() as store:`")
        host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        return f"http://{host}:{self.port}"

    @property
    def basic_auth(self) -> tuple[str, str]:
        return self.credentials.basic_auth

    @property
    def store_hash(self) -> str:
        return self.credentials.store_hash

    @property
    def client_id(self) -> str:
        return self.credentials.client_id

    @property
    def access_token(self) -> str:
        return self.credentials.access_token

    def client(self, *, oauth: bool = False, **options: Any) -> BigcommerceApi:
        """A client of this store, with basic auth or (`oauth=True`) OAuth credentials;
        `options` go to `BigcommerceApi` (`max_retries`, `timeout`, ...)."""
        from ..api import BigcommerceApi

        if oauth:
            return BigcommerceApi(
                client_id=self.client_id,
                store_hash=self.store_hash,
                access_token=self.access_token,
                host=self.url,
                **options,
            )
        return BigcommerceApi(host=self.url, basic_auth=self.basic_auth, **options)

    # Settings that tests change while the store runs.

    def set_rate_limit(self, quota: int, window_ms: int) -> None:
        """A new quota and window; the current window starts over."""
        self.limiter.configure(RateLimit(quota, window_ms))

    def set_faults(
        self,
        faults: Faults | None = None,
        route_faults: Mapping[str, Faults] | None = None,
        seed: int | None = None,
    ) -> None:
        """Replace the injected faults (no arguments: none)."""
        self.faults.configure(faults, route_faults, seed)

    # Running.

    def start(self) -> FakeStore:
        """Listen on `host:port` and serve in a daemon thread; returns self."""
        if self._server is not None:
            return self
        try:
            from waitress.server import BaseWSGIServer, create_server

            from .waitress_errors import JsonErrorChannel
        except ImportError:
            raise RuntimeError(
                "the fake store needs waitress: pip install 'bigcommerce[testing]'"
            ) from None
        for name in ("waitress", "waitress.queue"):
            logging.getLogger(name).addFilter(_QUIET)
        self._socket_map = {}
        server = create_server(
            self.app,
            map=self._socket_map,
            host=self.host,
            port=self.port,
            threads=self.threads,
            ident="fake-bigcommerce",
            **self.server_options,
        )
        if not isinstance(server, BaseWSGIServer):  # one address gives one server
            raise RuntimeError(f"cannot serve on {self.host!r}: it names several addresses")
        server.channel_class = JsonErrorChannel
        self.port = int(server.getsockname()[1])
        self._server = server
        self.app.public_url = self.url
        self._stopping.clear()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="fake-bigcommerce", daemon=True)
        self._thread.start()
        return self

    def _loop(self) -> None:
        """The server's event loop; closes every socket from this thread once told to stop."""
        from waitress import wasyncore

        server = self._server
        assert server is not None
        while not self._stopping.is_set():
            wasyncore.loop(timeout=1.0, map=self._socket_map, use_poll=True, count=1)
        server.task_dispatcher.shutdown()
        with self._closing:
            wasyncore.close_all(self._socket_map)
            self._closed = True

    def stop(self) -> None:
        """Stop serving and close every connection (the data stays in `state`)."""
        if self._server is None or self._thread is None:
            return
        self._stopping.set()
        with self._closing:
            if not self._closed:
                self._server.pull_trigger()
        self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def serve_forever(self) -> None:
        """Start, then block until interrupted (Ctrl-C), then stop."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(timeout=0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def __enter__(self) -> FakeStore:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "not running"
        return f"<FakeStore {where}>"


_QUIET = _QuietWaitress()
