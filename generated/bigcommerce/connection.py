# Copied from runtime/connection.py by codegen (`make generate`); do not edit.
"""Connections to a store: one `requests.Session`, authentication, retries and rate-limit state.

`Connection` (basic auth, `/api/v2/`) and `OAuthConnection` (`/stores/{hash}/v2/`) keep the old
client's constructor arguments and low-level calls (`get`, `create`, `update`, `delete`, `put`,
`post`, `make_request`, `full_path`). Generated resources call `request()`, which returns the raw
response after retries, so models can be parsed from the body's bytes in one step.

What a server says is bounded: redirects are never followed (a 3xx is a `RedirectionException`),
credentials go only to the configured API origin (_credentials.py), a body is read within
`max_response_bytes` and each attempt within its `deadline` (_body.py), and no wait is longer than
`max_retry_wait`.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import platform
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

import requests
from typing_extensions import TypedDict, Unpack
from urllib3.exceptions import NewConnectionError

from . import signed_payload as _signed
from ._body import DeadlineExceeded, read_body
from ._credentials import (
    StoreAuth,
    base_url,
    check_basic_auth,
    check_credential,
    check_host,
    check_store_hash,
    proxies_for,
)
from ._headers import RateLimit
from ._limiter import RateLimiter
from ._parse import decoded
from ._query import segment
from ._request import Request, build_request, check_headers, check_request
from ._retry import RetryPolicy, reset_seconds
from ._session import EnvironmentSession
from ._version import __version__
from ._watchdog import ATTEMPT_DEADLINE
from .exception import (
    ClientRequestException,
    EmptyResponseWarning,
    HttpException,
    InvalidArgumentError,
    NotLoggedInException,
    RateLimitingException,
    RedirectionException,
    ResponseDecodeError,
    ServerException,
    TimeoutException,
    TransportException,
    exception_for,
    hide_credentials,
)

# With the old client's exceptions, which its `bigcommerce.connection` also held.
__all__ = [
    "DEFAULT_TIMEOUT",
    "ClientRequestException",
    "Connection",
    "EmptyResponseWarning",
    "GraphQLConnection",
    "HttpException",
    "NotLoggedInException",
    "OAuthConnection",
    "RateLimit",
    "RateLimiter",
    "RateLimitingException",
    "RedirectionException",
    "ServerException",
]

log: logging.Logger = logging.getLogger("bigcommerce.connection")
T = TypeVar("T")

Timeout = float | tuple[float, float]
#: Seconds to wait for a connection, then for each read of the answer.
DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 60.0)
USER_AGENT = f"bigcommerce-python/{__version__} python/{platform.python_version()}"
#: The largest answer read, in bytes after decompression (64 MiB; None: no limit).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: Seconds one attempt may take, from sending the request to the answer's last byte.
DEFAULT_DEADLINE = 300.0
#: The payments gateway (`BC_PAYMENTS_ENDPOINT` replaces it, e.g. for a local test server).
PAYMENTS_HOST = "payments.bigcommerce.com"


class Options(TypedDict, total=False):
    """Settings that `with_options` changes for the calls made through what it returns."""

    timeout: Timeout
    max_retries: int
    max_retry_wait: float
    max_response_bytes: int | None
    deadline: float | None
    headers: Mapping[str, str]
    strict: bool


# requests' errors that mean the request could not be completed over the network; any other
# (an invalid header, URL or schema) is the caller's and is raised at once, without retrying.
_TRANSPORT_ERRORS = (
    requests.exceptions.ConnectionError,
    requests.exceptions.Timeout,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)


class Connection:
    """A connection to the v2 API with basic auth (`host`, `(user, token)`)."""

    #: Whether credentials are (or will be, once a token is fetched) sent to the host, whatever
    #: `auth` says: the host is then checked as a place credentials may go.
    _oauth: ClassVar[bool] = False

    def __init__(
        self,
        host: str,
        auth: Any = None,
        api_path: str = "/api/v2/{}",
        *,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        max_retry_wait: float = 60.0,
        rate_limiting_management: Mapping[str, Any] | None = None,
        rate_limiter: RateLimiter | None = None,
        session: requests.Session | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
    ) -> None:
        self.host: str = check_host("host", host, credentials=auth is not None or self._oauth)
        #: The payments gateway's host, checked when a payment call is made (`payments_url`).
        self.payments_host: str = os.getenv("BC_PAYMENTS_ENDPOINT", PAYMENTS_HOST)
        self._proxies = proxies_for(base_url(host))
        self.api_path = api_path
        self.timeout: Timeout = timeout
        self.max_response_bytes: int | None = _check_limit("max_response_bytes", max_response_bytes)
        self.deadline: float | None = _check_limit("deadline", deadline)
        self.headers: dict[str, str] = _check_headers(headers or {})
        #: Whether generated methods check every argument against its type before sending
        #: (see _policy.py); by default they send what they are given.
        self.strict: bool = _check_strict(strict)
        self.retry_policy: RetryPolicy = RetryPolicy(
            max_retries=max_retries, max_wait=max_retry_wait
        )
        self.rate_limiting_management = rate_limiting_management
        self.rate_limit: RateLimit = RateLimit()
        self.rate_limiter = rate_limiter
        if session is None:
            # Proxies, NO_PROXY, the CA bundle and ~/.netrc are read from the environment here,
            # once, not by requests on every call (see _session.py). A session passed in is used
            # as it is.
            session = EnvironmentSession()
            session.environment(base_url(host))
        self._session = session
        if auth is not None:
            user, password = check_basic_auth(auth)
            self._session.auth = StoreAuth.basic(base_url(host), user, password)
        self._session.headers.update({"Accept": "application/json", "User-Agent": USER_AGENT})
        self._last_response: requests.Response | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {base_url(self.host)}{self.api_path}>"

    def full_path(self, url: str) -> str:
        return base_url(self.host) + self.api_path.format(url)

    def with_options(self, **options: Unpack[Options]) -> Connection:
        """A view of this connection (same session and rate-limit state) with other settings."""
        unknown = sorted(set(options) - Options.__optional_keys__)
        if unknown:
            raise InvalidArgumentError(f"with_options: unknown option(s) {', '.join(unknown)}")
        clone = copy.copy(self)
        if "timeout" in options:
            clone.timeout = options["timeout"]
        if "max_response_bytes" in options:
            clone.max_response_bytes = _check_limit(
                "max_response_bytes", options["max_response_bytes"]
            )
        if "deadline" in options:
            clone.deadline = _check_limit("deadline", options["deadline"])
        if "headers" in options:
            clone.headers = {**self.headers, **_check_headers(options["headers"])}
        if "strict" in options:
            clone.strict = _check_strict(options["strict"])
        policy = self.retry_policy
        clone.retry_policy = RetryPolicy(
            max_retries=options.get("max_retries", policy.max_retries),
            max_wait=options.get("max_retry_wait", policy.max_wait),
            backoff=policy.backoff,
        )
        return clone

    # Requests by path, for callers of the connection itself (generated methods build a
    # `Request` and send it through `_send`).

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Send `method` to `path` (relative to the API root) and return a 2xx response.

        Retries as `retry_policy` allows; raises a typed `HttpException` for any other status and
        `TransportException`/`TimeoutException` when no answer came.
        """
        return self.request_parsed(
            method, path, _response, params=params, body=body, headers=headers
        )

    def request_parsed(
        self,
        method: str,
        path: str,
        parse: Callable[[requests.Response], T],
        *,
        params: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> T:
        """Like `request`, then `parse` the answer; a garbled answer (`ResponseDecodeError` from
        `parse`) is retried like a dropped connection: only when repeating cannot apply twice."""
        request = build_request(method, self._url(path), params=params, body=body, headers=headers)
        return self._send(request, parse)

    def versioned_url(self, path: str) -> str:
        """The URL of `path` under the store's API root, `path` naming its version (`v3/...`)."""
        return self._format_root(re.sub(r"v\d+/\{\}$", "{}", self.api_path), path.lstrip("/"))

    def _format_root(self, template: str, path: str) -> str:
        return base_url(self.host) + template.format(path)

    def payments_url(self, path: str) -> str:
        """The URL of `path` on the payments gateway, under the store's root there
        (`https://payments.bigcommerce.com/stores/{store_hash}/`). A client that does not know
        its store hash (basic auth) cannot reach the gateway."""
        store_hash = getattr(self, "store_hash", "")
        if not store_hash:
            raise NotLoggedInException(
                "the payments gateway needs the store hash: build the client with client_id, "
                "store_hash and access_token (a basic-auth client has no store hash)"
            )
        check_host("BC_PAYMENTS_ENDPOINT", self.payments_host, credentials=True)
        return f"{base_url(self.payments_host)}/stores/{store_hash}/{path.lstrip('/')}"

    def payment_auth(self, payment_access_token: object) -> StoreAuth:
        """`Authorization: PAT <token>` for requests to the payments gateway, and to no other
        origin; a request carrying it gets none of the client's own credentials."""
        return StoreAuth.payment(self.payments_url(""), payment_access_token)

    def _url(self, url: str) -> str:
        if url.startswith(("http://", "https://")):
            return url
        return self.full_path(url.lstrip("/"))

    def _send(self, request: Request, parse: Callable[[requests.Response], T]) -> T:
        """The request loop: send `request`, record rate limits, `parse` the answer, and retry
        as the policy allows."""
        method, url = request.method, request.url
        attempt = 0
        while True:
            attempt += 1
            if self.rate_limiter is not None:
                self.rate_limiter.acquire(self.retry_policy.max_wait)
            try:
                res = self._attempt(request)
            except _TRANSPORT_ERRORS as exc:
                wait = self.retry_policy.delay(attempt, method, None, _never_sent(exc), None)
                if wait is None:
                    raise _transport_error(exc, method, url) from exc
                self._pause(f"{method} {url} failed ({exc})", attempt, wait)
                continue
            self._last_response = res
            has_limits = self.rate_limit.update_from(res.headers)
            if self.rate_limiter is not None:
                self.rate_limiter.observe(res.headers)
            if res.status_code < 300:
                if has_limits:
                    self._manage_rate_limit()
                try:
                    return parse(res)
                except ResponseDecodeError as exc:
                    wait = self.retry_policy.delay(attempt, method, None, False, None)
                    if wait is None or not exc.retry:
                        raise
                    self._pause(f"{method} {url} answered a garbled body", attempt, wait)
                    continue
            reset = reset_seconds(res.headers) if res.status_code == 429 else None
            wait = self.retry_policy.delay(attempt, method, res.status_code, False, reset)
            if wait is None:
                raise exception_for(res)
            if res.status_code == 429:
                self._call_rate_limit_callback()
            self._pause(f"{method} {url} answered {res.status_code}", attempt, wait)

    def _attempt(self, request: Request) -> requests.Response:
        """One request and its whole answer, read within the size limit and the deadline; a
        redirect is returned as it is, never followed."""
        method, url = request.method, request.url
        connect, read = self.timeout if isinstance(self.timeout, tuple) else (self.timeout,) * 2
        deadline = None if self.deadline is None else time.monotonic() + self.deadline
        if self.deadline is not None:
            connect = self.deadline if connect is None else min(connect, self.deadline)
            read = self.deadline if read is None else min(read, self.deadline)
        headers = {**self.headers, **request.headers} if request.headers else self.headers
        # A request with its own credential (a payment call) goes to another origin than the
        # client's: requests uses it instead of the session's, and its proxies are its URL's.
        auth = request.auth
        proxies = self._proxies if auth is None else proxies_for(url)
        watched = ATTEMPT_DEADLINE.set(deadline)
        try:
            res = self._session.request(
                method,
                url,
                params=request.query,
                data=request.data,
                files=request.files,
                headers=headers,
                auth=auth,
                timeout=(connect, read),
                proxies=proxies,
                allow_redirects=False,
                stream=True,
            )
        except _TRANSPORT_ERRORS as exc:
            if deadline is not None and time.monotonic() >= deadline:  # the watchdog hung up
                raise DeadlineExceeded(f"no answer within the deadline from {url}") from exc
            raise
        except requests.exceptions.RequestException as exc:
            # An invalid header, URL or schema: requests' message may quote a header's value (a
            # token), so it is not passed on.
            raise InvalidArgumentError(
                f"{method} {url}: the request could not be built ({type(exc).__name__}); a header "
                "name or value may hold CR, LF, NUL or leading whitespace"
            ) from None
        finally:
            ATTEMPT_DEADLINE.reset(watched)
        read_body(res, self.max_response_bytes, deadline, read if read is not None else 1e9)
        return res

    def _pause(self, what: str, attempt: int, wait: float) -> None:
        log.warning("%s; retry %d in %.2fs", what, attempt, wait)
        time.sleep(wait)

    def _manage_rate_limit(self) -> None:
        """The old `rate_limiting_management`: pause and call back when few requests remain."""
        settings = self.rate_limiting_management
        if not settings:
            return
        remaining = self.rate_limit.get("requests_remaining")
        if remaining is None or settings.get("min_requests_remaining", 0) < remaining:
            return
        if settings.get("wait"):
            wait = min(self.rate_limit.get("ms_until_reset", 0) / 1000, self.retry_policy.max_wait)
            if wait > 0:
                time.sleep(wait)
        self._call_rate_limit_callback()

    def _call_rate_limit_callback(self) -> None:
        settings = self.rate_limiting_management or {}
        callback: Callable[..., Any] | None = settings.get("callback_function")
        if callback is None:
            return
        args = settings.get("callback_args")
        if args:
            callback(args)
        else:
            callback()

    # The old client's low-level calls: paths relative to the API root, JSON in and out.

    def _run_method(
        self,
        method: str,
        url: str,
        data: Any = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        send_headers = dict(headers or {})
        if data is not None:
            content_type = send_headers.setdefault("Content-Type", "application/json")
            if content_type == "application/json" and not isinstance(data, (bytes, str)):
                data = json.dumps(data)
        request = build_request(
            method, self._url(url), params=query, headers=send_headers, data=data
        )
        return self._send(request, _response)

    def _handle_response(
        self, url: str, res: requests.Response, suppress_empty: bool = True
    ) -> Any:
        if res.status_code == 204 or not res.content:
            return [] if res.request is not None and res.request.method == "GET" else {}
        result = decoded(res)
        if "/v3/" in self.api_path and isinstance(result, dict) and "data" in result:
            return result["data"]
        return result

    def get(self, resource: str = "", rid: Any = None, **query: Any) -> Any:
        """`GET resource[/rid]?query`, as parsed JSON (a list for collections)."""
        if rid is not None:
            resource = f"{resource.rstrip('/')}/{segment(rid)}"
        return self._handle_response(resource, self._run_method("GET", resource, query=query))

    def update(self, resource: str, rid: Any, updates: Any) -> Any:
        return self.put(f"{resource.rstrip('/')}/{segment(rid)}", updates)

    def create(self, resource: str, data: Any) -> Any:
        return self.post(resource, data)

    def delete(self, resource: str, rid: Any = None) -> Any:
        if rid is not None:
            resource = f"{resource.rstrip('/')}/{segment(rid)}"
        return self._handle_response(resource, self._run_method("DELETE", resource))

    def make_request(
        self,
        method: str,
        url: str,
        data: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        return self._handle_response(url, self._run_method(method, url, data, params, headers))

    def put(self, url: str, data: Any) -> Any:
        return self._handle_response(url, self._run_method("PUT", url, data=data))

    def post(self, url: str, data: Any, headers: Mapping[str, str] | None = None) -> Any:
        return self._handle_response(url, self._run_method("POST", url, data=data, headers=headers))


class OAuthConnection(Connection):
    """A connection with an app's OAuth credentials (`X-Auth-Client`, `X-Auth-Token`)."""

    _oauth = True  # the token given now or fetched later: no plain http:// but to loopback

    def __init__(
        self,
        client_id: str,
        store_hash: str,
        access_token: str | None = None,
        host: str = "api.bigcommerce.com",
        api_path: str | None = None,
        rate_limiting_management: Mapping[str, Any] | None = None,
        *,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        max_retry_wait: float = 60.0,
        rate_limiter: RateLimiter | None = None,
        session: requests.Session | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = DEFAULT_DEADLINE,
        headers: Mapping[str, str] | None = None,
        strict: bool = False,
    ) -> None:
        client_id = check_credential("client_id", client_id) or ""
        access_token = check_credential("access_token", access_token)
        store_hash = check_store_hash(store_hash)
        super().__init__(
            host,
            None,
            api_path or "/stores/{}/v2/{}",
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            rate_limiting_management=rate_limiting_management,
            rate_limiter=rate_limiter,
            session=session,
            max_response_bytes=max_response_bytes,
            deadline=deadline,
            headers=headers,
            strict=strict,
        )
        self.client_id = client_id
        self.store_hash: str = store_hash
        if access_token is not None:
            self._use_token(access_token)

    def _use_token(self, access_token: str) -> None:
        """Send `access_token` (checked) with every request to the API origin from now on."""
        headers = self._oauth_headers(self.client_id, access_token)
        self._session.auth = StoreAuth(base_url(self.host), headers)

    def full_path(self, url: str) -> str:
        return base_url(self.host) + self.api_path.format(self.store_hash, url)

    def _format_root(self, template: str, path: str) -> str:
        return base_url(self.host) + template.format(self.store_hash, path)

    @staticmethod
    def _oauth_headers(cid: str, atoken: str) -> dict[str, str]:
        return {"X-Auth-Client": cid, "X-Auth-Token": atoken}

    @staticmethod
    def verify_payload(signed_payload: str, client_secret: str) -> dict[str, Any] | bool:
        """The user data of a signed payload, or False (see signed_payload.verify)."""
        return _signed.verify(signed_payload, client_secret)

    @staticmethod
    def verify_payload_jwt(
        signed_payload: str, client_secret: str, client_id: str
    ) -> dict[str, Any]:
        """The checked claims of a `signed_payload_jwt` (see signed_payload.verify_jwt)."""
        return _signed.verify_jwt(signed_payload, client_secret, client_id)

    def fetch_token(
        self,
        client_secret: str,
        code: str,
        context: str,
        scope: str,
        redirect_uri: str,
        token_url: str = "https://login.bigcommerce.com/oauth2/token",
    ) -> Any:
        """Exchange an install callback's `code` for an access token and start using it."""
        res = self.post(
            token_url,
            {
                "client_id": self.client_id,
                "client_secret": client_secret,
                "code": code,
                "context": context,
                "scope": scope,
                "grant_type": "authorization_code",
                "redirect_uri": redirect_uri,
            },
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        token = res.get("access_token") if isinstance(res, dict) else None
        if not token:
            raise NotLoggedInException("the token endpoint answered without an access_token")
        try:
            check_credential("the access_token the token endpoint answered", token)
            context = res.get("context", "")
            if not self.store_hash and isinstance(context, str) and context.startswith("stores/"):
                self.store_hash = check_store_hash(context.split("/", 1)[1])
        except InvalidArgumentError as exc:
            raise NotLoggedInException(str(exc)) from None
        self._use_token(token)
        return res


class GraphQLConnection(OAuthConnection):
    """The store's GraphQL Admin API (`/stores/{hash}/graphql`) with the same credentials."""

    def __init__(
        self,
        client_id: str,
        store_hash: str,
        access_token: str | None = None,
        host: str = "api.bigcommerce.com",
        api_path: str | None = None,
        rate_limiting_management: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(
            client_id,
            store_hash,
            access_token,
            host,
            api_path or "/stores/{}/graphql",
            rate_limiting_management,
            **options,
        )

    def full_path(self, url: str = "") -> str:
        return base_url(self.host) + self.api_path.format(self.store_hash, url)

    def query(self, query: str, variables: Mapping[str, Any] | None = None) -> Any:
        """Run a query; returns the whole answer (`data`, and `errors` when there are any)."""
        return self.post(self.full_path(), {"query": query, "variables": dict(variables or {})})

    def introspection_query(self) -> Any:
        return self.query(INTROSPECTION_QUERY)


INTROSPECTION_QUERY = """
query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
  }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}
"""


def _response(res: requests.Response) -> requests.Response:
    return res


def _check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers for every request of a connection (`headers=`), checked when they are given."""
    checked = check_headers("headers", headers)
    check_request("GET", checked)
    return checked


def _check_limit(name: str, value: Any) -> Any:
    """A positive number, or None for no limit."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise InvalidArgumentError(f"{name} must be a positive number or None, not {value!r}")
    return value


def _check_strict(value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgumentError(f"strict must be True or False, not {type(value).__name__}")
    return value


def _never_sent(exc: requests.exceptions.RequestException) -> bool:
    """True when the request provably never reached the server (so any method may retry)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    if isinstance(exc, requests.exceptions.ConnectionError) and not isinstance(
        exc, requests.exceptions.ReadTimeout
    ):
        reason = getattr(exc.args[0], "reason", None) if exc.args else None
        return isinstance(reason, NewConnectionError)
    return False


def _transport_error(exc: requests.exceptions.RequestException, method: str, url: str) -> Exception:
    # The causes (requests' errors) stay chained for debugging, without the credentials they hold.
    cause: BaseException | None = exc
    while cause is not None:
        hide_credentials(getattr(cause, "request", None))
        hide_credentials(getattr(getattr(cause, "response", None), "request", None))
        cause = cause.__cause__
    if isinstance(exc, DeadlineExceeded):
        return TimeoutException(f"{method} {url}: {exc}")
    if isinstance(exc, requests.exceptions.Timeout):
        return TimeoutException(f"{method} {url}: no answer within the timeout ({exc})")
    if isinstance(exc, requests.exceptions.ConnectionError):
        return TransportException(f"{method} {url}: connection failed ({exc})")
    if isinstance(
        exc, (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)
    ):
        return TransportException(f"{method} {url}: the answer broke off ({exc})")
    return exc
