# Copied from runtime/testing/app.py by codegen (`make generate`); do not edit.
"""The fake store as a WSGI application (plain Python; any WSGI server can run it).

Each request goes: API root -> credentials (401/403) -> body size (413) -> rate limit (429) ->
route (404/405) -> injected faults -> the handler -> injected body faults. Every answer carries
the rate-limit headers. Under `v2`, the old client's resources answer first (`v2_handlers`);
imported operations of either version answer the rest (`v3_handlers`).

Links in answers are built from `public_url`, the address the store was configured with (the
server sets it), never from the request's Host header: a client cannot make the store hand
others links to a host of its choosing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import parse_qsl

from .auth import ApiRoot, Credentials, check, split_root
from .bodies import DEFAULT_MAX_BODY, BodyError, read_body
from .faults import FaultDecision, FaultInjector
from .node_router import NodeRouter
from .rate_limit import RateLimiter
from .request import Request
from .responses import Response, error_response, status_line
from .router import Router
from .state import StoreState
from .v2_handlers import handle
from .v3_handlers import handle as handle_node

__all__ = ["FakeStoreApp"]

StartResponse = Callable[..., Any]


@dataclass(frozen=True)
class _Served:
    """Who answers a request: `run` (None: the `refusal` answers), and the resource or node and
    verb that faults are configured by."""

    name: str | None
    verb: str | None
    run: Callable[[Request], Response] | None
    refusal: Response = field(default_factory=lambda: error_response(404))


class FakeStoreApp:
    """A WSGI app serving one store's `state` to clients holding `credentials`."""

    def __init__(
        self,
        state: StoreState,
        credentials: Credentials | None = None,
        limiter: RateLimiter | None = None,
        faults: FaultInjector | None = None,
        *,
        max_body_size: int = DEFAULT_MAX_BODY,
        public_url: str | None = None,
    ) -> None:
        self.state = state
        self.max_body_size = max_body_size
        #: `http://host:port` of the store, the base of its links; None: the WSGI server's own
        #: name and port (SERVER_NAME, SERVER_PORT), which no request header changes.
        self.public_url = public_url
        self.credentials: Credentials = credentials or Credentials()
        self.limiter: RateLimiter = limiter or RateLimiter()
        self.faults: FaultInjector = faults or FaultInjector()
        self.router: Router = Router(state.schema.operations)
        self.nodes: NodeRouter = NodeRouter(state.schema.nodes.bindings)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        response, decision = self._respond(environ)
        if decision.truncate and response.body:
            response.body = response.body[: len(response.body) // 2]
        body = response.body
        headers = list(response.headers)
        if response.status != 204:
            headers.append(("Content-Length", str(len(body))))
        if decision.drop and body:
            # Promise the whole body, send half: the server closes the connection mid-body.
            body = body[: len(body) // 2]
        start_response(status_line(response.status), headers)
        return [body]

    def _respond(self, environ: dict[str, Any]) -> tuple[Response, FaultDecision]:
        nothing = FaultDecision()
        root = split_root(environ.get("PATH_INFO", ""))
        if root is None:
            return self._with_limits(error_response(404), None), nothing
        denied = check(root, environ, self.credentials)
        if denied is not None:
            return self._with_limits(error_response(denied), None), nothing
        try:
            body = read_body(environ, self.max_body_size)
        except BodyError as exc:
            return self._with_limits(error_response(exc.status, exc.title), None), nothing
        allowed, limit_headers = self.limiter.take()
        if not allowed:
            return self._with_limits(error_response(429), limit_headers), nothing
        method = environ.get("REQUEST_METHOD", "GET").upper()
        served = self._route(root.version, root.rest, method)
        decision = self.faults.decide(served.name, served.verb)
        if decision.delay_s:
            time.sleep(decision.delay_s)
        if decision.status is not None:
            return self._fault(decision, limit_headers), nothing
        if served.run is None:
            response = served.refusal
        else:
            request = Request(
                method,
                _query(environ),
                body,
                self._base_url(environ, root),
                environ.get("CONTENT_TYPE", ""),
            )
            response = served.run(request)
        return self._with_limits(response, limit_headers), decision

    def _route(self, version: str, path: str, method: str) -> _Served:
        """Who answers `method path`: an old-client resource (v2), else an imported operation;
        or the 404/405 when nobody does."""
        target = self.router.match(path) if version == "v2" else None
        verb = target.verb(method) if target is not None else None
        if target is not None and verb is not None:
            return _Served(target.route.class_name, verb, partial(handle, self.state, target, verb))
        node = self.nodes.match(version, path, method)
        if node is not None and node.binding is not None:
            route = node.binding.route
            legacy = self.router if version == "v2" else None
            return _Served(
                route.node, route.verb, partial(handle_node, self.state, node, legacy=legacy)
            )
        name = target.route.class_name if target is not None else None
        if target is not None:
            refusal = error_response(405)
            refusal.header("Allow", ", ".join(target.allowed_methods()))
        elif node is not None:
            refusal = error_response(405).header("Allow", ", ".join(node.allowed))
        else:
            refusal = error_response(404)
        return _Served(name, verb, None, refusal)

    def _base_url(self, environ: dict[str, Any], root: ApiRoot) -> str:
        """The API root the store's links start with (see `public_url`)."""
        base = self.public_url
        if base is None:
            scheme = environ.get("wsgi.url_scheme", "http")
            base = f"{scheme}://{environ.get('SERVER_NAME', '')}:{environ.get('SERVER_PORT', '')}"
        return f"{base.rstrip('/')}{root.prefix}"

    def _fault(self, decision: FaultDecision, limit_headers: list[tuple[str, str]]) -> Response:
        status = decision.status or 500
        response = error_response(status)
        if status == 429:
            quota = dict(limit_headers).get("X-Rate-Limit-Requests-Quota", "0")
            limit_headers = [
                ("X-Rate-Limit-Requests-Left", "0"),
                ("X-Rate-Limit-Requests-Quota", quota),
                ("X-Rate-Limit-Time-Reset-Ms", str(decision.reset_ms)),
                ("X-Rate-Limit-Time-Window-Ms", str(self.limiter.limit.window_ms)),
            ]
        return self._with_limits(response, limit_headers)

    def _with_limits(
        self, response: Response, limit_headers: list[tuple[str, str]] | None
    ) -> Response:
        response.headers.extend(
            limit_headers if limit_headers is not None else self.limiter.headers()
        )
        return response


def _query(environ: dict[str, Any]) -> dict[str, str]:
    return dict(parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True))
